import type { CloudAdapter } from 'botbuilder';
import * as restify from 'restify';
import type { SciaticaBot } from '../bot/sciatica-bot';
import type { Logger } from '../logger';
import { registerLocalDirectLine } from './direct-line/direct-line-routes';
import type { LocalDirectLine } from './direct-line/local-direct-line';
import { registerTokenRoute } from './direct-line/token-route';
import { activityProblem } from './validate-activity';
import { registerWebChatPage } from './webchat-page-routes';

export interface ServerDependencies {
  adapter: CloudAdapter;
  bot: SciaticaBot;
  logger: Logger;
  /** Local mode only: our own Direct Line, so the web chat page works with no Azure. */
  localDirectLine?: LocalDirectLine;
  /** Production: the Direct Line secret the token route trades for tokens. */
  directLineSecret?: string;
}

/** Largest activity accepted: a long chat message is a few kB; this leaves room for cards. */
export const MAX_BODY_BYTES = 256 * 1024;

export function createServer({ adapter, bot, logger, localDirectLine, directLineSecret }: ServerDependencies): restify.Server {
  const server = restify.createServer({ name: 'sciatica-massage-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));

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

  registerWebChatPage(server);
  registerTokenRoute(server, { local: localDirectLine, directLineSecret, logger });
  if (localDirectLine) registerLocalDirectLine(server, localDirectLine);

  server.on('restifyError', (req: restify.Request, res: restify.Response, error: Error & { statusCode?: number }, callback: () => void) => {
    if ((error.statusCode ?? 500) >= 500) logger.error({ err: error, path: req.path() }, 'request failed');
    callback();
  });
  return server;
}
