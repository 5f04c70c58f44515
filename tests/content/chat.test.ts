import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const chat = (input: string, ...args: string[]) =>
  execFileSync(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/chat.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });

describe('npm run chat, driven through a pipe', () => {
  it('answers a question from the article', () => {
    const out = chat('how long should I use a body massager?\n');
    // The short answer: the step that answers "how long", under the sentence that leads into the steps.
    expect(out).toContain('bot> Here’s how to use a body massager to relieve lower back tension:');
    expect(out).toContain('- Enjoy for up to ten minutes per session.');
    expect(out).toContain('From: Try a Body Massager');
    expect(out).toContain('options: Show the whole section |');
  });

  it('shows with --explain which sentences the short answer chose, and gives the whole section on the button\'s message', () => {
    const out = chat('how long should I use a body massager?\nShow the whole section: Try a Body Massager\n', '--explain');
    expect(out).toMatch(/\[short answer: 2 of 8 sentences and list items\]\n {4}\d+\.\d\d {2}Here’s how to use a body massager[^\n]*\n {4}\d+\.\d\d \(duration\) {2}Enjoy for up to ten minutes per session/);
    expect(out).toMatch(/bot> If you want an effortless massage at home[^]*- Have a seat in a chair[^]*- Enjoy for up to ten minutes/);
  });

  it('runs the risk dialog and shows the matched section and score with --explain', () => {
    const out = chat("what causes sciatica\nI'm pregnant\n", '--explain');
    expect(out).toMatch(/\[best sections\]\n {4}\d\.\d{3} {2}Causes of Sciatica Pain/);
    expect(out).toMatch(/\[most similar example questions\]\n {4}\d\.\d{3} {2}Causes of Sciatica Pain {2}<- "[^"]+"/);
    expect(out).toContain('[safety: check-first (pregnancy)]');
    expect(out).toContain('certified prenatal massage therapist');
  });
});
