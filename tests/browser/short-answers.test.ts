import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FIRST_MESSAGE } from '../../src/core/replies/answer-wording';
import { COMMON_QUESTIONS } from '../fixtures/common-questions';
import { useBotInBrowser } from '../helpers/browser';

/** Screenshots of each answer as it arrived, kept for a person to look at (gitignored). */
const ARTIFACTS = resolve(__dirname, '../../artifacts/short-answers');
const PHONE = { width: 390, height: 844 };

/** Where a bot bubble's text sits in the chat area, and how many characters of it a person sees. */
function measureBubble(el: Element) {
  const content = (el.querySelector('.webchat__bubble__content') ?? el) as HTMLElement;
  const text = content.querySelector('.webchat__text-content, .markdown') as HTMLElement | null;
  const scroller = document.querySelector('.webchat__basic-transcript__scrollable') as HTMLElement | null;
  const box = (text ?? content).getBoundingClientRect();
  const view = scroller?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight };
  // The first line: the text's top plus one line of its font.
  const lineHeight = parseFloat(getComputedStyle(text ?? content).lineHeight) || 20;
  return { top: box.top, firstLineBottom: box.top + lineHeight, visibleTop: Math.max(0, view.top), bottom: Math.min(window.innerHeight, view.bottom), length: (text ?? content).innerText.trim().length };
}

const session = useBotInBrowser(ARTIFACTS);

describe('short answers on a 390x844 phone', () => {
  it('shows the first line of each of ten common answers when it arrives, each first message at most about 350 characters', async () => {
    const page = await session.browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    await page.goto(session.bot.url);
    await page.getByText(/Welcome! I.m the Sciatica Massage Guide/).first().waitFor({ timeout: 20_000 });
    const input = page.locator('[data-id="webchat-sendbox-input"], input[aria-label], textarea').first();
    const results: { question: string; top: number; visibleTop: number; bottom: number; length: number }[] = [];

    for (const [n, [question, heading]] of COMMON_QUESTIONS.entries()) {
      const before = await page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').count();
      await input.fill(question);
      await input.press('Enter');
      // The answer's bubble: the newest bot bubble naming its source.
      const bubble = page.locator('.webchat__bubble:not(.webchat__bubble--from-user)', { hasText: `From: ${heading === COMMON_QUESTIONS[6]![1] ? '“' : heading}` }).last();
      await page.waitForFunction((count) => document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)').length > count, before, { timeout: 15_000 });
      await bubble.waitFor({ timeout: 15_000 });
      // Let Web Chat's scroll to the newest message finish, as a person's eye would.
      await page.waitForTimeout(700);
      const measured = await bubble.evaluate(measureBubble);
      await page.screenshot({ path: resolve(ARTIFACTS, `${String(n + 1).padStart(2, '0')}-${question.replace(/[^a-z0-9]+/gi, '-').replace(/-+$/, '')}.png`) });
      results.push({ question, top: measured.top, visibleTop: measured.visibleTop, bottom: measured.bottom, length: measured.length });
      expect(measured.top, `the first line of the answer to "${question}" is above the chat area`).toBeGreaterThanOrEqual(measured.visibleTop - 1);
      expect(measured.firstLineBottom, `the first line of the answer to "${question}" is below the chat area`).toBeLessThanOrEqual(measured.bottom + 1);
      expect(measured.length, `the answer to "${question}" is ${measured.length} characters on screen`).toBeLessThanOrEqual(MAX_FIRST_MESSAGE);
    }
    expect(results).toHaveLength(10);
    writeFileSync(resolve(ARTIFACTS, 'measurements.json'), `${JSON.stringify(results, null, 2)}\n`);
    await page.close();
  }, 180_000);

  it('"Show the whole section" gives the full section in the browser too', async () => {
    const page = await session.browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    await page.goto(session.bot.url);
    await page.getByText(/Welcome! I.m the Sciatica Massage Guide/).first().waitFor({ timeout: 20_000 });
    const input = page.locator('[data-id="webchat-sendbox-input"], input[aria-label], textarea').first();
    await input.fill('how long should I use a body massager?');
    await input.press('Enter');
    await page.getByText('Enjoy for up to ten minutes per session', { exact: false }).first().waitFor({ timeout: 15_000 });
    await expect(page.getByText('Have a seat in a chair or on a couch with a high back.').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Show the whole section' }).last().click();
    await page.getByText('Have a seat in a chair or on a couch with a high back.').first().waitFor({ timeout: 15_000 });
    // The same measure reads the whole section as longer than a first message may be: it measures what is there.
    const whole = await page.locator('.webchat__bubble', { hasText: 'Have a seat in a chair' }).last().evaluate(measureBubble);
    expect(whole.length).toBeGreaterThan(MAX_FIRST_MESSAGE);
    await page.screenshot({ path: resolve(ARTIFACTS, 'whole-section.png') });
    await page.close();
  }, 60_000);
});
