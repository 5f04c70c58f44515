/**
 * `npm run eval`: answer quality on every question set (tests/fixtures/questions/sets.ts).
 * Pass --misses to list every question that landed on the wrong section.
 */
import { resolve } from 'node:path';
import { loadKnowledge } from '../src/core/knowledge/load-knowledge';
import { evaluate, summarise } from '../src/core/matching/evaluate';
import { Matcher } from '../src/core/matching/matcher';
import { QUESTION_SETS } from '../tests/fixtures/questions/sets';

const matcher = new Matcher(loadKnowledge(resolve(__dirname, '..', 'knowledge')));
const showMisses = process.argv.includes('--misses');
for (const { name, inScope, offTopic } of QUESTION_SETS) {
  const result = evaluate(matcher, inScope, offTopic);
  console.log(summarise(name, result));
  if (showMisses) {
    for (const m of result.misses) console.log(`    MISS ${m.score.toFixed(2)} "${m.question}" -> ${m.got} (want ${m.expected})`);
  }
}
