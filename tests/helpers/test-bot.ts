import { MemoryStorage, TestAdapter, type Activity, type Storage } from 'botbuilder';
import { resolve } from 'node:path';
import { buildBot } from '../../src/build-bot';
import type { TurnEvent } from '../../src/events/turn-event';
import { createLogger } from '../../src/logger';

const KNOWLEDGE = resolve(__dirname, '../../knowledge');

/** The real bot on botbuilder's TestAdapter, with its own memory storage and an event list. */
export function createTestBot(options: { logUserText?: boolean; storage?: Storage } = {}) {
  const storage = options.storage ?? new MemoryStorage();
  const events: TurnEvent[] = [];
  const { bot, conversationState } = buildBot({
    knowledgeDir: KNOWLEDGE,
    storage,
    logger: createLogger({ logLevel: 'silent' }),
    logUserText: options.logUserText ?? false,
    events: { record: (event) => events.push(event) },
  });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  return { bot, adapter, storage, conversationState, events };
}

/** Sends one message and collects every reply of that turn. */
export async function say(adapter: TestAdapter, text: string): Promise<Partial<Activity>[]> {
  adapter.activeQueue.splice(0);
  await adapter.receiveActivity(text);
  return adapter.activeQueue.splice(0);
}

export const textOf = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');
