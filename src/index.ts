import { createApp } from './app';
import { loadConfig, loadDotEnv } from './config';
import { createLogger } from './logger';

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const logger = createLogger(config);
  const app = createApp(config, logger);
  const port = await app.listen();
  if (config.localMode) {
    logger.warn('LOCAL MODE: no MicrosoftAppId is set, so /api/messages accepts requests without Bot Framework authentication. Never expose this to the internet.');
  }
  logger.info({ port }, `Sciatica massage bot listening on http://localhost:${port}`);

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
