import type { Condition } from './safety-level';
import { loadRuleFiles } from './rule-files';

/**
 * What the classifier looks for. The rules are data: `knowledge/safety/vocabularies.yml` and one
 * file per rule in `knowledge/safety/rules/<level>/<id>.yml`, each with its source (safety.md:
 * NHS, NICE CKS, Mayo Clinic; the article's Risks section) and the messages that must and must
 * not fire it; `rule-files.ts` reads them once, at start-up. `personal` rules only fire when the
 * person speaks about themselves: "can injuries cause sciatica?" is a question about the
 * article, "I injured my back this morning" is a reason to check first.
 */
export interface SafetyRule {
  /** The signal it reports (for a condition rule, its name). */
  id: string;
  pattern: RegExp;
  personal?: boolean;
  /** Read the whole message, not clause by clause: "sudden, really severe pain, my leg went numb" is one story. */
  acrossClauses?: boolean;
  /** A safety net: any negation earlier in the clause cancels it, not only one just before. */
  net?: boolean;
  /**
   * A red flag that is someone's history rather than a symptom now ("had cancer"): it counts
   * only for the person who would be massaged ("my grandad had cancer in the 90s, I want to
   * learn massage for my own sciatica" is not the asker's). When it happened never cancels it.
   */
  experiencer?: boolean;
}

const RULES = loadRuleFiles();

export const EMERGENCY_RULES: SafetyRule[] = RULES.emergency;
export const URGENT_RULES: SafetyRule[] = RULES.urgent;
export const CRISIS_RULES: SafetyRule[] = RULES.crisis;
/** Check-first conditions: the article's Risks section first, then widely listed cautions. */
export const CONDITION_RULES: (SafetyRule & { condition: Condition })[] = RULES.conditions;
/** "Is massage safe for me?" names no condition: the risk dialog asks which apply. */
export const UNNAMED_CONDITION_RULES: SafetyRule[] = RULES.unnamed;
/** Every rule file, with its examples: the generic test reads them. */
export const RULE_FILES = RULES.files;
