/**
 * `npm run eval`: answer quality on the labelled question set and the held-out set.
 * Pass --misses to list every question that landed on the wrong section.
 */
import { resolve } from 'node:path';
import { loadKnowledge } from '../src/core/knowledge/load-knowledge';
import { evaluate, summarise } from '../src/core/matching/evaluate';
import { Matcher } from '../src/core/matching/matcher';
import { BALANCED_IN_SCOPE, BALANCED_OFF_TOPIC } from '../tests/fixtures/questions/balanced';
import { FRESH_IN_SCOPE, FRESH_OFF_TOPIC } from '../tests/fixtures/questions/fresh';
import { HOLDOUT_IN_SCOPE, HOLDOUT_OFF_TOPIC } from '../tests/fixtures/questions/holdout';
import { LATER_IN_SCOPE, LATER_OFF_TOPIC } from '../tests/fixtures/questions/later';
import { RECENT_IN_SCOPE, RECENT_OFF_TOPIC } from '../tests/fixtures/questions/recent';
import { IN_SCOPE, OFF_TOPIC } from '../tests/fixtures/questions/labelled';

const matcher = new Matcher(loadKnowledge(resolve(__dirname, '..', 'knowledge')));
const showMisses = process.argv.includes('--misses');
for (const [name, inScope, offTopic] of [
  ['labelled set', IN_SCOPE, OFF_TOPIC],
  ['held-out set', HOLDOUT_IN_SCOPE, HOLDOUT_OFF_TOPIC],
  ['fresh set', FRESH_IN_SCOPE, FRESH_OFF_TOPIC],
  ['later fresh batches', LATER_IN_SCOPE, LATER_OFF_TOPIC],
  ['recent fresh batches', RECENT_IN_SCOPE, RECENT_OFF_TOPIC],
  ['balanced batches', BALANCED_IN_SCOPE, BALANCED_OFF_TOPIC],
] as const) {
  const result = evaluate(matcher, inScope, offTopic);
  console.log(summarise(name, result));
  if (showMisses) {
    for (const m of result.misses) console.log(`    MISS ${m.score.toFixed(2)} "${m.question}" -> ${m.got} (want ${m.expected})`);
  }
}
