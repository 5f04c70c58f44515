/**
 * `npm run bench` (or `npm run bench -- --quick`): how fast the bot answers and how that
 * grows with the knowledge base, measured side by side, printed as a table and saved as JSON.
 * Targets are reported PASS/FAIL here, never asserted in unit tests.
 */
import { cpus } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadKnowledge } from '../src/core/knowledge/load-knowledge';
import { Matcher } from '../src/core/matching/matcher';
import { HOLDOUT_IN_SCOPE, HOLDOUT_OFF_TOPIC } from '../tests/fixtures/questions/holdout';
import { IN_SCOPE, OFF_TOPIC } from '../tests/fixtures/questions/labelled';
import { driveMessages } from './drive-messages';
import { spawnBot, spawnServer, type SpawnedBot } from '../tests/helpers/spawn-bot';
import { generateKnowledge } from './generate-knowledge';
import { mb, settle, timeEach } from './measure';

const quick = process.argv.includes('--quick');
const ROOT = resolve(__dirname, '..');
const questions = [...IN_SCOPE.map(([q]) => q), ...OFF_TOPIC, ...HOLDOUT_IN_SCOPE.map(([q]) => q), ...HOLDOUT_OFF_TOPIC];
const rows: { measure: string; value: string; target: string; result: string }[] = [];
const results: Record<string, unknown> = {};
const row = (measure: string, value: string, target = '', pass?: boolean) =>
  rows.push({ measure, value, target, result: pass === undefined ? '' : pass ? 'PASS' : 'FAIL' });
const ms = (n: number) => `${n.toFixed(3)} ms`;

function matchLatency() {
  const knowledge = loadKnowledge(resolve(ROOT, 'knowledge'));
  const start = performance.now();
  const matcher = new Matcher(knowledge, { cacheSize: 0 });
  const build = performance.now() - start;
  // A running server has long since compiled its hot paths: three warm-up rounds, not one.
  // (The first round after start has a p99 about twice the steady one, from JIT compilation.)
  for (let round = 0; round < 3; round++) questions.forEach((q) => matcher.match(q));
  const t = timeEach(questions, (q) => matcher.match(q));
  results.realKnowledge = { sections: knowledge.sections.length, questions: questions.length, buildMs: build, ...t };
  row(`match, real KB (${knowledge.sections.length} sections, ${questions.length} questions) p50`, ms(t.p50));
  row('match, real KB p99', ms(t.p99), '< 1 ms', t.p99 < 1);
  row('index build, real KB', ms(build));
  return knowledge;
}

function scale(real: ReturnType<typeof loadKnowledge>) {
  const sizes = quick ? [100, 1000] : [100, 1000, 10_000];
  const sample = questions.slice(0, quick ? 60 : 200);
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

let counter = 0;
async function drive(server: SpawnedBot, seconds: number) {
  const cpuBefore = cpuMs(server);
  const result = await driveMessages(server.url, {
    connections: 10,
    duration: seconds,
    questions,
    conversationFor: () => `bench-${++counter % 50}`,
  });
  const cpuPerRequest = ((cpuMs(server) - cpuBefore) * 1000) / Math.max(1, result.total);
  return { rps: result.rps, p50: result.p50, p99: result.p99, cpuUs: cpuPerRequest, errors: result.errors + result.non2xx };
}

/** CPU time (user + system) a child process has used so far, in ms. */
function cpuMs(server: SpawnedBot): number {
  const fields = readFileSync(`/proc/${server.process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms
}

/**
 * Our bot (the compiled production build, production log level) and the echo bot each run
 * in their own process, as they would be deployed; the load generator runs here, so it
 * does not compete with either for their thread. A warm-up round (JIT, first matches) is
 * not counted. Server CPU per request is reported too: it does not depend on the client.
 */
async function endToEnd() {
  const bot = await spawnBot({ NODE_ENV: 'production', RATE_LIMIT_CONVERSATION_PER_SECOND: '0', LOG_LEVEL: 'info' }, true);
  const echo = await spawnServer(['--import', 'tsx', 'bench/echo-bot.ts']);
  try {
    const rounds = quick ? 1 : 3;
    const seconds = quick ? 2 : 6;
    await drive(echo, quick ? 1 : 2);
    await drive(bot, quick ? 1 : 2);
    const results: Record<'bot' | 'echo', Awaited<ReturnType<typeof drive>>[]> = { bot: [], echo: [] };
    for (let i = 0; i < rounds; i++) {
      results.echo.push(await drive(echo, seconds));
      results.bot.push(await drive(bot, seconds));
    }
    const avg = (name: 'bot' | 'echo', key: 'rps' | 'p50' | 'p99' | 'cpuUs') => results[name].reduce((s, r) => s + r[key], 0) / results[name].length;
    const ratio = avg('bot', 'rps') / avg('echo', 'rps');
    for (const [name, label] of [['echo', 'echo bot'], ['bot', 'our bot']] as const) {
      row(`HTTP ${label}: req/s, p50 / p99, server CPU per request`, `${avg(name, 'rps').toFixed(0)}, ${avg(name, 'p50').toFixed(1)} / ${avg(name, 'p99').toFixed(1)} ms, ${avg(name, 'cpuUs').toFixed(0)} µs`);
    }
    row('HTTP throughput, bot / echo', `${(ratio * 100).toFixed(0)}%`, '>= 85%', ratio >= 0.85);
    const all = [...results.bot, ...results.echo];
    row('HTTP errors (both)', String(all.reduce((s, r) => s + r.errors, 0)), '0', all.every((r) => r.errors === 0));
    return { ...results, ratio };
  } finally {
    await Promise.all([bot.stop(), echo.stop()]);
  }
}

/** Memory of the bot as production runs it: the compiled build, in its own process. */
async function memory() {
  const bot = await spawnBot({ NODE_ENV: 'production', LOG_LEVEL: 'warn', RATE_LIMIT_CONVERSATION_PER_SECOND: '0' }, true);
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${bot.process.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  try {
    await new Promise((r) => setTimeout(r, 1000));
    const idle = rss();
    row('bot process RSS idle, knowledge loaded', `${mb(idle)} MB`, '< 150 MB', idle < 150 * 1024 * 1024);
    const conversations = quick ? 1000 : 10_000;
    await driveMessages(bot.url, { connections: 10, amount: conversations, questions, conversationFor: (n) => `memory-${n}` });
    const after = rss();
    row(`bot process RSS after ${conversations} conversations`, `${mb(after)} MB`);
    results.memory = { idleMb: mb(idle), conversations, afterMb: mb(after) };
  } finally {
    await bot.stop();
  }
}

async function main() {
  const startedAt = new Date();
  const real = matchLatency();
  scale(real);
  results.http = await endToEnd();
  await memory();
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, quick };
  const width = Math.max(...rows.map((r) => r.measure.length));
  const vwidth = Math.max(...rows.map((r) => r.value.length));
  console.log(`\nBenchmark ${startedAt.toISOString().slice(0, 16)} on ${machine.cores} x ${machine.cpu}, Node ${machine.node}${quick ? ' (quick mode)' : ''}\n`);
  console.log(`| ${'measure'.padEnd(width)} | ${'value'.padEnd(vwidth)} | target | result |`);
  console.log(`| ${'-'.repeat(width)} | ${'-'.repeat(vwidth)} | --- | --- |`);
  for (const r of rows) console.log(`| ${r.measure.padEnd(width)} | ${r.value.padEnd(vwidth)} | ${r.target} | ${r.result} |`);
  const dir = resolve(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const json = JSON.stringify({ startedAt, machine, rows, results }, null, 2);
  writeFileSync(resolve(dir, quick ? 'latest-quick.json' : 'latest.json'), json);
  writeFileSync(resolve(dir, `${startedAt.toISOString().replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.json`), json);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
