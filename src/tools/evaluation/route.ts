import { readMessage } from '../../core/understanding/message';
import type { Assistant } from '../../core/assistant';
import type { SafetyCheck } from '../../core/safety/safety-check';
import type { SafetyLevel } from '../../core/safety/safety-level';

/** What the bot does first with a message, as an evaluation sees it. */
export type Route =
  | { kind: 'safety'; level: Exclude<SafetyLevel, 'none'>; asksRedFlags?: true }
  | { kind: 'answer'; heading: string }
  | { kind: 'fallback' }
  | { kind: 'small-talk'; act: string };

/**
 * The bot's first reply to a message outside any dialog, without botbuilder: the safety
 * check, then the assistant (dialog acts, then the knowledge base). A "did you mean" counts
 * as its first choice.
 */
export function routeMessage(text: string, safety: SafetyCheck, assistant: Assistant, headings: Map<string, string>): Route {
  const message = readMessage(text);
  const { level, askRedFlags } = safety.assess(message);
  if (level !== 'none') return { kind: 'safety', level, ...(askRedFlags ? { asksRedFlags: true as const } : {}) };
  const { outcome } = assistant.respond(message);
  switch (outcome.kind) {
    case 'answer':
      return { kind: 'answer', heading: headings.get(outcome.sectionId)! };
    case 'did-you-mean':
      return { kind: 'answer', heading: headings.get(outcome.sectionIds[0]!)! };
    case 'fallback':
      return { kind: 'fallback' };
    case 'small-talk':
      return { kind: 'small-talk', act: outcome.intent };
  }
}
