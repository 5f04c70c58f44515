import { loadConfig, loadDotEnv } from './config';
import { createLogger } from './logger';

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const logger = createLogger(config);
  logger.info({ pid: process.pid, node: process.version }, 'starting');
  // Loaded after the first log line: botbuilder and the knowledge take a few seconds.
  const { createApp } = await import('./app.js');
  const app = createApp(config, logger);
  const port = await app.listen();
  if (config.localMode) {
    logger.warn('LOCAL MODE: no MicrosoftAppId is set, so /api/messages accepts requests without Bot Framework authentication. Never expose this to the internet.');
  }
  const url = `http://localhost:${port}`;
  logger.info({ port, url, startMs: Math.round(process.uptime() * 1000) }, `ready: ${url}`);

  // Graceful shutdown (App Service, containers): stop accepting, finish turns in flight, exit.
  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    const forced = setTimeout(() => process.exit(1), 10_000).unref();
    app.close().then(() => {
      clearTimeout(forced);
      logger.info('stopped');
      process.exit(0);
    });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: Error) => {
  // Config and knowledge errors already say what to fix; no stack trace needed for those.
  console.error(['ConfigError', 'KnowledgeError'].includes(error.name) ? error.message : error);
  process.exit(1);
});
