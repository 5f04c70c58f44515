import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { resolve } from 'node:path';
import { SciaticaBot } from '../../src/bot/sciatica-bot';
import { Assistant } from '../../src/core/assistant';
import { loadKnowledge } from '../../src/core/knowledge/load-knowledge';
import { Matcher } from '../../src/core/matching/matcher';
import { RiskDialog } from '../../src/dialogs/risk-dialog';
import type { TurnEvent } from '../../src/events/turn-event';
import { createLogger } from '../../src/logger';

const knowledge = loadKnowledge(resolve(__dirname, '../../knowledge'));
const assistant = new Assistant(knowledge, new Matcher(knowledge));

/** The real bot on botbuilder's TestAdapter, with its own memory storage. */
export function createTestBot(options: { logUserText?: boolean } = {}) {
  const storage = new MemoryStorage();
  const events: TurnEvent[] = [];
  const conversationState = new ConversationState(storage);
  const bot = new SciaticaBot({
    assistant,
    conversationState,
    riskDialog: new RiskDialog(),
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
