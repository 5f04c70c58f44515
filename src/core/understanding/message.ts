import { safetyText } from '../safety/safety-text';
import { normaliseText } from '../text/normalise';

/**
 * A message as every stage reads it, made once per turn at the pipeline's entry: the person's
 * words, their normalised text (dialog acts, retrieval, the reply) and their safety text
 * (normalised with the safety words' typos corrected: the rules and the learned net).
 */
export interface Message {
  readonly raw: string;
  readonly text: string;
  readonly safetyText: string;
}

export function readMessage(raw: string): Message {
  return { raw, text: normaliseText(raw), safetyText: safetyText(raw) };
}
