import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const FIXTURE = resolve(__dirname, '../fixtures/events.jsonl');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('npm run report', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'report-')), 'report.html');
  const terminal = execFileSync(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/report.ts', '--events', FIXTURE, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
  });

  it('prints a short summary in the terminal', () => {
    expect(terminal).toContain('16 questions: 9 answered, 1 "did you mean", 3 not answered, 2 safety, 1 small talk.');
    expect(terminal).toContain('2x  what stretches help sciatica');
    expect(terminal).toContain('(1 lines of');
  });

  it('writes a self-contained HTML file with the figures', () => {
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/<b id="total">16<\/b>/);
    expect(html).toMatch(/<b id="answered">9<\/b>/);
    expect(html).toMatch(/<b id="fallback">3<\/b>/);
    expect(html).toContain('what stretches help sciatica<br>which stretches help with sciatica');
    expect(html).toMatch(/<tr><td>Try a Body Massager<\/td><td>1<\/td><td>1<\/td><\/tr>/);
    expect(html).toContain('<li>The Takeaway on Massage Therapy and Sciatica</li>');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3)/);
  });

  it('renders in Chromium', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM} (.ci/run installs it).`);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
    try {
      const page = await browser.newPage({ viewport: { width: 960, height: 1200 } });
      await page.goto(`file://${out}`);
      await expect(page.getByRole('heading', { name: 'What people asked the Sciatica Massage Guide' }).isVisible()).resolves.toBe(true);
      expect(await page.locator('svg[aria-label="Outcomes"] rect').count()).toBe(5);
      mkdirSync(resolve(ROOT, 'artifacts'), { recursive: true });
      await page.screenshot({ path: resolve(ROOT, 'artifacts/report.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  }, 60_000);
});
