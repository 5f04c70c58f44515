/**
 * `npm run loadtest [-- --seconds 30 --connections 50 --conversations 100000]`: drives
 * /api/messages of the compiled bot, started as its own process on loopback, and reports throughput,
 * p50/p99 latency, errors and the server's memory before, after, and after many conversations.
 */
import { readFileSync } from 'node:fs';
import { driveMessages } from '../bench/drive-messages';
import { IN_SCOPE } from '../tests/fixtures/questions/labelled';
import { spawnBot } from '../tests/helpers/spawn-bot';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const seconds = arg('seconds', 30);
const connections = arg('connections', 50);
const conversations = arg('conversations', 100_000);
const questions = IN_SCOPE.map(([q]) => q);

const rssMb = (pid: number) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

let counter = 0;
const run = (url: string, options: { duration?: number; amount?: number; distinct: boolean }) =>
  driveMessages(url, {
    connections,
    ...options,
    questions,
    conversationFor: () => {
      counter += 1;
      return options.distinct ? `load-${counter}` : `load-${counter % 5000}`;
    },
  });

async function main() {
  // The compiled production build (npm run loadtest builds it first): production's memory.
  const bot = await spawnBot({ NODE_ENV: 'production' }, true);
  const pid = bot.process.pid!;
  try {
    await pause(1000);
    const idle = rssMb(pid);
    console.log(`Server idle: ${idle} MB RSS`);
    console.log(`Load: ${connections} connections for ${seconds} s over 5,000 conversations...`);
    const load = await run(bot.url, { duration: seconds, distinct: false });
    const during = rssMb(pid);
    await pause(5000);
    const after = rssMb(pid);
    console.log(`Conversations: ${conversations.toLocaleString('en')} distinct ones...`);
    await run(bot.url, { amount: conversations, distinct: true });
    await pause(3000);
    const afterMany = rssMb(pid);
    const rows = [
      ['requests per second (mean)', load.rps.toFixed(0)],
      ['latency p50 / p99', `${load.p50} ms / ${load.p99} ms`],
      ['requests', String(load.total)],
      ['errors (connection, timeout)', String(load.errors)],
      ['non-2xx responses / 5xx', `${load.non2xx} / ${load.fiveXX}`],
      ['server RSS idle / under load / 5 s after', `${idle} / ${during} / ${after} MB`],
      [`server RSS after ${conversations.toLocaleString('en')} more conversations`, `${afterMany} MB`],
    ];
    console.log('\n| measure | value |\n| --- | --- |');
    for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
    const ok = load.errors === 0 && load.fiveXX === 0;
    console.log(ok ? '\nNo errors and no 5xx.' : '\nErrors or 5xx responses happened: see above.');
    process.exitCode = ok ? 0 : 1;
  } finally {
    await bot.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
