import type { Activity, TurnContext } from 'botbuilder';
// The step CloudAdapter.process runs on every body (dates from strings); not re-exported by botbuilder.
import { validateAndFixActivity } from 'botbuilder/lib/activityValidator';
import type { Request, Response } from 'restify';
import type { BotAdapter } from '../bot/local-adapter';
import type { Logger } from '../logger';
import { authFailure } from './auth-failure';

/** Seconds a channel is asked to wait before retrying when the sign-in keys cannot be fetched. */
export const AUTH_RETRY_AFTER_SECONDS = 30;

/**
 * Runs the adapter for one request. The token is checked first, and a failed check is answered
 * here: 401 for a bad token, 503 with Retry-After when the Bot Framework's keys cannot be
 * fetched, never the SDK's 500 with the upstream error in the body.
 *
 * A plain message (no expectReplies) is then acknowledged with 202 at once: the replies travel
 * separately to the channel's serviceUrl, and a slow or unreachable one must not hold the
 * channel's request open for seconds. Invokes and expectReplies keep their answer in the
 * response, so they wait for the turn.
 */
export async function processActivity(
  adapter: BotAdapter,
  req: Request,
  res: Response,
  run: (context: TurnContext) => Promise<void>,
  logger: Logger,
): Promise<void> {
  const activity = validateAndFixActivity(req.body as Activity);
  let auth;
  try {
    auth = await adapter.authenticate(activity, req.headers.authorization ?? '');
  } catch (error) {
    const err = { name: (error as Error).name, message: (error as Error).message, code: (error as { code?: unknown }).code };
    if (authFailure(error) === 'unauthorized') {
      logger.warn({ reqId: req.id(), err }, 'request refused: its token did not pass');
      res.send(401, { error: 'Unauthorized.' });
    } else {
      // The operator needs the upstream reason; the caller gets none of it.
      logger.error({ reqId: req.id(), err }, 'cannot check tokens: the Bot Framework OpenID metadata or signing keys could not be fetched');
      res.header('Retry-After', String(AUTH_RETRY_AFTER_SECONDS));
      res.send(503, { error: 'Authentication is temporarily unavailable. Please retry later.', requestId: req.id() });
    }
    return;
  }

  const turn = adapter.processAuthenticated(auth, activity, run);
  if (activity.type === 'message' && activity.deliveryMode !== 'expectReplies') {
    res.send(202);
    // The request is answered; the turn goes on and reports its own failures.
    await turn.catch((error: Error) => logger.error({ reqId: req.id(), err: { message: error.message } }, 'turn failed'));
    return;
  }
  try {
    const response = await turn;
    res.send(response?.status ?? 200, response?.body);
  } catch (error) {
    logger.error({ reqId: req.id(), err: { message: (error as Error).message } }, 'turn failed');
    res.send(500, { error: 'The bot could not handle this activity.', requestId: req.id() });
  }
}
