import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface SpawnedBot {
  url: string;
  process: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts the bot the way `npm start` does (tsx src/index.ts), or the compiled production build
 * (`compiled`: node dist/src/index.js, after `npm run build`), on a free port; waits until it listens.
 */
export async function spawnBot(env: Record<string, string> = {}, compiled = false): Promise<SpawnedBot> {
  const root = resolve(__dirname, '../..');
  // One process (tsx as a loader, not its CLI wrapper), so its pid and memory are the bot's.
  const child = spawn(process.execPath, compiled ? ['dist/src/index.js'] : ['--import', 'tsx', 'src/index.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', EVENTS_FILE: join(mkdtempSync(join(tmpdir(), 'events-')), 'events.jsonl'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Keep the start of the log and the last lines: a long run logs every request.
  let log = '';
  const keep = (d: Buffer) => {
    log += d;
    if (log.length > 200_000) log = `${log.slice(0, 50_000)}\n...\n${log.slice(-50_000)}`;
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = await new Promise<string>((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot did not start:\n${log}`)), 30_000);
    const check = () => {
      const match = /listening on (http:\/\/localhost:\d+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolvePort(match[1]!.replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => reject(new Error(`bot exited with ${code}:\n${log}`)));
  });
  return {
    url,
    process: child,
    output: () => log,
    stop: (signal = 'SIGTERM') =>
      new Promise((done) => {
        if (child.exitCode !== null) return done(child.exitCode);
        child.once('exit', (code) => done(code));
        child.kill(signal);
      }),
  };
}
