import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBotInBrowser } from '../helpers/browser';
import { spawnBot } from '../helpers/spawn-bot';

/** Screenshots for a person to look at (gitignored). */
const ARTIFACTS = resolve(__dirname, '../../artifacts/widget');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const EVENTS = join(mkdtempSync(join(tmpdir(), 'widget-events-')), 'events.jsonl');
const AXE = readFileSync(resolve(__dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

const session = useBotInBrowser(ARTIFACTS, { EVENTS_FILE: EVENTS });

const WELCOME = /Welcome! I.m the Sciatica Massage Guide/;
const input = (page: Page) => page.locator('[data-id="webchat-sendbox-input"], input[aria-label], textarea').first();

async function ask(page: Page, question: string, answerText: string | RegExp) {
  await input(page).fill(question);
  await input(page).press('Enter');
  await page.getByText(answerText).last().waitFor({ timeout: 20_000 });
}

/** A phone-sized page (or `page`) on the web chat at `url`, once the welcome is shown. */
async function openChat(url = session.bot.url, page?: Page): Promise<Page> {
  const opened = page ?? (await session.browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true }));
  await opened.goto(url);
  await opened.getByText(WELCOME).first().waitFor({ timeout: 20_000 });
  return opened;
}

/** The events the bot has written so far (they are written in batches of 200 ms). */
async function events(): Promise<{ kind: string; [key: string]: unknown }[]> {
  await new Promise((r) => setTimeout(r, 600));
  return existsSync(EVENTS) ? readFileSync(EVENTS, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
}

describe('feedback once per answer, in the browser', () => {
  it('shows the choice and stops offering it; one compact row on a phone; Not helpful asks once what was missing', async () => {
    const page = await openChat();
    await ask(page, 'how long should I use a body massager?', 'Enjoy for up to ten minutes per session');

    const row = page.locator('.feedback').last();
    await page.screenshot({ path: resolve(ARTIFACTS, 'feedback-row-phone.png') });
    const box = (await row.boundingBox())!;
    // One row: the prompt and both buttons side by side, about one button high.
    expect(box.height).toBeLessThanOrEqual(56);

    await row.getByRole('button', { name: 'Helpful', exact: true }).click();
    await page.getByText('You said this answer was helpful. Thank you.').waitFor({ timeout: 10_000 });
    await page.getByText('Thanks for letting me know').first().waitFor({ timeout: 15_000 });
    await expect(page.locator('.feedback').last().getByRole('button').count()).resolves.toBe(0);
    expect((await events()).filter((e) => e.kind === 'feedback')).toHaveLength(1);

    await ask(page, 'what causes sciatica?', 'From: Causes of Sciatica Pain');
    await page.locator('.feedback').last().getByRole('button', { name: 'Not helpful' }).click();
    const missing = page.getByLabel('What was missing? (optional)');
    await missing.waitFor({ timeout: 10_000 });
    await missing.fill('whether it can come back, write to me at pat@example.com');
    await page.getByRole('button', { name: 'Send feedback', exact: true }).click();
    await page.locator('p', { hasText: 'Thank you, that tells the people' }).first().waitFor({ timeout: 15_000 });
    await expect(page.locator('p', { hasText: 'Thank you, that tells the people' }).count()).resolves.toBe(1);
    await expect(page.getByLabel('What was missing? (optional)').count()).resolves.toBe(0);
    await page.screenshot({ path: resolve(ARTIFACTS, 'feedback-done-phone.png') });

    const written = await events();
    expect(written.filter((e) => e.kind === 'feedback')).toHaveLength(2);
    expect(written.filter((e) => e.kind === 'feedback-comment')).toEqual([expect.objectContaining({ text: 'whether it can come back, write to me at [email]' })]);

    // After a reload the answers still show the choices made, with nothing more to click.
    await page.reload();
    await page.getByText('You said this answer was not helpful. Thank you.').waitFor({ timeout: 20_000 });
    await expect(page.locator('.feedback').getByRole('button').count()).resolves.toBe(0);
    await page.close();
  }, 120_000);
});

describe('fallback wording and reaching help, in the browser', () => {
  it('a red flag gets tap-to-call buttons; something far from health gets the plain reply with every topic a button', async () => {
    const page = await openChat();
    await ask(page, "I suddenly can't control my bladder", 'Please get emergency medical help now');
    for (const n of ['999', '112', '911']) await expect(page.getByRole('button', { name: `Call ${n}` }).last().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: resolve(ARTIFACTS, 'emergency-tap-to-call.png') });

    await ask(page, 'whats the weather', /^I only know about massage for sciatica, so I can.t help with that\./);
    await expect(page.locator('p', { hasText: "I only know about massage for sciatica" }).last().evaluate((p) => p.closest('.webchat__bubble')?.textContent ?? '')).resolves.not.toMatch(/doctor/);
    for (const topic of ['What causes sciatica?', 'How does massage help sciatica?', 'Are there any risks to massage for sciatica?', 'How to massage at home?', "What's the bottom line on massage for sciatica?"]) {
      await expect(page.getByRole('button', { name: topic }).last().isVisible()).resolves.toBe(true);
    }
    await page.getByRole('button', { name: 'How does massage help sciatica?' }).last().click();
    await page.locator('p', { hasText: 'From: How Does Massage Help Sciatica?' }).last().waitFor({ timeout: 20_000 });
    await page.screenshot({ path: resolve(ARTIFACTS, 'fallback-topics.png') });
    await page.close();
  }, 120_000);
});

describe('the conversation survives', () => {
  it('a reload resumes the same conversation, the risk dialog included, without a second welcome', async () => {
    const page = await openChat();
    await ask(page, "I'm pregnant, is massage ok for my sciatica?", 'One more question, because these are easy to miss');

    await page.reload();
    // The earlier turns are back, and the dialog still waits for its answer.
    await page.locator('p', { hasText: 'One more question, because these are easy to miss' }).first().waitFor({ timeout: 20_000 });
    await expect(page.locator('p', { hasText: WELCOME }).count()).resolves.toBe(1);
    await ask(page, 'No', 'Thank you. If any of those ever start');
    await expect(page.locator('#webchat-status').isVisible()).resolves.toBe(false);
    await page.screenshot({ path: resolve(ARTIFACTS, 'resumed-after-reload.png') });
    await page.close();
  }, 120_000);

  it('after a server restart the open page starts a new conversation and says so, instead of "Send failed"; so does a reload', async () => {
    const bot = await spawnBot();
    const port = new URL(bot.url).port;
    const page = await session.browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    try {
      await openChat(bot.url, page);
      await ask(page, 'what causes sciatica?', 'From: Causes of Sciatica Pain');

      await bot.stop();
      const again = await spawnBot({ PORT: port });
      try {
        await input(page).fill('how does massage help sciatica?');
        await input(page).press('Enter');
        await page.getByText('Your earlier conversation could not be continued').waitFor({ timeout: 30_000 });
        await page.getByText('From: How Does Massage Help Sciatica?').last().waitFor({ timeout: 30_000 });
        await expect(page.getByText('Send failed').count()).resolves.toBe(0);
        await page.screenshot({ path: resolve(ARTIFACTS, 'new-conversation-after-restart.png') });

        await again.stop();
        const third = await spawnBot({ PORT: port });
        try {
          await page.reload();
          await page.getByText('Your earlier conversation could not be continued').waitFor({ timeout: 30_000 });
          await page.getByText(WELCOME).first().waitFor({ timeout: 20_000 });
          await ask(page, 'what causes sciatica?', 'From: Causes of Sciatica Pain');
          await expect(page.getByText('Send failed').count()).resolves.toBe(0);
        } finally {
          await third.stop();
        }
      } finally {
        await again.stop();
      }
    } finally {
      await page.close();
      await bot.stop();
    }
  }, 180_000);
});

describe('accessibility', () => {
  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ])('axe finds nothing serious or critical on the %s page with an answer, its feedback row and suggested actions', async (name, viewport) => {
    const page = await session.browser.newPage({ viewport, ...(name === 'phone' ? { isMobile: true, hasTouch: true } : {}) });
    await page.goto(session.bot.url);
    await page.getByText(WELCOME).first().waitFor({ timeout: 20_000 });
    await ask(page, 'how long should I use a body massager?', 'Enjoy for up to ten minutes per session');
    await page.locator('.webchat__suggested-action').first().waitFor({ timeout: 10_000 });
    await page.waitForTimeout(500);
    // Run through the debugging protocol, so the page's own script policy does not apply to it.
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document);
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    await page.screenshot({ path: resolve(ARTIFACTS, `axe-${name}.png`) });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.close();
  }, 120_000);

  it("names the bot's messages by its name and reads each suggested action on its own", async () => {
    const page = await session.browser.newPage({ viewport: DESKTOP });
    await page.goto(session.bot.url);
    await page.getByText(WELCOME).first().waitFor({ timeout: 20_000 });
    // What a screen reader says before each message: the elements its aria-labelledby names.
    const names = await page.locator('[aria-labelledby]').evaluateAll((els) =>
      els.flatMap((el) => (el.getAttribute('aria-labelledby') ?? '').split(/\s+/)).map((id) => document.getElementById(id)?.textContent ?? ''),
    );
    expect(names.some((n) => n.startsWith('Sciatica Massage Guide said: Welcome!'))).toBe(true);
    expect(names.join(' ')).not.toContain('Bot SG');
    const toolbars = await page.locator('[role="toolbar"]').evaluateAll((els) => els.map((el) => el.getAttribute('aria-live')));
    expect(toolbars.length).toBeGreaterThan(0);
    expect(toolbars.every((live) => live === 'off')).toBe(true);
    // Each suggestion is its own button with its own name.
    const labels = await page.locator('.webchat__suggested-action').evaluateAll((els) => els.map((el) => el.textContent?.trim()));
    expect(labels).toEqual(['What causes sciatica?', 'How do I use a body massager?', 'Are there any risks to massage for sciatica?']);
    await page.close();
  }, 60_000);
});
