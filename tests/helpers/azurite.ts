import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './spawn-bot';

/** Azurite's well-known development account (public, documented; not a secret). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  connectionString: string;
  start(): Promise<void>;
  /** Stops the service and keeps its data (a later start() carries on). */
  stop(): Promise<void>;
  /** Stops it and deletes its data. */
  dispose(): Promise<void>;
}

/** Azurite's blob service from node_modules on 127.0.0.1, with its data in a temp folder; restartable. */
export async function createAzurite(): Promise<Azurite> {
  const port = await freePort();
  const location = mkdtempSync(join(tmpdir(), 'azurite-'));
  let child: ChildProcess | undefined;
  const azurite: Azurite = {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};BlobEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`,
    async start() {
      const bin = resolve(__dirname, '../../node_modules/azurite/dist/src/blob/main.js');
      child = spawn(process.execPath, [bin, '--blobHost', '127.0.0.1', '--blobPort', String(port), '--location', location, '--skipApiVersionCheck', '--disableTelemetry', '--silent'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let log = '';
      child.stdout!.on('data', (d) => (log += d));
      child.stderr!.on('data', (d) => (log += d));
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        try {
          await fetch(`http://127.0.0.1:${port}/${DEV_ACCOUNT}?comp=list`);
          return;
        } catch {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      throw new Error(`Azurite did not start:\n${log}`);
    },
    async stop() {
      if (!child || child.exitCode !== null) return;
      await new Promise<void>((done) => {
        child!.once('exit', () => done());
        child!.kill('SIGKILL');
      });
    },
    async dispose() {
      await azurite.stop();
      rmSync(location, { recursive: true, force: true });
    },
  };
  return azurite;
}
