import type { ActVoiceScore, VoiceScore } from './held-out';
import type { SafetyVoiceScore } from './safety-held-out';

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

/** One figure over held-out voices: the mean of the voices' shares, the worst voice, and the pooled count. */
export interface HeldOutFigure {
  mean: number;
  worst: { voice: string; share: number } | undefined;
  count: number;
  of: number;
}

/** `higherIsWorse` for rates such as false alarms: the worst voice is then the highest. */
export function heldOutFigure<S extends { voice: string }>(scores: readonly S[], part: (s: S) => [number, number], higherIsWorse = false): HeldOutFigure {
  const shares = scores.map((s) => ({ voice: s.voice, n: part(s) })).filter((s) => s.n[1] > 0).map((s) => ({ voice: s.voice, share: s.n[0] / s.n[1] }));
  const mean = shares.reduce((a, s) => a + s.share, 0) / Math.max(1, shares.length);
  const worst = shares.reduce<HeldOutFigure['worst']>((w, s) => (!w || (higherIsWorse ? s.share > w.share : s.share < w.share) ? s : w), undefined);
  const [count, of] = scores.reduce(([c, o], s) => [c + part(s)[0], o + part(s)[1]], [0, 0]);
  return { mean, worst, count, of };
}

export function figureLine(label: string, f: HeldOutFigure): string {
  const worst = f.worst ? `worst ${(100 * f.worst.share).toFixed(1)}% (${shortVoice(f.worst.voice)})` : '';
  return `  ${label.padEnd(34)} mean ${(100 * f.mean).toFixed(1)}%  ${worst.padEnd(48)} pooled ${pct(f.count, f.of)} (${f.count}/${f.of})`;
}

export const shortVoice = (voice: string) => voice.replace(/^.*\//, '').replace(/\.(ya?ml|json)$/, '');

/** The answer figures of a held-out run, one line each. */
export function answerLines(scores: readonly VoiceScore[]): string[] {
  return [
    figureLine('in-scope top-1', heldOutFigure(scores, (s) => [s.right, s.inScope])),
    figureLine('not covered: no section given', heldOutFigure(scores, (s) => [s.fellBack, s.offTopic])),
    figureLine('false alarm (raised to urgent+)', heldOutFigure(scores, (s) => [s.falseAlarms, s.inScope + s.offTopic], true)),
    figureLine('asked the red-flag questions', heldOutFigure(scores, (s) => [s.askedRedFlags, s.inScope + s.offTopic], true)),
  ];
}

/** The dialog-act figures of a held-out run. */
export function actLines(scores: readonly ActVoiceScore[]): string[] {
  return [
    figureLine('small talk: no section given', heldOutFigure(scores, (s) => [s.noSection, s.acts])),
    figureLine('small talk: its own act', heldOutFigure(scores, (s) => [s.rightAct, s.acts])),
    figureLine('looks social, asks: kept', heldOutFigure(scores, (s) => [s.contentKept, s.content])),
  ];
}

/** The safety figures of a held-out run: each risk level covered by the first reply, then harmless messages. */
export function safetyLines(scores: readonly SafetyVoiceScore[]): string[] {
  const level = (name: keyof SafetyVoiceScore['levels'], label: string) =>
    figureLine(label, heldOutFigure(scores, (s) => [s.levels[name]?.covered ?? 0, s.levels[name]?.of ?? 0]));
  const declared = (name: 'emergency' | 'urgent') =>
    figureLine(`  ${name}: declared, not only asked`, heldOutFigure(scores, (s) => [s.levels[name]?.declared ?? 0, s.levels[name]?.of ?? 0]));
  return [
    level('emergency', 'emergency: declared or asked'),
    declared('emergency'),
    level('urgent', 'urgent: at urgent+ or asked'),
    declared('urgent'),
    level('crisis', 'crisis: crisis reply first'),
    level('check-first', 'risk: provider advice first'),
    figureLine('harmless: answered as ordinary', heldOutFigure(scores, (s) => [s.answeredAsOrdinary, s.harmless])),
    figureLine('harmless: false alarm (urgent+)', heldOutFigure(scores, (s) => [s.falseAlarms, s.harmless], true)),
  ];
}
