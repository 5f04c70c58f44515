import { resolve } from 'node:path';
import { loadKnowledge } from '../src/core/knowledge/load-knowledge';
import { SafetyCheck } from '../src/core/safety/safety-check';
import { SafetyNet } from '../src/core/safety/safety-net';
import { HELD_OUT_SAFETY } from '../tests/fixtures/safety-held-out';
const k = loadKnowledge(resolve(__dirname, '../knowledge'));
const check = new SafetyCheck(SafetyNet.for(k.examples.map((e) => e.question), resolve(__dirname,'../node_modules/.cache/sciatica-bot')));
const texts = process.argv.slice(2);
if (texts.length) for (const t of texts) console.log(JSON.stringify(check.assess(t)), t);
else {
  let n=0; for (const [t,l] of HELD_OUT_SAFETY) { const a = check.assess(t); if (a.askRedFlags) { n++; if (n<15) console.log(l, '|', t); } } console.log('asked', n, 'of', HELD_OUT_SAFETY.length);
  let f=0; for (const e of k.examples) { const a = check.assess(e.question); if (a.askRedFlags) { f++; console.log('EX', e.heading ?? '-', '|', e.question); } } console.log('examples asked', f, 'of', k.examples.length);
}
