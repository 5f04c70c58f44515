import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
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
export function spawnBot(env: Record<string, string> = {}, compiled = false): Promise<SpawnedBot> {
  // One process (tsx as a loader, not its CLI wrapper), so its pid and memory are the bot's.
  return spawnServer(compiled ? ['dist/src/index.js'] : ['--import', 'tsx', 'src/index.ts'], env);
}

/** Starts a Node server script (its arguments relative to the repo root) on a free port; waits for /healthz. */
export async function spawnServer(args: string[], env: Record<string, string> = {}): Promise<SpawnedBot> {
  const root = resolve(__dirname, '../..');
  // A PORT of the caller's keeps the address: a restarted bot where the page expects it.
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const eventsDir = mkdtempSync(join(tmpdir(), 'events-'));
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', EVENTS_FILE: join(eventsDir, 'events.jsonl'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Keep the start of the log and the last lines: a long run logs every request.
  let log = '';
  const keep = (d: Buffer) => {
    log += d;
    if (log.length > 200_000) log = `${log.slice(0, 50_000)}\n...\n${log.slice(-50_000)}`;
  };
  child.once('exit', () => rmSync(eventsDir, { recursive: true, force: true }));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  // Wait until /healthz answers, whatever the log level says.
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bot exited with ${child.exitCode}:\n${log}`);
    if (Date.now() > deadline) throw new Error(`bot did not start:\n${log}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
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

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}
