/**
 * `tsx bench/answers-fingerprint.ts > file`: what the understanding pipeline makes of every
 * text the project has (test and evaluation sets, training examples, dialog-act and safety
 * messages) and of 5,000 generated questions, one JSON line each: the safety assessment, the
 * outcome, and the reply's words. A performance change must leave this file the same
 * (`diff` two runs), which is stricter than the evaluation's percentages.
 */
import { buildPipeline } from '../src/core/understanding/pipeline';
import { resolve } from 'node:path';
import { loadKnowledge } from '../src/core/knowledge/load-knowledge';
import { Matcher } from '../src/core/matching/matcher';
import { CHECK_FIRST, CRISIS, EMERGENCY, HARMLESS, URGENT } from '../src/core/safety/labelled-messages';
import { readMessage } from '../src/core/understanding/message';
import { EVALUATION_TEXTS } from '../tests/fixtures/evaluation-texts';
import { distinctQuestions } from './distinct-questions';

const knowledge = loadKnowledge(resolve(__dirname, '..', 'knowledge'));
const matcher = new Matcher(knowledge, { cacheSize: 0 });
const { safety, assistant } = buildPipeline(knowledge, { matcher });

const texts = [
  ...EVALUATION_TEXTS.map((t) => t.text),
  ...knowledge.examples.map((e) => e.question),
  ...(knowledge.dialogActs ?? []).map((e) => e.text),
  ...knowledge.sections.flatMap((s) => [s.heading, ...s.questions]),
  ...EMERGENCY, ...URGENT, ...CRISIS, ...HARMLESS, ...CHECK_FIRST.map(([text]) => text),
  ...distinctQuestions(5000, { seed: 4 }),
  // What the normaliser and the caps exist for.
  '', '   ', '<at>SciaticaBot</at> hi', '&lt;b&gt;how long?&lt;/b&gt;', '🙂🙂 how long should i massage 🤰',
  `${'massage '.repeat(400)}how long?`, `${'my back hurts and '.repeat(300)}my legs are numb`,
];
const round = (n: number) => Math.round(n * 1e6) / 1e6;
for (const text of texts) {
  // As the bot reads a message: once, at the pipeline's entry.
  const message = readMessage(text);
  const assessed = safety.assess(message);
  const { reply, outcome } = assistant.respond(message);
  const scored = 'score' in outcome ? { ...outcome, score: round(outcome.score) } : outcome;
  const { excerpt, ...shown } = reply;
  console.log(JSON.stringify({ text, safety: assessed, outcome: scored, reply: shown, excerpt: excerpt?.chosen.map((c) => [c.text.slice(0, 40), round(c.score)]) }));
}
