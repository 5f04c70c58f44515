/**
 * Time from starting the bot to its first answer: the command is started, and a question is
 * sent every 20 ms until one is answered (the port is open before the knowledge is read only
 * if the bot says so; this measures what a person waits for).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../tests/helpers/spawn-bot';

const ROOT = resolve(__dirname, '..');

export async function timeToFirstAnswer(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  const port = await freePort();
  const eventsDir = mkdtempSync(join(tmpdir(), 'events-'));
  const started = performance.now();
  // Its own process group: `npm start` runs tsx, which runs node; all of them go at the end.
  const child = spawn(command, args, {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', EVENTS_FILE: join(eventsDir, 'events.jsonl'), ...env },
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited with ${child.exitCode}`);
      if (performance.now() - started > 60_000) throw new Error(`${command} ${args.join(' ')} gave no answer in 60 s`);
      if (await answers(port)) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
    await exited;
    rmSync(eventsDir, { recursive: true, force: true });
  }
}

async function answers(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        text: 'how long should I use the massager?',
        channelId: 'startup',
        serviceUrl: 'http://127.0.0.1:9/',
        from: { id: 'user-startup' },
        recipient: { id: 'bot' },
        conversation: { id: `startup-${Math.random()}` },
        deliveryMode: 'expectReplies',
      }),
    });
    if (!response.ok) return false;
    const body = (await response.json()) as { activities?: { type?: string; text?: string }[] };
    return Boolean(body.activities?.some((a) => a.type === 'message' && a.text));
  } catch {
    return false;
  }
}

/** `npm start` on a warm machine: the median of `times` starts after one not counted. */
export async function npmStart(times: number): Promise<number[]> {
  await timeToFirstAnswer('npm', ['start']);
  const runs: number[] = [];
  for (let i = 0; i < times; i++) runs.push(await timeToFirstAnswer('npm', ['start']));
  return runs;
}

/** The production build with an empty cache directory each time: nothing trained before is there to read. */
export async function productionColdCache(times: number): Promise<number[]> {
  const runs: number[] = [];
  for (let i = 0; i < times; i++) {
    const cacheDir = mkdtempSync(join(tmpdir(), 'bench-cache-'));
    try {
      runs.push(await timeToFirstAnswer(process.execPath, ['dist/src/index.js'], { NODE_ENV: 'production', CACHE_DIR: cacheDir }));
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }
  return runs;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
