import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { Logger } from '../logger';

/**
 * Runs the adapter for one request. A plain message (no expectReplies) is acknowledged with
 * 202 as soon as it is authenticated and its turn starts: the replies travel separately to
 * the channel's serviceUrl, and a slow or unreachable one must not hold the channel's request
 * open for seconds. Invokes and expectReplies keep their answer in the response, so they wait.
 */
export async function processActivity(
  adapter: CloudAdapter,
  req: Request,
  res: Response,
  run: (context: TurnContext) => Promise<void>,
  logger: Logger,
): Promise<void> {
  const activity = req.body as { type?: string; deliveryMode?: string };
  const ackEarly = activity.type === 'message' && activity.deliveryMode !== 'expectReplies';
  let acknowledged = false;
  let acknowledge = () => {};
  const sentAck = new Promise<void>((resolve) => (acknowledge = resolve));
  // What the adapter writes after the early 202 goes nowhere; before it, to the real response.
  const response = {
    socket: res.socket,
    status: (code: number) => (acknowledged ? undefined : res.status(code)),
    header: (name: string, value: unknown) => (acknowledged ? undefined : res.header(name, value)),
    send: (...args: unknown[]) => (acknowledged ? undefined : (res.send as (...a: unknown[]) => unknown)(...args)),
    end: (...args: unknown[]) => (acknowledged ? undefined : (res.end as (...a: unknown[]) => unknown)(...args)),
  };
  const turn = adapter.process(req, response, async (context) => {
    if (ackEarly) {
      res.send(202);
      acknowledged = true;
      acknowledge();
    }
    await run(context);
  });
  if (!ackEarly) return turn;
  // The request may already be answered; the turn goes on and reports its own failures.
  const settled = turn.catch((error: Error) => logger.error({ err: { message: error.message } }, 'turn failed'));
  await Promise.race([settled, sentAck]);
}
