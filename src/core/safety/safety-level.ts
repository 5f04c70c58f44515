/** The levels a message can be classified at, in order of precedence (first wins). */
export const SAFETY_LEVELS = ['emergency', 'urgent', 'crisis', 'check-first', 'none'] as const;
export type SafetyLevel = (typeof SAFETY_LEVELS)[number];
/** The levels whose reply goes alone, at once, wherever the conversation is (no dialog, no answer). */
export const URGENT_LEVELS: ReadonlySet<SafetyLevel> = new Set(['emergency', 'urgent', 'crisis']);

/**
 * Conditions that mean "check with a healthcare provider before massage".
 * The first five come from the article's Risks section; the rest are widely listed cautions.
 */
export const CONDITIONS = [
  'pregnancy',
  'high-blood-pressure',
  'infection',
  'kidney-liver',
  'acute-injury',
  'blood-clot',
  'blood-thinners',
  'recent-surgery',
  'fragile-bones',
  'skin-wound',
  'cancer',
  'numbness',
  'heart-or-implant',
  'diabetes',
  'varicose-veins',
  'other',
] as const;
export type Condition = (typeof CONDITIONS)[number];

export interface SafetyAssessment {
  level: SafetyLevel;
  /** For check-first: which conditions the message named (may be empty: "is massage safe for me?"). */
  conditions: Condition[];
  /** For emergency/urgent/crisis: short ids of what was recognised, e.g. 'saddle-numbness'. */
  signals: string[];
  /**
   * At check-first: the learned net suspects a red flag that no rule names. The bot then asks
   * the red-flag questions first (with "get emergency help now if any is yes") instead of
   * declaring an emergency: the net has told people with textbook sciatica to call 911.
   */
  askRedFlags?: true;
  /** At none: conditions the message names that do not apply now (negated, resolved, someone else's). */
  notApplying?: Condition[];
}
