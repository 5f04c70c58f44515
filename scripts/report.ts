/**
 * `npm run report [-- --events FILE --out FILE]`: a self-contained HTML report of what people
 * asked (open it in any browser), and a short summary in the terminal.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadConfig, loadDotEnv } from '../src/config';
import { loadKnowledge } from '../src/core/knowledge/load-knowledge';
import { readEvents } from '../src/tools/report/read-events';
import { renderReport, terminalSummary } from '../src/tools/report/render-report';
import { summariseEvents } from '../src/tools/report/summarise-events';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};

loadDotEnv();
const config = loadConfig();
const eventsFile = resolve(arg('--events') ?? config.eventsFile);
const out = resolve(arg('--out') ?? resolve(__dirname, '..', 'reports', 'report.html'));
const { events, skipped } = readEvents(eventsFile);
const summary = summariseEvents(events, loadKnowledge(config.knowledgeDir).sections);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, renderReport(summary, new Date()));
console.log(terminalSummary(summary));
if (skipped) console.log(`(${skipped} lines of ${eventsFile} were not events and were skipped)`);
console.log(`Report written: ${out}`);
