import type { CloudAdapter } from 'botbuilder';
import * as restify from 'restify';
import type { SciaticaBot } from '../bot/sciatica-bot';
import type { Logger } from '../logger';
import { activityProblem } from './validate-activity';

export interface ServerDependencies {
  adapter: CloudAdapter;
  bot: SciaticaBot;
  logger: Logger;
}

/** Largest activity accepted: a long chat message is a few kB; this leaves room for cards. */
export const MAX_BODY_BYTES = 256 * 1024;

export function createServer({ adapter, bot, logger }: ServerDependencies): restify.Server {
  const server = restify.createServer({ name: 'sciatica-massage-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, rejectUnknown: true }));

  server.post('/api/messages', async (req, res) => {
    const problem = activityProblem(req.body);
    if (problem) {
      res.send(400, { error: problem });
      return;
    }
    await adapter.process(req, res, (context) => bot.run(context));
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  server.on('restifyError', (req: restify.Request, res: restify.Response, error: Error & { statusCode?: number }, callback: () => void) => {
    if ((error.statusCode ?? 500) >= 500) logger.error({ err: error, path: req.path() }, 'request failed');
    callback();
  });
  return server;
}
