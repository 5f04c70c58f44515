import { resolve } from 'node:path';
import { loadKnowledge } from '../src/core/knowledge/load-knowledge';
import { buildRouter } from '../src/tools/evaluation/held-out';
import { readFreshSets, scoreFreshSet } from '../src/tools/evaluation/fresh-voices';
const k = loadKnowledge(resolve(__dirname, '../knowledge'));
const net = !process.argv.includes('--no-net');
const route = buildRouter(k, { net, cacheDir: resolve(__dirname, '../node_modules/.cache/sciatica-bot/eval') });
const total: Record<string, [number, number]> = {};
for (const set of readFreshSets(resolve(__dirname, '../tests/fixtures/fresh-voices'))) {
  const s = scoreFreshSet(set, route);
  console.log(set.file, Object.entries(s.figures).map(([n, [r, o]]) => `${n} ${r}/${o}`).join('  '));
  for (const [n, [r, o]] of Object.entries(s.figures)) { total[n] ??= [0, 0]; total[n][0] += r; total[n][1] += o; }
  if (process.argv.includes('--misses')) for (const m of s.misses) console.log(`   MISS "${m.question}" -> ${m.got} (want ${m.expected})`);
}
console.log('TOTAL', Object.entries(total).map(([n, [r, o]]) => `${n} ${r}/${o}`).join('  '));
