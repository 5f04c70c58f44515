import { ConversationState, MemoryStorage, type Storage, type TurnContext } from 'botbuilder';
import { buildPipeline } from './core/understanding/pipeline';
import { SciaticaBot } from './bot/sciatica-bot';
import type { Assistant } from './core/assistant';
import { loadKnowledge } from './core/knowledge/load-knowledge';
import type { KnowledgeBase } from './core/knowledge/section';
import type { Matcher } from './core/matching/matcher';
import { NO_CONTACTS, type Contacts } from './core/replies/contacts';
import { loadFallbackKinds } from './core/replies/fallback-kinds';
import { WholeSections } from './core/replies/whole-section';
import type { SafetyCheck } from './core/safety/safety-check';
import { RiskDialog } from './dialogs/risk-dialog';
import { NO_EVENTS, type EventSink } from './events/turn-event';
import type { Logger } from './logger';
import { loadTechniques } from './core/knowledge/techniques';
import { loadWalkthroughCues } from './core/knowledge/walkthrough-cues';
import { Walkthroughs } from './core/knowledge/walkthroughs';
import { decide } from './core/matching/decide';
import { normaliseText } from './core/text/normalise';
import { WalkthroughTimers, type Clock, type ContinueConversation } from './bot/walkthrough-timers';
import { knowsItsKeys } from './storage/bounded-memory-storage';

export interface BotParts {
  bot: SciaticaBot;
  /** The bot's knowledge-base answers on their own (the terminal chat's --explain shows what they chose). */
  assistant: Assistant;
  knowledge: KnowledgeBase;
  matcher: Matcher;
  safety: SafetyCheck;
  conversationState: ConversationState;
  /** The article's techniques, for guided walkthroughs (none when knowledge/walkthrough-cues.yml is absent). */
  walkthroughs?: Walkthroughs;
  timers?: WalkthroughTimers;
}

export interface BuildBotOptions {
  knowledgeDir: string;
  logger: Logger;
  logUserText?: boolean;
  storage?: Storage;
  events?: EventSink;
  /** Who a person can reach (support contact, emergency number); unset: none, and the three usual numbers. */
  contacts?: Contacts;
  /** Where the trained safety net and dialog-act recogniser are kept between starts (see SafetyNet.for); unset: the shipped ones, or trained in memory. */
  cacheDir?: string;
  /** Sends a message later (the adapter's continueConversationAsync): walkthrough timers need it; without it none is offered. */
  continueConversation?: ContinueConversation;
  /** The timers' clock (a fake one in tests). */
  clock?: Clock;
}

/** The bot and what it stands on, shared by the server, the terminal chat and the tests. */
export function buildBot(options: BuildBotOptions): BotParts {
  const knowledge = loadKnowledge(options.knowledgeDir);
  const storage = options.storage ?? new MemoryStorage();
  const conversationState = new ConversationState(storage);
  // A storage that knows its keys (the bounded memory one) spares a conversation with no state its read.
  const mayHoldState = knowsItsKeys(storage)
    ? (context: TurnContext) => {
        const key = conversationState.getStorageKey(context);
        return key === undefined || storage.holds(key);
      }
    : undefined;
  const contacts = options.contacts ?? NO_CONTACTS;
  const fallbackKinds = loadFallbackKinds(options.knowledgeDir, knowledge.outOfScope.keys());
  const { safety, matcher, assistant } = buildPipeline(knowledge, { cacheDir: options.cacheDir, fallback: { kinds: fallbackKinds, contacts } });
  const cues = loadWalkthroughCues(options.knowledgeDir);
  // "Walk me through the low back massage" names its technique the way the same question would.
  const sectionsFor = (text: string) => {
    const decision = decide(matcher.match(normaliseText(text)));
    return decision.kind === 'answer' ? [decision.section] : decision.kind === 'did-you-mean' ? decision.candidates : [];
  };
  const walkthroughs = cues ? new Walkthroughs(loadTechniques(options.knowledgeDir, knowledge.sections, cues), cues, sectionsFor) : undefined;
  const timers = options.continueConversation ? new WalkthroughTimers(conversationState, options.continueConversation, options.logger, options.clock) : undefined;
  const bot = new SciaticaBot({
    assistant,
    safety,
    conversationState,
    riskDialog: new RiskDialog({ answer: (text) => assistant.respond(text).reply, contacts }),
    contacts,
    logger: options.logger,
    logUserText: options.logUserText ?? false,
    events: options.events ?? NO_EVENTS,
    wholeSections: new WholeSections(knowledge),
    ...(walkthroughs ? { walkthroughs } : {}),
    ...(timers ? { timers } : {}),
    ...(mayHoldState ? { mayHoldState } : {}),
  });
  return { bot, assistant, knowledge, matcher, safety, conversationState, ...(walkthroughs ? { walkthroughs } : {}), ...(timers ? { timers } : {}) };
}
