/**
 * `npm run bench` (or `npm run bench -- --quick`): how fast the bot answers, how much memory it
 * holds and how soon it answers after a start, measured in one run, printed as a table and
 * saved in bench/results (JSON, and the table as Markdown for the README).
 *
 * Throughput is measured on two workloads, each against the echo bot in the same run: the
 * questions the old benchmark repeated (all in the bot's caches once warm), and a generated
 * stream of distinct questions no cache can answer (bench/distinct-questions.ts), which is
 * what real traffic mostly is. Targets are reported PASS/FAIL here, never asserted in unit tests.
 */
import { buildPipeline } from '../src/core/understanding/pipeline';
import { cpus, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadKnowledge } from '../src/core/knowledge/load-knowledge';
import { Matcher } from '../src/core/matching/matcher';
import { generateKnowledge } from './generate-knowledge';
import { mb, settle, timeEach } from './measure';
import { median, npmStart, productionColdCache } from './startup';
import { compareWithEcho, distinctStream, mean, QuestionSource, REPEATED, rssBytes, startBot, type Comparison } from './workloads';
import { driveMessages } from './drive-messages';

const quick = process.argv.includes('--quick');
const ROOT = resolve(__dirname, '..');
const rows: { measure: string; value: string; target: string; result: string }[] = [];
const results: Record<string, unknown> = {};
const row = (measure: string, value: string, target = '', pass?: boolean) =>
  rows.push({ measure, value, target, result: pass === undefined ? '' : pass ? 'PASS' : 'FAIL' });
const ms = (n: number) => `${n.toFixed(3)} ms`;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Settings of each part, short in quick mode (CI proves the benchmark runs, no figure is kept). */
const HTTP = quick ? { connections: 10, seconds: 2, rounds: 1, warmUp: 1 } : { connections: 10, seconds: 6, rounds: 3, warmUp: 2 };
const LOAD = quick ? { connections: 50, seconds: 3, after: 3 } : { connections: 50, seconds: 60, after: 60 };
const STARTS = quick ? 1 : 3;
/** More than either bot answers in the time: the stream must never wrap. */
const STREAM = Math.ceil((HTTP.warmUp + HTTP.seconds * HTTP.rounds) * 2 * 4000 + LOAD.seconds * 4000);

function matchLatency() {
  const knowledge = loadKnowledge(resolve(ROOT, 'knowledge'));
  const start = performance.now();
  const matcher = new Matcher(knowledge, { cacheSize: 0 });
  const build = performance.now() - start;
  // A running server has long since compiled its hot paths: three warm-up rounds, not one.
  for (let round = 0; round < 3; round++) REPEATED.forEach((q) => matcher.match(q));
  const t = timeEach(REPEATED, (q) => matcher.match(q));
  results.realKnowledge = { sections: knowledge.sections.length, questions: REPEATED.length, buildMs: build, ...t };
  row(`match, real KB (${knowledge.sections.length} sections, ${REPEATED.length} questions, cache off) p50`, ms(t.p50));
  row('match, real KB p99', ms(t.p99), '< 1 ms', t.p99 < 1);
  row('index build, real KB', ms(build));
  return knowledge;
}

/**
 * The whole understanding of one message, in process, as the bot runs it (safety rules and
 * net, dialog act, matching, the reply's words), on distinct questions: no cache answers.
 */
function pipelineLatency(knowledge: ReturnType<typeof loadKnowledge>, distinct: string[]) {
  const { safety, assistant } = buildPipeline(knowledge, { cacheDir: resolve(ROOT, 'node_modules/.cache/sciatica-bot') });
  const turn = (q: string) => {
    safety.assess(q);
    assistant.respond(q);
  };
  const [warm, timed] = [distinct.slice(0, 3000), distinct.slice(3000, quick ? 4000 : 13_000)];
  warm.forEach(turn);
  const t = timeEach(timed, turn);
  results.pipeline = { questions: timed.length, ...t };
  row(`understanding, distinct questions (${timed.length}, in process): p50 / p99 / mean`, `${ms(t.p50)} / ${ms(t.p99)} / ${ms(t.mean)}`);
}

function scale(real: ReturnType<typeof loadKnowledge>) {
  const sizes = quick ? [100, 1000] : [100, 1000, 10_000];
  const sample = REPEATED.slice(0, quick ? 60 : 200);
  results.scale = sizes.map((size) => {
    const knowledge = generateKnowledge(real, size);
    settle();
    const heapBefore = process.memoryUsage().heapUsed;
    const start = performance.now();
    const matcher = new Matcher(knowledge, { cacheSize: 0 });
    const build = performance.now() - start;
    settle();
    const heap = process.memoryUsage().heapUsed - heapBefore;
    sample.forEach((q) => matcher.match(q));
    const t = timeEach(sample, (q) => matcher.match(q));
    row(`${size} sections: index build`, ms(build), size === 10_000 ? '< 2000 ms' : '', size === 10_000 ? build < 2000 : undefined);
    row(`${size} sections: match p50 / p99`, `${ms(t.p50)} / ${ms(t.p99)}`, size === 10_000 ? 'p99 < 10 ms' : '', size === 10_000 ? t.p99 < 10 : undefined);
    row(`${size} sections: index memory`, `${mb(heap)} MB`);
    return { size, buildMs: build, heapMb: mb(heap), ...t };
  });
}

async function throughput(distinct: string[]): Promise<Comparison[]> {
  const comparisons = await compareWithEcho([new QuestionSource('repeated', REPEATED), new QuestionSource('distinct', distinct)], HTTP);
  for (const c of comparisons) {
    const label = c.workload === 'repeated' ? `repeated questions (${REPEATED.length}, cached)` : 'distinct questions (uncached)';
    for (const [name, rounds] of [['echo bot', c.echo], ['our bot', c.bot]] as const) {
      row(
        `HTTP ${label}, ${name}: req/s, p50 / p99, server CPU per request`,
        `${mean(rounds, 'rps').toFixed(0)}, ${mean(rounds, 'p50').toFixed(1)} / ${mean(rounds, 'p99').toFixed(1)} ms, ${mean(rounds, 'cpuUs').toFixed(0)} µs`,
      );
    }
    const target = c.workload === 'distinct' ? 0.9 : 0.85;
    row(`HTTP ${label}: bot / echo req/s (CPU per request: echo / bot)`, `${(c.ratio * 100).toFixed(0)}% (${(c.cpuRatio * 100).toFixed(0)}%)`, `>= ${target * 100}%`, c.ratio >= target);
  }
  const all = comparisons.flatMap((c) => [...c.bot, ...c.echo]);
  row('HTTP errors (both bots, both workloads)', String(all.reduce((s, r) => s + r.errors, 0)), '0', all.every((r) => r.errors === 0));
  return comparisons;
}

/**
 * Memory of the compiled build in its own process: idle once started (and after V8 has had
 * time to give back what start-up used), the peak under a load of distinct questions at 50
 * connections, and a minute after it.
 */
async function memory(distinct: string[]) {
  const bot = await startBot({ LOG_LEVEL: 'warn' });
  const pid = bot.process.pid!;
  try {
    await pause(1000);
    const idleAtStart = rssBytes(pid);
    await pause(quick ? 1000 : 29_000);
    const idle = rssBytes(pid);
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, rssBytes(pid))), 1000);
    const load = await driveMessages(bot.url, { connections: LOAD.connections, duration: LOAD.seconds, questions: distinct, conversationFor: (n) => `memory-${n}` });
    clearInterval(sampler);
    const right = rssBytes(pid);
    await pause(LOAD.after * 1000);
    const after = rssBytes(pid);
    row(`bot RSS idle: 1 s / ${quick ? 2 : 30} s after start`, `${mb(idleAtStart)} / ${mb(idle)} MB`, '< 100 MB', idle < 100 * 1024 * 1024);
    row(`bot RSS under ${LOAD.seconds} s of distinct questions (${LOAD.connections} connections, ${load.rps.toFixed(0)} req/s): peak / at its end`, `${mb(peak)} / ${mb(right)} MB`);
    row(`bot RSS ${LOAD.after} s after that load`, `${mb(after)} MB (${((after / idle - 1) * 100).toFixed(0)}% over idle)`, '<= idle + 20%', after <= idle * 1.2);
    results.memory = { idleAtStartMb: mb(idleAtStart), idleMb: mb(idle), peakMb: mb(peak), endOfLoadMb: mb(right), afterMb: mb(after), load: { ...LOAD, rps: load.rps, errors: load.errors + load.non2xx, wrapped: load.wrapped } };
  } finally {
    await bot.stop();
  }
}

async function startUp() {
  const warm = await npmStart(STARTS);
  const cold = await productionColdCache(STARTS);
  row(`first answer after \`npm start\`, warm (median of ${STARTS})`, `${(median(warm) / 1000).toFixed(2)} s`, '< 2 s', median(warm) < 2000);
  row(`first answer, production build, no cache dir (median of ${STARTS})`, `${(median(cold) / 1000).toFixed(2)} s`, '< 3 s', median(cold) < 3000);
  results.startUp = { npmStartMs: warm, productionNoCacheMs: cold };
}

async function main() {
  const startedAt = new Date();
  const step = (what: string) => console.error(`${new Date().toISOString().slice(11, 19)} ${what}...`);
  step('matching in process');
  const real = matchLatency();
  step('generating the distinct questions');
  const distinct = distinctStream(STREAM);
  step('the understanding in process');
  pipelineLatency(real, distinct.slice(-13_000));
  step('generated knowledge bases');
  scale(real);
  const [forThroughput, forMemory] = [distinct.slice(0, STREAM - LOAD.seconds * 4000), distinct.slice(STREAM - LOAD.seconds * 4000)];
  step('throughput against the echo bot');
  results.http = await throughput(forThroughput);
  step('memory');
  await memory(forMemory);
  step('start-up');
  await startUp();
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, quick };
  const width = Math.max(...rows.map((r) => r.measure.length));
  const vwidth = Math.max(...rows.map((r) => r.value.length));
  const title = `Benchmark ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine.cores} x ${machine.cpu} (${machine.memoryGb} GB), Node ${machine.node}${quick ? ' (quick mode)' : ''}`;
  const table = [
    `| ${'measure'.padEnd(width)} | ${'value'.padEnd(vwidth)} | target | result |`,
    `| ${'-'.repeat(width)} | ${'-'.repeat(vwidth)} | --- | --- |`,
    ...rows.map((r) => `| ${r.measure.padEnd(width)} | ${r.value.padEnd(vwidth)} | ${r.target} | ${r.result} |`),
  ];
  console.log(`\n${title}\n`);
  table.forEach((l) => console.log(l));
  const dir = resolve(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const json = JSON.stringify({ startedAt, machine, rows, results }, null, 2);
  const name = quick ? 'latest-quick' : 'latest';
  writeFileSync(resolve(dir, `${name}.json`), json);
  writeFileSync(resolve(dir, `${name}.md`), `${title}\n\n${table.join('\n')}\n`);
  writeFileSync(resolve(dir, `${startedAt.toISOString().replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.json`), json);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
