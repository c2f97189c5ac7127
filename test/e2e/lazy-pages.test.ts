import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RENDERER_DIR, screenshot, type HygieSession } from '../support/browser-harness.ts';
import { initialScripts } from '../support/built-renderer.ts';
import { harnessPerFile, heading, messages, SAMPLE_PRACTICE, type Lang } from './setup-fixtures.ts';

// The renderer starts with the dashboard and the French texts only (issue 19 item 5): every
// other page, the English texts and the gate's screens are chunks loaded when first needed,
// served by the same app:// handler under the same strict CSP (the harness serves the build as
// the protocol does, and counts a CSP refusal as a console error). Here, in both languages:
// what the window asks for at start, that each page's chunk comes when the page is opened, that
// English never shows a French word first (nor French an English one), and that the loading line
// shows for a page whose code is slow to come, never for one that comes at once.

const files = harnessPerFile();
const PAGES = ['staff', 'breaches', 'passwords', 'mfa', 'walkthrough', 'reports', 'settings'] as const;
const PAGE_CHUNK: Record<(typeof PAGES)[number], RegExp> = {
  staff: /\/assets\/StaffPage-[\w-]+\.js$/u,
  breaches: /\/assets\/BreachesPage-[\w-]+\.js$/u,
  passwords: /\/assets\/PasswordsPage-[\w-]+\.js$/u,
  mfa: /\/assets\/MfaPage-[\w-]+\.js$/u,
  walkthrough: /\/assets\/WalkthroughPage-[\w-]+\.js$/u,
  reports: /\/assets\/ReportsPage-[\w-]+\.js$/u,
  settings: /\/assets\/SettingsPage-[\w-]+\.js$/u,
};
const ENGLISH_CHUNK = /\/assets\/messages\.en-[\w-]+\.js$/u;
const OTHER: Record<Lang, Lang> = { fr: 'en', en: 'fr' };

/** A session with a practice, not yet reloaded into the app: what it loads is recorded from the reload on. */
async function sessionWithPractice(language: Lang): Promise<HygieSession> {
  const session = await files.harness.open({ locale: language === 'fr' ? 'fr-FR' : 'en-GB' });
  files.sessions.push(session);
  const saved = await session.router.call('practice.save', SAMPLE_PRACTICE);
  expect(saved.ok).toBe(true);
  return session;
}

/** The scripts the page asks for, by URL path, from now on. */
function recordScripts(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) asked.push(path);
  });
  return asked;
}

/** Every text the page has shown since it loaded (each change of the DOM's text, recorded as it happens). */
async function recordTexts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __shownTexts: string[] }).__shownTexts = seen;
    new MutationObserver(() => {
      const text = document.body?.innerText;
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

const shownTexts = (page: Page) => page.evaluate(() => (window as unknown as { __shownTexts: string[] }).__shownTexts);

function nav(page: Page, language: Lang, id: (typeof PAGES)[number] | 'dashboard') {
  return page.getByRole('navigation').getByRole('link', { name: messages[language].nav[id], exact: true });
}

describe('pages loaded lazily under the strict CSP', () => {
  for (const language of ['fr', 'en'] as const) {
    it(`starts with the dashboard alone and loads each page when it opens (${language}), with no console error`, async () => {
      const session = await sessionWithPractice(language);
      const { page } = session;
      const asked = recordScripts(page);
      await recordTexts(page);
      await page.reload();
      await expect.poll(() => heading(page)).toBe(messages[language].pages.dashboard.title);

      // At start: the scripts index.html names and what they import, plus the English texts in English.
      const initial = initialScripts(RENDERER_DIR).map((path) => `/${path}`);
      const atStart = [...new Set(asked)];
      expect(atStart.filter((path) => !initial.includes(path) && !(language === 'en' && ENGLISH_CHUNK.test(path)))).toEqual([]);
      expect(atStart.some((path) => ENGLISH_CHUNK.test(path))).toBe(language === 'en');
      for (const id of PAGES) expect(atStart.some((path) => PAGE_CHUNK[id].test(path)), id).toBe(false);

      // Each page's code is fetched when the page is opened, and the page shows.
      for (const id of PAGES) {
        await nav(page, language, id).click();
        await expect.poll(() => heading(page), { message: id }).toBe(messages[language].pages[id].title);
        expect(asked.some((path) => PAGE_CHUNK[id].test(path)), id).toBe(true);
        expect(await page.evaluate(() => document.activeElement?.tagName), id).toBe('H1');
      }
      await nav(page, language, 'dashboard').click();
      await expect.poll(() => heading(page)).toBe(messages[language].pages.dashboard.title);
      // French never asks for the English texts, even after every page.
      expect(asked.some((path) => ENGLISH_CHUNK.test(path))).toBe(language === 'en');

      // Not one word of the other language was ever shown, not even before the first render in
      // this one.
      const other = messages[OTHER[language]];
      const otherWords = [other.pages.dashboard.title, other.pages.reports.title, other.nav.staff, other.nav.settings, other.layout.loadingPage];
      let texts = (await shownTexts(page)).join('\n');
      for (const word of otherWords) expect(texts).not.toContain(word);

      // Opening the app on another page than the dashboard: its code comes at once, and the
      // loading line never shows (not even for an instant).
      await page.goto(`${session.url}#/reports`);
      await page.reload();
      await expect.poll(() => heading(page)).toBe(messages[language].pages.reports.title);
      texts = (await shownTexts(page)).join('\n');
      expect(texts).toContain(messages[language].pages.reports.title);
      expect(texts).not.toContain(messages[language].layout.loadingPage);
      for (const word of otherWords) expect(texts).not.toContain(word);
      expect(session.consoleErrors).toEqual([]);
    });
  }

  it('says a page is loading when its code is slow to come, keeps the current page while moving to one, and shows it once there', async () => {
    const session = await sessionWithPractice('en');
    const { page } = session;
    // Hold the Staff and Settings pages' code until released.
    const held = new Map<RegExp, () => void>();
    for (const chunk of [PAGE_CHUNK.staff, PAGE_CHUNK.settings]) {
      const released = new Promise<void>((release) => held.set(chunk, release));
      await page.route(chunk, async (route) => {
        await released;
        await route.continue();
      });
    }
    // Opening on the Staff page: nothing of it yet, then the loading line, then the page.
    await page.goto(`${session.url}#/staff`);
    const loading = page.getByRole('status').filter({ hasText: messages.en.layout.loadingPage });
    await loading.waitFor();
    await page.getByRole('navigation').waitFor();
    await screenshot(page, 'en-page-loading');
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(0);
    held.get(PAGE_CHUNK.staff)!();
    await expect.poll(() => heading(page)).toBe(messages.en.pages.staff.title);
    expect(await loading.count()).toBe(0);

    // Moving to Settings while its code is held: the Staff page stays, no loading line, until it comes.
    const asked = page.waitForRequest(PAGE_CHUNK.settings);
    await nav(page, 'en', 'settings').click();
    await asked;
    expect(await heading(page)).toBe(messages.en.pages.staff.title);
    expect(await loading.count()).toBe(0);
    held.get(PAGE_CHUNK.settings)!();
    await expect.poll(() => heading(page)).toBe(messages.en.pages.settings.title);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(session.consoleErrors).toEqual([]);
  });
});
