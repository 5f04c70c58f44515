import { LABELLED_BY_VOICE, type LabelledVoice } from '../../core/safety/labelled-messages';
import { covers, SafetyCheck } from '../../core/safety/safety-check';
import { URGENT_LEVELS, type SafetyLevel } from '../../core/safety/safety-level';
import { SafetyNet } from '../../core/safety/safety-net';

/** What one held-out voice of labelled safety messages scored, level by level. */
export interface SafetyVoiceScore {
  voice: string;
  /** Per labelled risk level: messages, and those whose first reply covers the level. */
  levels: Partial<Record<Exclude<SafetyLevel, 'none'>, { of: number; covered: number; declared: number }>>;
  /** Messages labelled harmless (many name a condition negated, past or someone else's). */
  harmless: number;
  /** ... answered as ordinary questions (no safety reply at all). */
  answeredAsOrdinary: number;
  /** ... raised to emergency, urgent or crisis. */
  falseAlarms: number;
  misses: { question: string; expected: string; got: string }[];
}

/**
 * Leaves each voice file of knowledge/safety/labelled out in turn, trains the learned net on
 * the rest (and the ordinary example questions), and scores the voice left out through the
 * rules and that net, as the bot would read each message. The rules are the same in every run:
 * they were written with many of these messages in view, so for them this is a check; for the
 * net it is held out.
 */
export function safetyHeldOutByVoice(ordinary: readonly string[], options: { net?: boolean; cacheDir?: string; voices?: readonly LabelledVoice[] } = {}): SafetyVoiceScore[] {
  const voices = options.voices ?? LABELLED_BY_VOICE;
  return voices.map((held) => {
    const rest = voices.filter((v) => v !== held);
    const check = new SafetyCheck(options.net === false ? undefined : SafetyNet.trainedOn(rest, ordinary, options.cacheDir, `held-out-without-${held.voice.replace(/\.ya?ml$/, '')}`));
    return scoreSafetyVoice(held, check);
  });
}

/** How one voice of labelled messages fares through a safety check, level by level. */
export function scoreSafetyVoice(held: { voice: string; messages: readonly { text: string; level: SafetyLevel }[] }, check: Pick<SafetyCheck, 'assess'>): SafetyVoiceScore {
  const score: SafetyVoiceScore = { voice: held.voice, levels: {}, harmless: 0, answeredAsOrdinary: 0, falseAlarms: 0, misses: [] };
  for (const { text, level } of held.messages) {
    const got = check.assess(text);
    const said = got.askRedFlags ? 'asks red flags' : got.level;
    if (level === 'none') {
      score.harmless++;
      if (got.level === 'none') score.answeredAsOrdinary++;
      else score.misses.push({ question: text, expected: 'none', got: said });
      if (URGENT_LEVELS.has(got.level)) score.falseAlarms++;
      continue;
    }
    const figure = (score.levels[level] ??= { of: 0, covered: 0, declared: 0 });
    figure.of++;
    if (got.level === level && !got.askRedFlags) figure.declared++;
    // A risk message needs the provider advice first, not the red-flag questions before it.
    if (level === 'check-first' ? got.level !== 'none' && !got.askRedFlags : covers(got, level)) figure.covered++;
    else score.misses.push({ question: text, expected: level, got: said });
  }
  return score;
}
