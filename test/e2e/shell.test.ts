import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../support/messages.ts';
import { ERROR_MESSAGES } from '../../electron/core/model/error-messages.ts';
import { ROOT, screenshot, startHarness, type Harness } from '../support/browser-harness.ts';
// A practice is set up first, so the app opens rather than the first-run setup (see setup-practice.test.ts).
import { chooseSettingsTab, openWithPractice } from './setup-fixtures.ts';

const PAGES = ['dashboard', 'staff', 'breaches', 'passwords', 'mfa', 'walkthrough', 'reports', 'settings'] as const;

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

function nav(page: Page) {
  return page.getByRole('navigation');
}

async function heading(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).innerText()).trim();
}

describe('the app shell in Chromium', () => {
  it('opens in French on a French computer', async () => {
    const session = await openWithPractice(harness, { locale: 'fr-FR' });
    const { page } = session;
    await expect.poll(() => heading(page)).toBe(messages.fr.pages.dashboard.title);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    for (const id of PAGES) await nav(page).getByRole('link', { name: messages.fr.nav[id], exact: true }).waitFor();
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('counts a refusal of the CSP as a console error, so "no console error" means the CSP held', async () => {
    const session = await openWithPractice(harness, { locale: 'fr-FR' });
    const { page } = session;
    await expect.poll(() => heading(page)).toBe(messages.fr.pages.dashboard.title);
    expect(session.consoleErrors).toEqual([]);
    // img-src is 'self' and data: only.
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'https://example.org/pixel.png';
      document.body.append(image);
    });
    await expect.poll(() => session.consoleErrors.join('\n')).toMatch(/^CSP violation: img-src https:\/\/example\.org\/pixel\.png/mu);
    await session.close();
  });

  it('opens in English on an English computer', async () => {
    const session = await openWithPractice(harness, { locale: 'en-GB' });
    const { page } = session;
    await expect.poll(() => heading(page)).toBe(messages.en.pages.dashboard.title);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await nav(page).getByRole('link', { name: messages.en.nav.staff, exact: true }).waitFor();
    await session.close();
  });

  for (const language of ['fr', 'en'] as const) {
    it(`reaches every page from the navigation (${language}), with no serious accessibility violation`, async () => {
      const session = await openWithPractice(harness, { locale: language === 'fr' ? 'fr-FR' : 'en-US' });
      const { page } = session;
      await expect.poll(() => heading(page)).toBe(messages[language].pages.dashboard.title);
      for (const id of PAGES) {
        const link = nav(page).getByRole('link', { name: messages[language].nav[id], exact: true });
        await link.click();
        await expect.poll(() => heading(page), { message: id }).toBe(messages[language].pages[id].title);
        expect(await link.getAttribute('aria-current'), id).toBe('page');
        // focus moves to the new page's title, so a screen reader announces it
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const serious = axe.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        expect(serious, `${language}/${id}`).toEqual([]);
        await screenshot(page, `${language}-${id}`);
      }
      // the strict CSP held: no violation, no script error on any page
      expect(session.consoleErrors).toEqual([]);
      await session.close();
    });
  }

  it('switches language in Settings and keeps it across a reload', async () => {
    const session = await openWithPractice(harness, { locale: 'fr-FR' });
    const { page } = session;
    await nav(page).getByRole('link', { name: messages.fr.nav.settings, exact: true }).click();
    await chooseSettingsTab(page, 'fr', 'language');
    await page.getByRole('radio', { name: messages.fr.settings.language.options.en, exact: true }).check();
    await expect.poll(() => heading(page)).toBe(messages.en.pages.settings.title);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('status').filter({ hasText: messages.en.settings.language.saved }).waitFor();
    // saved by the real core, in the data folder
    const saved = JSON.parse(readFileSync(join(session.dataDir, 'preferences.json'), 'utf8'));
    expect(saved).toEqual({ language: 'en' });

    await page.reload();
    await expect.poll(() => heading(page)).toBe(messages.en.pages.settings.title);
    expect(await page.getByRole('radio', { name: messages.en.settings.language.options.en, exact: true }).isChecked()).toBe(true);

    // and back to following the system (French here)
    await page.getByRole('radio', { name: messages.en.settings.language.options.system, exact: true }).check();
    await expect.poll(() => heading(page)).toBe(messages.fr.pages.settings.title);
    await page.reload();
    await expect.poll(() => heading(page)).toBe(messages.fr.pages.settings.title);
    await session.close();
  });

  it('explains a failed save in French with what to do, and keeps the previous choice', async () => {
    const session = await openWithPractice(harness, { locale: 'fr-FR' });
    const { page } = session;
    await nav(page).getByRole('link', { name: messages.fr.nav.settings, exact: true }).click();
    await chooseSettingsTab(page, 'fr', 'language');
    await page.getByRole('radio', { name: messages.fr.settings.language.options.fr, exact: true }).click();
    await page.getByRole('status').filter({ hasText: messages.fr.settings.language.saved }).waitFor();
    // Something in the way of the file the core writes (works whatever the user's rights).
    mkdirSync(join(session.dataDir, `preferences.json.${process.pid}.tmp`));

    await page.getByRole('radio', { name: messages.fr.settings.language.options.en, exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(ERROR_MESSAGES['preferences-unwritable'].message.fr);
    expect(await alert.innerText()).toContain(ERROR_MESSAGES['preferences-unwritable'].action.fr);
    // still French, the saved choice still checked, the file still says French
    expect(await heading(page)).toBe(messages.fr.pages.settings.title);
    expect(await page.getByRole('radio', { name: messages.fr.settings.language.options.fr, exact: true }).isChecked()).toBe(true);
    expect(JSON.parse(readFileSync(join(session.dataDir, 'preferences.json'), 'utf8'))).toEqual({ language: 'fr' });
    await screenshot(page, 'fr-settings-save-failed');
    await session.close();
  });

  it('lets a keyboard user skip straight to the content', async () => {
    const session = await openWithPractice(harness, { locale: 'fr-FR' });
    const { page } = session;
    await expect.poll(() => heading(page)).toBe(messages.fr.pages.dashboard.title);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: messages.fr.app.skipToContent, exact: true });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await session.close();
  });
});
