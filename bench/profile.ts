/**
 * `npm run profile`: where an uncached turn's CPU goes. Starts the compiled build under
 * `node --cpu-prof`, sends it distinct questions (bench/distinct-questions.ts) for a while,
 * stops it, and prints the self time by function and the time spent in each of our modules
 * and each package (callees included). The raw profile is kept in artifacts/profile/ for
 * Chrome DevTools or speedscope. `--repeated` sends the cached questions instead, `--echo`
 * profiles the echo bot: the framework's own cost per turn, to compare with. `--core` profiles
 * the understanding alone, in process.
 */
import { buildPipeline } from '../src/core/understanding/pipeline';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { Session } from 'node:inspector';
import { loadKnowledge } from '../src/core/knowledge/load-knowledge';
import { spawnServer } from '../tests/helpers/spawn-bot';
import { driveMessages } from './drive-messages';
import { distinctStream, REPEATED } from './workloads';

const ROOT = resolve(__dirname, '..');
const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const seconds = arg('seconds', 15);
const top = arg('top', 25);
/** `--repeated`: the cached questions instead; `--echo`: the echo bot instead of ours, for comparison. */
const repeated = process.argv.includes('--repeated');
const echo = process.argv.includes('--echo');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Seconds of load before the measured load: start-up and JIT warm-up are not a turn's cost. */
const WARM_UP = 3;

/** Who a stack frame belongs to: one of our files, a package, or Node itself. */
function ownerOf(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const ours = /\/(?:dist\/)?(src\/.*)\.[jt]s$/.exec(url);
  if (ours) return ours[1]!;
  return url ? 'node' : '(vm: gc, idle, native)';
}

/**
 * Self time by function and time in each owner, over the samples from WARM_UP seconds after
 * the first request to the end.
 */
export function summarise(profile: Profile, turns: number, { warmUp = true } = {}): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stackHas = (id: number, name: string) => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) if (byId.get(at)!.callFrame.functionName === name) return true;
    return false;
  };
  const times: number[] = [];
  profile.timeDeltas.reduce((t, d, i) => (times[i] = t + d), 0);
  // Each bot's request handler (restify's, for the echo bot), which start-up never runs.
  const first = profile.samples.findIndex((id) => stackHas(id, 'processActivity') || stackHas(id, '_runRoute'));
  const from = first < 0 || !warmUp ? 0 : times[first]! + WARM_UP * 1e6;
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    if (times[i]! >= from) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const idle = (n: ProfileNode) => ['(idle)', '(program)'].includes(n.callFrame.functionName);
  let busy = 0;
  const selfByFunction = new Map<string, number>();
  // Time in an owner counts once per sample, however deep its frames recurse.
  const inOwner = new Map<string, number>();
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    if (idle(node)) continue;
    busy += us;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${ownerOf(url)}:${lineNumber + 1}`;
    selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + us);
    const owners = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const url = byId.get(at)!.callFrame.url;
      if (url) owners.add(ownerOf(url));
    }
    for (const owner of owners) inOwner.set(owner, (inOwner.get(owner) ?? 0) + us);
  }
  const line = (name: string, us: number) => `  ${((us / busy) * 100).toFixed(1).padStart(5)}%  ${(us / turns).toFixed(1).padStart(7)} µs/turn  ${name}`;
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return [
    `CPU busy ${(busy / 1000).toFixed(0)} ms over ${turns} turns: ${(busy / turns).toFixed(0)} µs a turn`,
    '',
    'Self time by function:',
    ...sorted(selfByFunction).slice(0, top).map(([k, v]) => line(k, v)),
    '',
    'Time in each of our modules and each package (callees included; nested owners overlap):',
    ...sorted(inOwner)
      .filter(([k]) => k.startsWith('src/') || !k.includes('/') || k.startsWith('@'))
      .slice(0, top * 2)
      .map(([k, v]) => line(k, v)),
  ];
}

/**
 * `--core`: the understanding alone, in this process (safety, dialog act, matching, the reply's
 * words), profiled with the inspector after a warm-up on other questions; no HTTP, no botbuilder.
 */
async function profileCore() {
  const knowledge = loadKnowledge(resolve(ROOT, 'knowledge'));
  const { safety, assistant } = buildPipeline(knowledge, { cacheDir: resolve(ROOT, 'node_modules/.cache/sciatica-bot') });
  const count = seconds * 1000;
  const questions = distinctStream(4000 + count);
  const turn = (q: string) => {
    safety.assess(q);
    assistant.respond(q);
  };
  questions.slice(0, 4000).forEach(turn);
  const session = new Session();
  session.connect();
  const post = (method: string) => new Promise<unknown>((done, fail) => session.post(method, (error, result) => (error ? fail(error) : done(result))));
  await post('Profiler.enable');
  await post('Profiler.start');
  questions.slice(4000).forEach(turn);
  const { profile } = (await post('Profiler.stop')) as { profile: Profile };
  summarise(profile, count, { warmUp: false }).forEach((l) => console.log(l));
}

async function main() {
  if (process.argv.includes('--core')) return profileCore();
  const dir = resolve(ROOT, 'artifacts', 'profile');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const questions = repeated ? REPEATED : distinctStream(Math.ceil((seconds + WARM_UP) * 4000));
  const server = echo ? ['--import', 'tsx', 'bench/echo-bot.ts'] : ['dist/src/index.js'];
  const bot = await spawnServer(['--cpu-prof', `--cpu-prof-dir=${dir}`, ...server], { NODE_ENV: 'production', LOG_LEVEL: 'warn', RATE_LIMIT_CONVERSATION_PER_SECOND: '0' });
  let conversation = 0;
  const drive = (duration: number, from: number) =>
    driveMessages(bot.url, { connections: 10, duration, questions: repeated ? questions : questions.slice(from), conversationFor: () => `profile-${++conversation % 50}` });
  const warm = await drive(WARM_UP, 0);
  const result = await drive(seconds, warm.sent);
  await bot.stop('SIGTERM');
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written:\n${bot.output()}`);
  console.log(`${result.total} requests (${result.rps.toFixed(0)} req/s), ${result.errors + result.non2xx} errors; profile in artifacts/profile/${file}\n`);
  summarise(JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Profile, result.total).forEach((l) => console.log(l));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
