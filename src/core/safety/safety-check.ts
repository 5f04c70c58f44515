import { LruCache } from '../lru-cache';
import { readMessage, type Message } from '../understanding/message';
import type { DialogActRecogniser } from '../understanding/dialog-acts';
import { classifySafety } from './classify-safety';
import { SAFETY_LEVELS, type SafetyAssessment, type SafetyLevel } from './safety-level';
import type { SafetyNet } from './safety-net';

/**
 * What the bot reads every message with: the rules first (they name the red flag and the
 * conditions, which the replies use), then the learned net, which may only raise the level.
 * A red flag only the net suspects is asked about, never declared: it goes to the risk dialog,
 * which asks the red-flag questions first (held out by voice, the net raised ordinary sciatica,
 * "pain shoots down the back of my leg", to "get emergency help now"). A crisis it recognises
 * keeps the crisis reply, and at check-first the dialog asks which conditions apply.
 */
export class SafetyCheck {
  /** People repeat themselves, and every suggested-action click sends the same words. */
  private readonly recent = new LruCache<string, SafetyLevel>(2000);

  constructor(
    private readonly net?: Pick<SafetyNet, 'levelOf'>,
    /**
     * The dialog-act stage, which runs first: a short message made only of social words ("no, I
     * think that's everything for now") is read by the rules alone. The net learned risk against
     * questions and has never seen a closing (fresh voices: two closings got the crisis reply);
     * teaching it closings instead made it miss red flags it caught before. Any message with a
     * word no social message uses goes to the net, whatever act it looks like.
     */
    private readonly acts?: Pick<DialogActRecogniser, 'isWhollySocial'>,
  ) {}

  /** A message read once at the pipeline's entry (readMessage), or words that are read here. */
  assess(input: string | Pick<Message, 'safetyText' | 'text'>): SafetyAssessment {
    const message = typeof input === 'string' ? readMessage(input) : input;
    const ruled = classifySafety(message);
    // A red flag or crisis the rules recognised keeps its named reply: the net cannot swap a
    // crisis for "see a doctor today".
    if (ruled.level !== 'none' && ruled.level !== 'check-first') return ruled;
    if (this.acts?.isWhollySocial(message.text)) return ruled;
    const learned = this.learnedLevel(message);
    if (!learned || precedence(learned) >= precedence(ruled.level)) return ruled;
    // The rules read the condition the message names and found it does not apply: the net, which
    // reads the same words without their context, does not overrule that with "check first".
    if (learned === 'check-first') return ruled.notApplying ? ruled : { level: learned, conditions: [], signals: [] };
    if (learned === 'crisis') return { level: learned, conditions: [], signals: [LEARNED_SIGNAL] };
    // Conditions the rules named are kept: once the red flags are ruled out, their advice follows.
    return { level: 'check-first', conditions: ruled.conditions, signals: [LEARNED_SIGNAL], askRedFlags: true };
  }

  private learnedLevel(message: Pick<Message, 'safetyText'>): SafetyLevel | undefined {
    if (!this.net) return undefined;
    // Keyed by the safety text, all the net reads, capped at 6,000 characters, so the cache
    // stays bounded. 'none' here: the net was not sure of any risk.
    const key = message.safetyText;
    const known = this.recent.get(key);
    if (known) return known === 'none' ? undefined : known;
    const level = this.net.levelOf(message);
    this.recent.set(key, level ?? 'none');
    return level;
  }
}

/** The signal of a level only the net recognised: the replies then say "what you describe". */
export const LEARNED_SIGNAL = 'learned';

/**
 * Whether the bot's first reply to an assessed message is at least as cautious as a labelled
 * level: that level or a more serious one, or the red-flag questions, which say to get
 * emergency help now if any is yes and give the crisis lines.
 */
export function covers(assessment: SafetyAssessment, level: SafetyLevel): boolean {
  return assessment.askRedFlags === true || precedence(assessment.level) <= precedence(level);
}

/** Lower is more serious: SAFETY_LEVELS is in order of precedence. */
const precedence = (level: SafetyAssessment['level']) => SAFETY_LEVELS.indexOf(level);
