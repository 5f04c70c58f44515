import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBotInBrowser } from '../helpers/browser';

const ARTIFACTS = resolve(__dirname, '../../artifacts');

const session = useBotInBrowser(ARTIFACTS);

describe('the web chat page in a real browser', () => {
  it('greets, answers a typed question with its source, follows a suggested action, takes feedback', async () => {
    const page = await session.browser.newPage({ viewport: { width: 480, height: 820 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const elsewhere: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(session.bot.url) && !/^(data|blob):/.test(r.url())) elsewhere.push(r.url());
    });
    await page.goto(session.bot.url);
    await expect(page.getByRole('heading', { name: 'Sciatica Massage Guide' }).isVisible()).resolves.toBe(true);
    await page.getByText('General information, not medical advice').first().waitFor();
    await page.getByText(/Welcome! I.m the Sciatica Massage Guide/).first().waitFor({ timeout: 20_000 });

    const input = page.locator('[data-id="webchat-sendbox-input"], input[aria-label], textarea').first();
    await input.fill('what causes sciatica?');
    await input.press('Enter');
    await page.getByText('From: Causes of Sciatica Pain').first().waitFor({ timeout: 15_000 });
    await expect(page.getByText('Piriformis syndrome').first().isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: 'How does massage help sciatica?' }).last().click();
    await page.getByText('From: How Does Massage Help Sciatica?').first().waitFor({ timeout: 15_000 });

    await page.getByRole('button', { name: 'Helpful', exact: true }).last().click();
    await page.getByText('Thanks for letting me know').first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: resolve(ARTIFACTS, 'webchat.png'), fullPage: true });
    expect(errors).toEqual([]);
    // Web Chat, its Direct Line and the page all come from the bot's own server: no CDN.
    expect(elsewhere).toEqual([]);
    await page.close();
  }, 60_000);

  it('fits a phone screen', async () => {
    const page = await session.browser.newPage({ viewport: { width: 375, height: 700 }, isMobile: true });
    await page.goto(session.bot.url);
    await page.getByText(/Welcome! I.m the Sciatica Massage Guide/).first().waitFor({ timeout: 20_000 });
    // The longest suggested question wraps onto two lines instead of being cut off.
    const longest = page.locator('.webchat__suggested-action__text', { hasText: 'Are there any risks to massage for sciatica?' });
    await expect(longest.isVisible()).resolves.toBe(true);
    await expect(longest.evaluate((el) => el.scrollWidth > el.clientWidth)).resolves.toBe(false);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    await page.screenshot({ path: resolve(ARTIFACTS, 'webchat-phone.png') });
    await page.close();
  }, 60_000);
});
