/**
 * `tsx bench/heap-summary.ts`: what holds the memory of an idle bot. Starts the compiled build
 * in this process's child with --heapsnapshot-signal, waits until it answers, takes a heap
 * snapshot, and prints the self size by constructor (the top of what docs/performance.md
 * summarises), with the process's RSS beside it.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawnServer } from '../tests/helpers/spawn-bot';
import { rssBytes } from './workloads';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: (string[] | string)[] } };
  nodes: number[];
  strings: string[];
}

async function main() {
  const root = resolve(__dirname, '..');
  const snapshots = () => readdirSync(root).filter((f) => f.endsWith('.heapsnapshot'));
  const bot = await spawnServer(['--heapsnapshot-signal=SIGUSR2', 'dist/src/index.js'], { NODE_ENV: 'production', LOG_LEVEL: 'warn' });
  try {
    await new Promise((r) => setTimeout(r, 3000));
    const rss = rssBytes(bot.process.pid!);
    const before = new Set(snapshots());
    bot.process.kill('SIGUSR2');
    // Written in the bot's working directory (the project root); read once its size stops growing.
    let file: string | undefined;
    let size = -1;
    for (let i = 0; i < 600; i++) {
      await new Promise((r) => setTimeout(r, 500));
      file ??= snapshots().find((f) => !before.has(f));
      if (!file) continue;
      const now = statSync(resolve(root, file)).size;
      if (now > 0 && now === size) break;
      size = now;
    }
    if (!file) throw new Error('no heap snapshot written');
    const path = resolve(root, file);
    const snap = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
    rmSync(path);
    const fields = snap.snapshot.meta.node_fields;
    const types = snap.snapshot.meta.node_types[0] as string[];
    const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
    const bySize = new Map<string, { size: number; count: number }>();
    let total = 0;
    for (let i = 0; i < snap.nodes.length; i += fields.length) {
      const type = types[snap.nodes[i + typeAt!]!]!;
      const name = type === 'object' || type === 'closure' ? snap.strings[snap.nodes[i + nameAt!]!]! : `(${type})`;
      const size = snap.nodes[i + sizeAt!]!;
      total += size;
      const entry = bySize.get(name) ?? { size: 0, count: 0 };
      entry.size += size;
      entry.count += 1;
      bySize.set(name, entry);
    }
    console.log(`RSS ${(rss / 2 ** 20).toFixed(1)} MB; JS heap in the snapshot ${(total / 2 ** 20).toFixed(1)} MB\n`);
    console.log('| what (constructor or kind) | objects | self size |\n| --- | --- | --- |');
    for (const [name, { size, count }] of [...bySize].sort((a, b) => b[1].size - a[1].size).slice(0, 20)) {
      console.log(`| ${name.slice(0, 60)} | ${count.toLocaleString('en')} | ${(size / 2 ** 20).toFixed(1)} MB |`);
    }
  } finally {
    await bot.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
