import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHECK_FIRST,
  CRISIS,
  EMERGENCY,
  HARMLESS,
  LABELLED_BY_VOICE,
  URGENT,
  readLabelledFolder,
} from '../../src/core/safety/labelled-messages';
import { HELD_OUT_SAFETY, HELD_OUT_SAFETY_BY_VOICE } from '../fixtures/safety-held-out';

const FOLDER = resolve(__dirname, '../../knowledge/safety/labelled');
const HELD_OUT = resolve(__dirname, '../fixtures/safety-held-out');

function folderWith(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'labelled-'));
  writeFileSync(join(dir, '99-bad.yml'), content);
  return dir;
}

describe('the labelled safety messages (knowledge/safety/labelled)', () => {
  it('are one file per batch, each opening with its provenance', () => {
    const files = readdirSync(FOLDER).filter((f) => f.endsWith('.yml')).sort();
    expect(LABELLED_BY_VOICE.map((v) => v.voice)).toEqual(files);
    for (const file of files) expect(readFileSync(join(FOLDER, file), 'utf8')).toMatch(/^# provenance: \S/);
  });

  it('are the levels\' arrays, batch after batch in file order', () => {
    const all = LABELLED_BY_VOICE.flatMap((v) => v.messages);
    expect(all.filter((m) => m.level === 'emergency').map((m) => m.text)).toEqual(EMERGENCY);
    expect(all.filter((m) => m.level === 'urgent').map((m) => m.text)).toEqual(URGENT);
    expect(all.filter((m) => m.level === 'crisis').map((m) => m.text)).toEqual(CRISIS);
    expect(all.filter((m) => m.level === 'check-first').map((m) => [m.text, m.conditions])).toEqual(CHECK_FIRST);
    expect(all.filter((m) => m.level === 'none').map((m) => m.text)).toEqual(HARMLESS);
    expect(all.length).toBe(EMERGENCY.length + URGENT.length + CRISIS.length + CHECK_FIRST.length + HARMLESS.length);
  });

  it.each([
    ['an unknown level', 'emergncy:\n  - both legs numb\n', /99-bad\.yml: unknown level "emergncy"/],
    ['an unknown key', 'check-first:\n  - {text: pregnant, conditions: [pregnancy], note: x}\n', /99-bad\.yml: check-first\[0\]: unknown key "note"/],
    ['an unknown condition', 'check-first:\n  - {text: pregnant, conditions: [pregnant]}\n', /99-bad\.yml: check-first\[0\]: unknown condition "pregnant"/],
    ['missing conditions', 'check-first:\n  - {text: pregnant}\n', /99-bad\.yml: check-first\[0\]: expected conditions/],
    ['a message that is not text', 'none:\n  - 42\n', /99-bad\.yml: none\[0\]: expected the message's text/],
    ['a level that is not a list', 'urgent: fever and back pain\n', /99-bad\.yml: urgent: expected a list/],
  ])('refuse a file with %s, naming the file', (_, content, error) => {
    expect(() => readLabelledFolder(folderWith(content))).toThrow(error);
  });
});

describe('the held-out safety messages (tests/fixtures/safety-held-out)', () => {
  it('are one JSON file per batch, each with its provenance', () => {
    expect(HELD_OUT_SAFETY_BY_VOICE.map((v) => v.voice)).toEqual(readdirSync(HELD_OUT).filter((f) => f.endsWith('.json')).sort());
    for (const { provenance } of HELD_OUT_SAFETY_BY_VOICE) expect(provenance).toMatch(/^Batch Z[C-Z]: /);
    expect(HELD_OUT_SAFETY).toEqual(HELD_OUT_SAFETY_BY_VOICE.flatMap((v) => v.messages.map((m) => [m.text, m.level])));
  });
});
