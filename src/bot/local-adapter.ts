import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';

type Logic = (context: TurnContext) => Promise<void>;

/**
 * CloudAdapter that can also run a turn in process, for the local Direct Line: same
 * middleware, error handler and bot as an HTTP request, without a network hop. It also
 * splits an HTTP request's authentication from its turn, so the server can answer a failed
 * check itself (401 or 503) instead of CloudAdapter.process's 500 with the upstream error text.
 */
export class BotAdapter extends CloudAdapter {
  /** Runs an anonymous turn (local mode only) and returns its expectReplies response. */
  async processInProcess(activity: Partial<Activity>, logic: Logic): Promise<InvokeResponse | undefined> {
    return this.processActivity('', activity as Activity, logic);
  }

  /** Checks a request's Authorization header; throws when it does not pass (see server/auth-failure). */
  authenticate(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
  }

  /** Runs the turn of a request that `authenticate` accepted; resolves with its invoke or expectReplies response. */
  processAuthenticated(auth: AuthenticateRequestResult, activity: Activity, logic: Logic): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}
