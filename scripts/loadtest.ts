/**
 * `npm run loadtest [-- --seconds 30 --connections 50 --conversations 100000]`: drives
 * /api/messages of the compiled bot and of the echo bot (bench/echo-bot.ts), each started as its
 * own process on loopback, alternately, with two workloads: the labelled questions repeated
 * (answered from the bot's caches once warm) and a generated stream of distinct questions no
 * cache can answer (bench/distinct-questions.ts). Reports throughput, latency, errors, each
 * ratio to the echo bot, and the bot's memory before, after, and after many conversations.
 */
import { driveMessages } from '../bench/drive-messages';
import { compareWithEcho, distinctStream, mean, QuestionSource, rssBytes, startBot } from '../bench/workloads';
import { IN_SCOPE } from '../tests/fixtures/questions/labelled';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const seconds = arg('seconds', 30);
const connections = arg('connections', 50);
const conversations = arg('conversations', 100_000);
const repeated = IN_SCOPE.map(([q]) => q);

const rssMb = (pid: number) => Math.round(rssBytes(pid) / 1024 / 1024);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  console.log(`Generating ${(seconds * 2 * 4000).toLocaleString('en')} distinct questions...`);
  const distinct = distinctStream(seconds * 2 * 4000);
  console.log(`Load: ${connections} connections, ${seconds} s a run, echo bot and our bot alternately, repeated then distinct questions...`);
  const comparisons = await compareWithEcho([new QuestionSource('repeated', repeated), new QuestionSource('distinct', distinct)], { connections, seconds, rounds: 1, warmUp: 2 });

  // Memory: the compiled production build on its own, through many new conversations.
  const bot = await startBot({ LOG_LEVEL: 'warn' });
  const pid = bot.process.pid!;
  let conversation = 0;
  try {
    await pause(1000);
    const idle = rssMb(pid);
    console.log(`Conversations: ${conversations.toLocaleString('en')} distinct ones, distinct questions...`);
    const many = await driveMessages(bot.url, { connections, amount: conversations, questions: distinct, conversationFor: () => `load-${++conversation}` });
    await pause(3000);
    const afterMany = rssMb(pid);
    const rows: [string, string][] = [];
    for (const c of comparisons) {
      const [b, e] = [c.bot[0]!, c.echo[0]!];
      rows.push(
        [`${c.workload}: requests per second, bot / echo (ratio)`, `${b.rps.toFixed(0)} / ${e.rps.toFixed(0)} (${(c.ratio * 100).toFixed(0)}%)`],
        [`${c.workload}: server CPU per request, bot / echo`, `${b.cpuUs.toFixed(0)} / ${e.cpuUs.toFixed(0)} µs`],
        [`${c.workload}: bot latency p50 / p99`, `${b.p50} ms / ${b.p99} ms`],
      );
    }
    const errors = comparisons.reduce((s, c) => s + mean(c.bot, 'errors') + mean(c.echo, 'errors'), 0) + many.errors + many.non2xx;
    rows.push(
      ['errors and non-2xx (all runs)', String(errors)],
      ['bot RSS idle', `${idle} MB`],
      [`bot RSS after ${conversations.toLocaleString('en')} new conversations (${many.rps.toFixed(0)} req/s)`, `${afterMany} MB`],
    );
    console.log('\n| measure | value |\n| --- | --- |');
    for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
    console.log(errors === 0 ? '\nNo errors and no 5xx.' : '\nErrors or non-2xx responses happened: see above.');
    process.exitCode = errors === 0 ? 0 : 1;
  } finally {
    await bot.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
