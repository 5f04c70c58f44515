import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const chat = (input: string, ...args: string[]) =>
  execFileSync(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/chat.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });

describe('npm run chat, driven through a pipe', () => {
  it('answers a question from the article', () => {
    const out = chat('how long should I use a body massager?\n');
    expect(out).toContain('bot> If you want an effortless massage at home');
    expect(out).toContain('From: Try a Body Massager');
  });

  it('runs the risk dialog and shows the matched section and score with --explain', () => {
    const out = chat("what causes sciatica\nI'm pregnant\n", '--explain');
    expect(out).toMatch(/\[best sections\]\n {4}\d\.\d{3} {2}Causes of Sciatica Pain/);
    expect(out).toMatch(/\[most similar example questions\]\n {4}\d\.\d{3} {2}Causes of Sciatica Pain {2}<- "[^"]+"/);
    expect(out).toContain('[safety: check-first (pregnancy)]');
    expect(out).toContain('certified prenatal massage therapist');
  });
});
