/**
 * `npm run eval:batch -- <file.json> [--misses]`: scores a fresh batch of questions someone
 * wrote without seeing the knowledge files, before anything is changed for it. That first
 * figure is the honest one: once a batch has been studied, it is a check, not a measurement.
 *
 * Two shapes are read:
 * - questions: {"inScope":[{"q":"...","section":"HANDS","alsoOk":["HOME"]}],"offTopic":["..."]}
 *   with sections named by the codes in tests/fixtures/questions/headings.ts (INTRO, CAUSES,
 *   HELP, SOOTHE, MUSCLES, RISKS, HOME, HANDS, DEVICE, TAKEAWAY). As in the bot, the safety
 *   check runs first, then the assistant: a question routed to the risk dialog counts as
 *   right when Risks is an accepted section, and an off-topic one routed there, answered as
 *   small talk or falling back counts as handled.
 * - safety messages: {"messages":[{"text":"...","level":"check-first"}]} with levels
 *   emergency, urgent, crisis, check-first or none. Misses are marked UNDER (a lower level
 *   than labelled: the kind that must not happen) or over.
 * `--rules-only` reads safety with the rules alone, without the learned net.
 */
import { buildPipeline } from '../src/core/understanding/pipeline';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadKnowledge } from '../src/core/knowledge/load-knowledge';
import { SAFETY_LEVELS } from '../src/core/safety/safety-level';
import * as HEADINGS from '../tests/fixtures/questions/headings';

interface QuestionBatch {
  inScope: { q: string; section: string; alsoOk?: string[] }[];
  offTopic: string[];
}
interface SafetyBatch {
  messages: { text: string; level: (typeof SAFETY_LEVELS)[number] }[];
}

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const showMisses = process.argv.includes('--misses');
const rulesOnly = process.argv.includes('--rules-only');
if (files.length === 0) {
  console.error('Usage: npm run eval:batch -- <batch.json> [more.json] [--misses] [--rules-only]');
  process.exit(2);
}
const knowledge = loadKnowledge(resolve(__dirname, '..', 'knowledge'));
// The assistant, not the bare matcher: small talk ("who built you?") is handled as in the bot;
// safety as in the bot: the rules, then the learned net (--rules-only: the rules alone).
const { assistant, safety } = buildPipeline(knowledge, rulesOnly ? { net: false } : {});
const classifySafety = (text: string) => safety.assess(text);
const headingOf = new Map(knowledge.sections.map((s) => [s.id, s.heading]));

/** What the bot does with an ordinary (not risk-related) message: a heading, or what it did instead. */
function handled(q: string): string {
  const { outcome } = assistant.respond(q);
  if (outcome.kind === 'answer') return headingOf.get(outcome.sectionId)!;
  if (outcome.kind === 'did-you-mean') return headingOf.get(outcome.sectionIds[0]!)!;
  return `(${outcome.kind})`;
}
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;

for (const file of files) {
  const batch = JSON.parse(readFileSync(file, 'utf8')) as QuestionBatch | SafetyBatch;
  if ('messages' in batch) scoreSafety(file, batch);
  else scoreQuestions(file, batch);
}

function heading(code: string): string {
  const found = (HEADINGS as Record<string, unknown>)[code];
  if (typeof found !== 'string') throw new Error(`Unknown section code "${code}"`);
  return found;
}

function scoreQuestions(file: string, batch: QuestionBatch): void {
  let right = 0;
  let fellBack = 0;
  for (const { q, section, alsoOk = [] } of batch.inScope) {
    const accepted = [section, ...alsoOk].map(heading);
    const routed = classifySafety(q).level !== 'none';
    const got = routed ? '(risk dialog)' : handled(q);
    if (routed ? accepted.includes(HEADINGS.RISKS) : accepted.includes(got)) right++;
    else if (showMisses) console.log(`  MISS [${section}] ${q}\n      -> ${got}`);
  }
  for (const q of batch.offTopic) {
    const got = classifySafety(q).level !== 'none' ? '(risk dialog)' : handled(q);
    if (got.startsWith('(')) fellBack++;
    else if (showMisses) console.log(`  ANSWERED ${q}\n      -> ${got}`);
  }
  console.log(`${file}: in-scope ${right}/${batch.inScope.length} (${pct(right, batch.inScope.length)}) on a right section first, off-topic ${fellBack}/${batch.offTopic.length} (${pct(fellBack, batch.offTopic.length)}) fell back`);
}

function scoreSafety(file: string, batch: SafetyBatch): void {
  const rank = (level: string) => SAFETY_LEVELS.indexOf(level as (typeof SAFETY_LEVELS)[number]);
  let right = 0;
  let under = 0;
  for (const { text, level } of batch.messages) {
    const got = classifySafety(text).level;
    if (got === level) right++;
    else {
      if (rank(got) > rank(level)) under++;
      if (showMisses) console.log(`  ${rank(got) > rank(level) ? 'UNDER' : 'over '} want ${level}, got ${got}: ${text}`);
    }
  }
  console.log(`${file}: ${right}/${batch.messages.length} at their level, ${under} under it`);
}
