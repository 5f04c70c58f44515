import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

// Proves the benchmark runs end to end; timings are reported, never asserted.
describe('npm run bench -- --quick', () => {
  it('prints the table and writes the JSON results', () => {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'ignore' });
    const out = execFileSync(process.execPath, ['--expose-gc', resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'bench/run-bench.ts', '--quick'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toMatch(/\| match, real KB p99 +\| [\d.]+ ms/);
    expect(out).toMatch(/\| 1000 sections: match p50 \/ p99/);
    expect(out).toMatch(/\| HTTP repeated questions \(\d+, cached\): bot \/ echo req\/s.* +\| \d+% \(\d+%\)/);
    expect(out).toMatch(/\| HTTP distinct questions \(uncached\): bot \/ echo req\/s.* +\| \d+% \(\d+%\)/);
    expect(out).toMatch(/\| first answer, production build, no cache dir .*\| [\d.]+ s/);
    expect(readFileSync(resolve(ROOT, 'bench/results/latest-quick.md'), 'utf8')).toMatch(/^Benchmark .* on \d+ x /);
    const json = JSON.parse(readFileSync(resolve(ROOT, 'bench/results/latest-quick.json'), 'utf8'));
    expect(json.machine.quick).toBe(true);
    expect(json.rows.length).toBeGreaterThan(10);
  }, 300_000);
});
