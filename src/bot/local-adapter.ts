import { ActivityTypes, CloudAdapter, TurnContext, type Activity, type ConversationReference, type InvokeResponse } from 'botbuilder';
import type { AuthenticateRequestResult, ClaimsIdentity } from 'botframework-connector';

type Logic = (context: TurnContext) => Promise<void>;

/** Where a message the bot sends on its own (a timer) goes for a conversation of the local Direct Line. */
export type LocalOutbox = (conversationId: string, activities: Partial<Activity>[]) => boolean;

/**
 * CloudAdapter that can also run a turn in process, for the local Direct Line: same
 * middleware, error handler and bot as an HTTP request, without a network hop. It also
 * splits an HTTP request's authentication from its turn, so the server can answer a failed
 * check itself (401 or 503) instead of CloudAdapter.process's 500 with the upstream error text.
 */
export class BotAdapter extends CloudAdapter {
  /** Local mode: the local Direct Line's conversations take proactive messages in process (they have no serviceUrl). */
  localOutbox?: LocalOutbox;

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

  /**
   * A proactive turn. For a local Direct Line conversation it runs in process as the
   * continue-conversation event the SDK itself uses, and its messages join that conversation;
   * any other goes to its channel's serviceUrl as usual.
   */
  override async continueConversationAsync(
    botAppIdOrClaimsIdentity: string | ClaimsIdentity,
    reference: Partial<ConversationReference>,
    logicOrAudience: ((context: TurnContext) => Promise<void>) | string,
    maybeLogic?: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const logic = typeof logicOrAudience === 'function' ? logicOrAudience : maybeLogic;
    if (this.localOutbox && logic && reference.channelId === 'directline' && !reference.serviceUrl && reference.conversation?.id) {
      const event = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'ContinueConversation' }, reference, true);
      const response = await this.processInProcess({ ...event, deliveryMode: 'expectReplies' }, logic);
      const activities = (response?.body as { activities?: Partial<Activity>[] } | undefined)?.activities ?? [];
      if (activities.length > 0 && !this.localOutbox(reference.conversation.id, activities)) throw new Error('the local Direct Line conversation has expired');
      return;
    }
    return super.continueConversationAsync(botAppIdOrClaimsIdentity, reference, logicOrAudience, maybeLogic);
  }
}
