import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../src/tools/check-knowledge';
import { EVALUATION_TEXTS } from '../fixtures/evaluation-texts';

const ROOT = resolve(__dirname, '../..');
const KNOWLEDGE = join(ROOT, 'knowledge');

function knowledgeCopy(editSidecar: (yaml: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-check-'));
  cpSync(KNOWLEDGE, dir, { recursive: true });
  const sidecar = join(dir, 'massage-for-sciatica-pain.qna.yml');
  writeFileSync(sidecar, editSidecar(readFileSync(sidecar, 'utf8')));
  return dir;
}

const runCheck = (folder: string) => {
  try {
    return { code: 0, out: execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/kb-check.ts', folder], { cwd: ROOT, encoding: 'utf8' }) };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout + e.stderr };
  }
};

describe('npm run kb:check', () => {
  it('passes on the knowledge base as it stands', () => {
    const check = checkKnowledge(KNOWLEDGE);
    expect(check.problems).toEqual([]);
    expect(check.collisions).toEqual([]);
    expect(check.questions).toBeGreaterThan(100);
  });

  it('catches a planted collision, with both scores, and exits non-zero', () => {
    // The Body Massager section's question, filed under Causes as well: one copy must lose.
    const folder = knowledgeCopy((yaml) => yaml.replace('      - What causes sciatica?\n', '      - What causes sciatica?\n      - How long should I use a massager?\n'));
    const check = checkKnowledge(folder);
    expect(check.collisions).toEqual([expect.objectContaining({ question: 'How long should I use a massager?' })]);
    const { code, out } = runCheck(folder);
    expect(code).toBe(1);
    expect(out).toMatch(/COLLISION {2}"How long should I use a massager\?" \(a question of "[^"]+", score \d\.\d\d\) lands on "[^"]+" \(score \d\.\d\d\)/);
  });

  it('reports a section with no alternate questions', () => {
    const folder = knowledgeCopy((yaml) => yaml.replace(/ {2}- heading: The Takeaway on Massage Therapy and Sciatica\n {4}questions:\n( {6}- .*\n)+/, '  - heading: The Takeaway on Massage Therapy and Sciatica\n'));
    expect(checkKnowledge(folder).problems).toEqual([
      expect.objectContaining({ section: 'The Takeaway on Massage Therapy and Sciatica', problem: expect.stringContaining('no alternate questions') }),
    ]);
  });

  it('reports a question filed under two answers in the example files', () => {
    const folder = knowledgeCopy((yaml) => yaml);
    writeFileSync(join(folder, 'examples', 'zz-from-the-logs.yml'), 'answered:\n  Causes of Sciatica Pain:\n    - how many minutes with the massager\nnot-covered:\n  - how many minutes with the massager\n');
    expect(checkKnowledge(folder).problems).toEqual([
      expect.objectContaining({ file: 'examples/zz-from-the-logs.yml', problem: expect.stringMatching(/files "how many minutes with the massager" under not-covered, but examples\/zz-from-the-logs\.yml files it under "Causes of Sciatica Pain"/) }),
    ]);
  });

  it('finds no evaluation question among the training data', () => {
    expect(checkKnowledge(KNOWLEDGE, EVALUATION_TEXTS).overlaps).toEqual([]);
  });

  it('fails when an evaluation question is copied into the examples, naming both places', () => {
    const folder = knowledgeCopy((yaml) => yaml);
    const scored = EVALUATION_TEXTS.find((e) => e.set === 'labelled set')!;
    writeFileSync(join(folder, 'examples', 'zz-from-the-logs.yml'), `not-covered:\n  - ${JSON.stringify(scored.text.toUpperCase())}\n`);
    expect(checkKnowledge(folder, EVALUATION_TEXTS).overlaps).toEqual([{ set: 'labelled set', text: scored.text, trainedIn: 'examples/zz-from-the-logs.yml' }]);
    const { code, out } = runCheck(folder);
    expect(code).toBe(1);
    expect(out).toContain(`OVERLAP  "${scored.text}" is scored in labelled set and learned from in examples/zz-from-the-logs.yml`);
  });

  it('names the file and problem of a malformed knowledge file', () => {
    const { code, out } = runCheck(knowledgeCopy(() => 'sections: [broken'));
    expect(code).toBe(1);
    expect(out).toContain('massage-for-sciatica-pain.qna.yml: is not valid YAML');
  });
});
