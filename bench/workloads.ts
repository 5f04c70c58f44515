/**
 * What the benchmark and the load test send, and to what: the compiled bot and the echo bot
 * (bench/echo-bot.ts, the framework's ceiling), each in its own process, driven alternately
 * with the same load so the two share whatever else the machine is doing.
 */
import { readFileSync } from 'node:fs';
import { safetyText } from '../src/core/safety/safety-text';
import { normaliseText } from '../src/core/text/normalise';
import { HOLDOUT_IN_SCOPE, HOLDOUT_OFF_TOPIC } from '../tests/fixtures/questions/holdout';
import { IN_SCOPE, OFF_TOPIC } from '../tests/fixtures/questions/labelled';
import { spawnBot, spawnServer, type SpawnedBot } from '../tests/helpers/spawn-bot';
import { distinctQuestions } from './distinct-questions';
import { driveMessages } from './drive-messages';

/** The questions the old benchmark repeated: 413, well within the bot's caches once warm. */
export const REPEATED = [...IN_SCOPE.map(([q]) => q), ...OFF_TOPIC, ...HOLDOUT_IN_SCOPE.map(([q]) => q), ...HOLDOUT_OFF_TOPIC];

/**
 * A generated stream no cache can answer: no two questions alike, and none of the repeated
 * ones, under the keys the bot's per-message caches use (the normalised text: the matcher's
 * results; the safety text: the rules' and the net's assessments).
 */
export function distinctStream(count: number): string[] {
  return distinctQuestions(count, { keys: [normaliseText, safetyText], avoid: REPEATED });
}

export type Workload = 'repeated' | 'distinct';

export interface Round {
  rps: number;
  p50: number;
  p99: number;
  /** Server CPU (user + system) per request, µs: what a turn costs, whatever the load generator's share of the machine. */
  cpuUs: number;
  errors: number;
}

/** Questions for one workload, taken in turn: a distinct stream is never sent twice, even across rounds. */
export class QuestionSource {
  private offset = 0;
  constructor(
    readonly workload: Workload,
    private readonly questions: string[],
  ) {}

  async drive(server: SpawnedBot, { connections, seconds }: { connections: number; seconds: number }): Promise<Round> {
    const cpuBefore = cpuMs(server);
    const questions = this.workload === 'distinct' ? this.questions.slice(this.offset) : this.questions;
    let n = 0;
    const result = await driveMessages(server.url, { connections, duration: seconds, questions, conversationFor: () => `bench-${++n % 50}` });
    if (this.workload === 'distinct') {
      if (result.wrapped) throw new Error('The distinct stream ran out: generate more questions for this run.');
      this.offset += result.sent;
    }
    const cpuUs = ((cpuMs(server) - cpuBefore) * 1000) / Math.max(1, result.total);
    return { rps: result.rps, p50: result.p50, p99: result.p99, cpuUs, errors: result.errors + result.non2xx };
  }
}

/** CPU time (user + system) a child process has used so far, in ms. */
export function cpuMs(server: SpawnedBot): number {
  const fields = readFileSync(`/proc/${server.process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms
}

export const rssBytes = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;

/** The compiled production build, as deployed; the rate limit off, so the load is all answered. */
export const startBot = (env: Record<string, string> = {}) =>
  spawnBot({ NODE_ENV: 'production', RATE_LIMIT_CONVERSATION_PER_SECOND: '0', LOG_LEVEL: 'info', ...env }, true);
export const startEcho = () => spawnServer(['--import', 'tsx', 'bench/echo-bot.ts']);

export interface Comparison {
  workload: Workload;
  bot: Round[];
  echo: Round[];
  /** Mean bot req/s over mean echo req/s. */
  ratio: number;
  /** Mean echo CPU per request over mean bot CPU per request (1: a turn costs what the echo bot's does). */
  cpuRatio: number;
}

export const mean = (rounds: Round[], key: keyof Round) => rounds.reduce((s, r) => s + r[key], 0) / Math.max(1, rounds.length);

/**
 * Each workload against both bots, alternated round by round (echo, bot, echo, bot...), after
 * a warm-up of each that is not counted (JIT, the first matches).
 */
export async function compareWithEcho(
  sources: QuestionSource[],
  { connections, seconds, rounds, warmUp }: { connections: number; seconds: number; rounds: number; warmUp: number },
): Promise<Comparison[]> {
  const [bot, echo] = await Promise.all([startBot(), startEcho()]);
  try {
    for (const source of sources) {
      await source.drive(echo, { connections, seconds: warmUp });
      await source.drive(bot, { connections, seconds: warmUp });
    }
    const results = sources.map((source) => ({ source, bot: [] as Round[], echo: [] as Round[] }));
    for (let i = 0; i < rounds; i++) {
      for (const r of results) {
        r.echo.push(await r.source.drive(echo, { connections, seconds }));
        r.bot.push(await r.source.drive(bot, { connections, seconds }));
      }
    }
    return results.map(({ source, bot, echo }) => ({
      workload: source.workload,
      bot,
      echo,
      ratio: mean(bot, 'rps') / mean(echo, 'rps'),
      cpuRatio: mean(echo, 'cpuUs') / mean(bot, 'cpuUs'),
    }));
  } finally {
    await Promise.all([bot.stop(), echo.stop()]);
  }
}
