/**
 * `npm run report [-- --events FILE --out FILE]`: a self-contained HTML report of what people
 * asked (open it in any browser), and a short summary in the terminal.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadConfig, loadDotEnv } from '../src/config';
import { loadKnowledge } from '../src/core/knowledge/load-knowledge';
import { readBlobEvents } from '../src/events/blob-event-sink';
import { parseEvents, readEvents } from '../src/tools/report/read-events';
import { renderReport, terminalSummary } from '../src/tools/report/render-report';
import { summariseEvents } from '../src/tools/report/summarise-events';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};

async function main() {
  loadDotEnv();
  const config = loadConfig();
  const file = arg('--events');
  const fromBlob = !file && config.eventsStore === 'blob';
  const source = fromBlob ? `blob container ${config.eventsContainer}` : resolve(file ?? config.eventsFile);
  const { events, skipped } = fromBlob ? parseEvents(await readBlobEvents(config.blobConnectionString, config.eventsContainer)) : readEvents(source);
  const out = resolve(arg('--out') ?? resolve(__dirname, '..', 'reports', 'report.html'));
  const summary = summariseEvents(events, loadKnowledge(config.knowledgeDir).sections);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, renderReport(summary, new Date()));
  console.log(terminalSummary(summary));
  if (skipped) console.log(`(${skipped} lines of ${source} were not events and were skipped)`);
  console.log(`Report written: ${out}`);
}

main().catch((error: Error) => {
  console.error(['ConfigError', 'KnowledgeError'].includes(error.name) ? error.message : error);
  process.exit(1);
});
