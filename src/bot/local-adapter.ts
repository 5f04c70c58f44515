import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';

/**
 * CloudAdapter that can also run a turn in process, for the local Direct Line: same
 * middleware, error handler and bot as an HTTP request, without a network hop.
 */
export class BotAdapter extends CloudAdapter {
  /** Runs an anonymous turn (local mode only) and returns its expectReplies response. */
  async processInProcess(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity('', activity as Activity, logic);
  }
}
