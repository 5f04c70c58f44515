import * as restify from 'restify';
import type { BotAdapter } from '../bot/local-adapter';
import type { SciaticaBot } from '../bot/sciatica-bot';
import type { Logger } from '../logger';
import { registerLocalDirectLine } from './direct-line/direct-line-routes';
import type { LocalDirectLine } from './direct-line/local-direct-line';
import { registerTokenRoute } from './direct-line/token-route';
import { processActivity } from './process-activity';
import { activityProblem } from './validate-activity';
import { registerWebChatPage } from './webchat-page-routes';
import type { Config } from '../config';
import { hardenServer } from './hardening/harden-server';
import { jsonBody } from './json-body';

export interface ServerDependencies {
  adapter: BotAdapter;
  bot: SciaticaBot;
  logger: Logger;
  config: Pick<Config, 'directLineSecret' | 'directLineDomain' | 'webChatEmbedOrigins' | 'production' | 'clientRatePerSecond' | 'conversationRatePerSecond'>;
  /** Local mode only: our own Direct Line, so the web chat page works with no Azure. */
  localDirectLine?: LocalDirectLine;
  /** Resolves with details when the bot can serve (knowledge loaded, storage answering); throws when not. */
  readiness: () => Promise<Record<string, unknown>>;
}

/** Largest activity accepted: a long chat message is a few kB; this leaves room for cards. */
export const MAX_BODY_BYTES = 256 * 1024;

export function createServer({ adapter, bot, logger, config, localDirectLine, readiness }: ServerDependencies): restify.Server {
  const server = restify.createServer({ name: 'sciatica-massage-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(jsonBody(MAX_BODY_BYTES));
  hardenServer(server, { ...config, logger });

  server.post('/api/messages', async (req, res) => {
    const problem = activityProblem(req.body);
    if (problem) {
      res.send(400, { error: problem });
      return;
    }
    await processActivity(adapter, req, res, (context) => bot.run(context), logger);
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  registerWebChatPage(server, { embedOrigins: config.webChatEmbedOrigins, directLineDomain: config.directLineDomain });
  server.get('/readyz', async (_req, res) => {
    try {
      res.send(200, { status: 'ready', ...(await readiness()) });
    } catch (error) {
      logger.warn({ err: { message: (error as Error).message } }, 'not ready');
      res.send(503, { status: 'not ready', reason: 'conversation state storage is not answering' });
    }
  });

  registerTokenRoute(server, { local: localDirectLine, directLineSecret: config.directLineSecret, directLineDomain: config.directLineDomain, allowedOrigins: config.webChatEmbedOrigins, logger });
  if (localDirectLine) registerLocalDirectLine(server, localDirectLine);

  server.on('restifyError', (req: restify.Request, res: restify.Response, error: Error & { statusCode?: number }, callback: () => void) => {
    if ((error.statusCode ?? 500) >= 500) logger.error({ err: error, path: req.path() }, 'request failed');
    callback();
  });
  return server;
}
