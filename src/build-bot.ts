import { ConversationState, MemoryStorage, type Storage } from 'botbuilder';
import { SciaticaBot } from './bot/sciatica-bot';
import { Assistant } from './core/assistant';
import { loadKnowledge } from './core/knowledge/load-knowledge';
import type { KnowledgeBase } from './core/knowledge/section';
import { Matcher } from './core/matching/matcher';
import { WholeSections } from './core/replies/whole-section';
import { SafetyCheck } from './core/safety/safety-check';
import { SafetyNet } from './core/safety/safety-net';
import { RiskDialog } from './dialogs/risk-dialog';
import { NO_EVENTS, type EventSink } from './events/turn-event';
import type { Logger } from './logger';
import { DialogActRecogniser } from './core/understanding/dialog-acts';

export interface BotParts {
  bot: SciaticaBot;
  /** The bot's knowledge-base answers on their own (the terminal chat's --explain shows what they chose). */
  assistant: Assistant;
  knowledge: KnowledgeBase;
  matcher: Matcher;
  safety: SafetyCheck;
  conversationState: ConversationState;
}

export interface BuildBotOptions {
  knowledgeDir: string;
  logger: Logger;
  logUserText?: boolean;
  storage?: Storage;
  events?: EventSink;
  /** Where the trained safety net and dialog-act recogniser are kept between starts (see SafetyNet.for); unset: the shipped ones, or trained in memory. */
  cacheDir?: string;
}

/** The bot and what it stands on, shared by the server, the terminal chat and the tests. */
export function buildBot(options: BuildBotOptions): BotParts {
  const knowledge = loadKnowledge(options.knowledgeDir);
  const matcher = new Matcher(knowledge);
  // The example questions show the net what ordinary questions look like.
  const safety = new SafetyCheck(SafetyNet.for(knowledge.examples.map((e) => e.question), options.cacheDir));
  const conversationState = new ConversationState(options.storage ?? new MemoryStorage());
  const assistant = new Assistant(knowledge, matcher, DialogActRecogniser.forKnowledge(knowledge, options.cacheDir));
  const bot = new SciaticaBot({
    assistant,
    safety,
    conversationState,
    riskDialog: new RiskDialog(),
    logger: options.logger,
    logUserText: options.logUserText ?? false,
    events: options.events ?? NO_EVENTS,
    wholeSections: new WholeSections(knowledge),
  });
  return { bot, assistant, knowledge, matcher, safety, conversationState };
}
