import pino, { type Logger } from 'pino';
import type { Config } from './config';

export type { Logger };

/**
 * Structured logs. Secrets are redacted by path as a second line of defence; user text is
 * only ever passed to the logger when the operator set LOG_USER_TEXT. Standard output unless
 * `destination` says otherwise (tests read the lines).
 */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: pino.DestinationStream): Logger {
  return pino({
    level: config.logLevel,
    base: { app: 'sciatica-massage-bot' },
    redact: {
      paths: ['*.microsoftAppPassword', '*.directLineSecret', '*.authorization', '*.headers.authorization', 'req.headers.authorization'],
      censor: '[redacted]',
    },
  }, destination);
}
