import type { Activity, TurnContext } from 'botbuilder';
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import { authenticationSettings } from './bot/authentication-settings';
import { BotAdapter } from './bot/local-adapter';
import { ReusingBotFrameworkAuthentication } from './bot/reusing-authentication';
import { SciaticaBot } from './bot/sciatica-bot';
import { buildBot } from './build-bot';
import type { Config } from './config';
import type { Contacts } from './core/replies/contacts';
import { BOT_NAME } from './core/replies/small-talk-wording';
import { BlobEventSink } from './events/blob-event-sink';
import { JsonlEventSink } from './events/jsonl-event-sink';
import type { Logger } from './logger';
import { createServer } from './server/create-server';
import { LocalDirectLine } from './server/direct-line/local-direct-line';
import { createStorage } from './storage/create-storage';
import type { Clock } from './bot/walkthrough-timers';

export interface App {
  server: Server;
  bot: SciaticaBot;
  adapter: BotAdapter;
  /** Starts listening; resolves with the port (useful when PORT=0 picks a free one). */
  listen(): Promise<number>;
  /** Stops accepting, lets requests in flight finish, and writes out pending events. */
  close(): Promise<void>;
}

/** The operator's contact settings, as the replies use them (empty settings: none). */
export function contactsOf(config: Pick<Config, 'supportUrl' | 'supportPhone' | 'emergencyNumber'>): Contacts {
  return {
    ...(config.supportUrl ? { supportUrl: config.supportUrl } : {}),
    ...(config.supportPhone ? { supportPhone: config.supportPhone } : {}),
    ...(config.emergencyNumber ? { emergencyNumber: config.emergencyNumber } : {}),
  };
}

/** Builds the whole bot from a validated config: storage, knowledge, dialogs, bot, adapter, server. */
export function createApp(config: Config, logger: Logger, options: { clock?: Clock } = {}): App {
  const events =
    config.eventsStore === 'blob'
      ? new BlobEventSink(config.blobConnectionString, config.eventsContainer, logger)
      : new JsonlEventSink(config.eventsFile, logger);
  const storage = createStorage(config);
  const adapter = new BotAdapter(
    new ReusingBotFrameworkAuthentication(authenticationSettings(config)),
  );
  const { bot, knowledge, conversationState } = buildBot({
    knowledgeDir: config.knowledgeDir,
    cacheDir: config.cacheDir,
    logger,
    logUserText: config.logUserText,
    events,
    storage,
    contacts: contactsOf(config),
    // Walkthrough timers message the person later, with the conversation reference they saved.
    continueConversation: (reference, logic) => adapter.continueConversationAsync(config.microsoftAppId, reference, logic),
    ...(options.clock ? { clock: options.clock } : {}),
  });

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // No user text here: the error and where it happened are enough to debug.
    logger.error({ err: { message: error.message, name: error.name }, channel: context.activity.channelId, activityType: context.activity.type }, 'turn failed');
    try {
      await SciaticaBot.apologise(context);
      await conversationState.delete(context);
    } catch (sendError) {
      logger.warn({ err: { message: (sendError as Error).message } }, 'could not apologise to the user');
    }
  };

  // Local mode: our own Direct Line hands the page's messages to the same bot, in process.
  const localDirectLine = config.localMode
    ? new LocalDirectLine(
        async (activity) => {
          const response = await adapter.processInProcess(activity, (context) => bot.run(context));
          return (response?.body as { activities?: Partial<Activity>[] } | undefined)?.activities ?? [];
        },
        // Bounded: idle conversations expire, and all of them together hold at most 64 MB.
        { idleMs: 30 * 60_000, maxConversations: 5_000, maxActivities: 500, maxBytes: 64 * 1024 * 1024, botName: BOT_NAME },
      )
    : undefined;
  if (localDirectLine) adapter.localOutbox = (conversationId, activities) => localDirectLine.deliverFromBot(conversationId, activities);

  const server = createServer({
    adapter,
    bot,
    logger,
    config,
    localDirectLine,
    // Ready when the knowledge is loaded and the state storage answers.
    readiness: async () => {
      await storage.read(['readiness-probe']);
      return { sections: knowledge.sections.length, storage: config.storage };
    },
  });
  logger.info({ sections: knowledge.sections.length, storage: config.storage }, 'knowledge loaded');
  if (!config.localMode && !config.directLineSecret) {
    logger.warn('DIRECT_LINE_SECRET is not set: the web chat page cannot start chats (Teams and other channels are not affected).');
  }

  return {
    server,
    bot,
    adapter,
    listen: () =>
      new Promise((resolve) => {
        server.listen(config.port, config.host, () => resolve((server.address() as AddressInfo).port));
      }),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.server.closeIdleConnections();
      });
      await events.drain();
    },
  };
}
