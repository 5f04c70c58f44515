import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBotInBrowser } from '../helpers/browser';

/** Screenshots of the walkthrough on a phone, kept for a person to look at (gitignored). */
const ARTIFACTS = resolve(__dirname, '../../artifacts/walkthrough');
const PHONE = { width: 390, height: 844 };
const BOT_BUBBLE = '.webchat__bubble:not(.webchat__bubble--from-user)';

const session = useBotInBrowser(ARTIFACTS);

describe('a guided walkthrough in the web chat page, on a 390x844 phone', () => {
  it('clicks through a whole body-massager walkthrough: the check first, every step with its buttons on screen, Back, Repeat, the closing', async () => {
    const page = await session.browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(session.bot.url);
    await page.getByText(/Welcome! I.m the Sciatica Massage Guide/).first().waitFor({ timeout: 20_000 });
    const input = page.locator('[data-id="webchat-sendbox-input"], input[aria-label], textarea').first();
    await input.fill('step by step how do I use the massager');
    await input.press('Enter');
    await page.getByText('avoid massaging directly over your spine', { exact: false }).first().waitFor({ timeout: 15_000 });
    const click = async (name: string, then: string | RegExp) => {
      await page.getByRole('button', { name, exact: true }).last().click();
      await page.locator(BOT_BUBBLE, { hasText: then }).last().waitFor({ timeout: 15_000 });
      // Let Web Chat's scroll to the newest message finish, as a person's eye would.
      await page.waitForTimeout(400);
    };
    await click('None of these', 'Step 1 of 7');
    for (let step = 2; step <= 7; step++) {
      await click('Next', `Step ${step} of 7`);
      const bubble = page.locator(BOT_BUBBLE, { hasText: `Step ${step} of 7` }).last();
      await expect(bubble.isVisible()).resolves.toBe(true);
      // The buttons are on screen under the step, not scrolled away.
      for (const name of ['Next', 'Stop']) {
        const box = await page.getByRole('button', { name, exact: true }).last().boundingBox();
        expect(box!.y + box!.height, `the ${name} button of step ${step}`).toBeLessThanOrEqual(PHONE.height - 52);
      }
      if (step === 4) {
        await expect(page.getByRole('button', { name: 'Time 3 minutes' }).last().isVisible()).resolves.toBe(true);
        await page.screenshot({ path: resolve(ARTIFACTS, 'step-4-of-7-phone.png') });
      }
    }
    await click('Back', 'Step 6 of 7');
    await click('Repeat', 'Step 6 of 7');
    await click('Next', 'Step 7 of 7');
    await click('Next', 'all the steps of');
    await expect(page.getByText('Was this answer helpful?').last().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: resolve(ARTIFACTS, 'closing-phone.png') });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
