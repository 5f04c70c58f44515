import {
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type TurnContext,
} from 'botbuilder';
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import { BotAdapter } from './bot/local-adapter';
import { SciaticaBot } from './bot/sciatica-bot';
import { buildBot } from './build-bot';
import { JsonlEventSink } from './events/jsonl-event-sink';
import type { Config } from './config';
import type { Logger } from './logger';
import { createServer } from './server/create-server';
import { LocalDirectLine } from './server/direct-line/local-direct-line';
import { BOT_NAME } from './core/replies/small-talk-wording';

export interface App {
  server: Server;
  bot: SciaticaBot;
  adapter: BotAdapter;
  /** Starts listening; resolves with the port (useful when PORT=0 picks a free one). */
  listen(): Promise<number>;
  close(): Promise<void>;
}

/** Builds the whole bot from a validated config: knowledge, dialogs, bot, adapter, server. */
export function createApp(config: Config, logger: Logger): App {
  const events = new JsonlEventSink(config.eventsFile, logger);
  const { bot, knowledge, conversationState } = buildBot({ knowledgeDir: config.knowledgeDir, logger, logUserText: config.logUserText, events });

  const adapter = new BotAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: config.microsoftAppId,
      MicrosoftAppPassword: config.microsoftAppPassword,
      MicrosoftAppType: config.microsoftAppType,
      MicrosoftAppTenantId: config.microsoftAppTenantId,
    }),
  );
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // No user text here: the error and where it happened are enough to debug.
    logger.error({ err: error, channel: context.activity.channelId, activityType: context.activity.type }, 'turn failed');
    try {
      await SciaticaBot.apologise(context);
      await conversationState.delete(context);
    } catch (sendError) {
      logger.warn({ err: sendError }, 'could not apologise to the user');
    }
  };

  // Local mode: our own Direct Line hands the page's messages to the same bot, in process.
  const localDirectLine = config.localMode
    ? new LocalDirectLine(
        async (activity) => {
          const response = await adapter.processInProcess(activity, (context) => bot.run(context));
          return ((response?.body as { activities?: Partial<Activity>[] } | undefined)?.activities ?? []);
        },
        { idleMs: 30 * 60_000, maxConversations: 5_000, maxActivities: 500, botName: BOT_NAME },
      )
    : undefined;
  const server = createServer({ adapter, bot, logger, localDirectLine, directLineSecret: config.directLineSecret });
  logger.info({ sections: knowledge.sections.length }, 'knowledge loaded');

  return {
    server,
    bot,
    adapter,
    listen: () =>
      new Promise((resolve) => {
        server.listen(config.port, config.host, () => resolve((server.address() as AddressInfo).port));
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
