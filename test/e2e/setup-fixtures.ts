import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { PracticeInput } from '../../electron/core/model/schemas/practice.ts';
import { ARTEFACTS_DIR, ROOT, startHarness, type Harness, type HygieSession, type OpenOptions } from '../support/browser-harness.ts';
import { startFakeHibp, type FakeHibp } from '../support/fake-hibp.ts';

// Shared by the setup, store and settings end-to-end tests: the texts, a practice, and the
// helpers that fill the practice form or skip it.

import { messages, type Lang } from '../support/messages.ts';

export { messages, type Lang, type Messages } from '../support/messages.ts';

export const SAMPLE_PRACTICE: PracticeInput = {
  name: 'Cabinet médical du Parc',
  address: { street: '12 rue des Tilleuls', postalCode: '69003', city: 'Lyon' },
  profession: 'general-practice',
  finess: '690012345',
  emailDomain: 'cabinet-du-parc.fr',
  referent: { name: 'Dr Claire Martin', email: 'claire.martin@cabinet-du-parc.fr', phone: '04 78 00 00 00' },
  policy: 'cnil-2022',
};

/** French texts carry no-break spaces (« : »): compare as a reader sees them. */
export function norm(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/gu, ' ').trim();
}

/** A message with its {{placeholders}} filled in (plurals and formats ignored), as the page shows it. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)(?:, \w+)?\}\}/gu, (_, key: string) => String(values[key] ?? ''));
}

export async function heading(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).innerText()).trim();
}

export interface FileHarness {
  /** Started before the file's first test. */
  readonly harness: Harness;
  /** Closed after each test, so a failed test leaves nothing open for the next. */
  sessions: HygieSession[];
  /** Fake servers, closed after each test once its sessions are. */
  fakes: { close(): Promise<void> }[];
}

/** One browser harness for the whole test file, and what each test opens closed after it. */
export function harnessPerFile(): FileHarness {
  let harness: Harness | undefined;
  const sessions: HygieSession[] = [];
  const fakes: { close(): Promise<void> }[] = [];
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterEach(async () => {
    for (const session of sessions.splice(0)) await session.close();
    for (const fake of fakes.splice(0)) await fake.close();
  });
  afterAll(async () => {
    await harness?.close();
  });
  return {
    get harness() {
      if (!harness) throw new Error('the harness starts in beforeAll');
      return harness;
    },
    sessions,
    fakes,
  };
}

/** A fake HIBP on loopback, closed after the test with the file's other fakes. */
export async function fakeHibp(files: FileHarness): Promise<FakeHibp> {
  const started = await startFakeHibp();
  files.fakes.push(started);
  return started;
}

/** A session whose store already holds SAMPLE_PRACTICE: the app opens, not the setup screen. */
export async function openWithPractice(harness: Harness, options: OpenOptions): Promise<HygieSession> {
  const session = await harness.open(options);
  const saved = await session.router.call('practice.save', SAMPLE_PRACTICE);
  expect(saved.ok, JSON.stringify(saved)).toBe(true);
  await session.page.reload();
  return session;
}

/** A call straight to the session's router, unwrapped: for arranging data and reading the store's view. */
export async function callCore<T>(session: HygieSession, name: string, input?: unknown): Promise<T> {
  const result = await session.router.call(name, input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

/** A tab of Settings, chosen as a user would (react-aria Tabs; the tab goes in the address). */
export async function chooseSettingsTab(page: Page, lang: Lang, tab: 'practice' | 'language' | 'journal' | 'provider'): Promise<void> {
  const choice = page.getByRole('tab', { name: messages[lang].settings.tabs[tab], exact: true });
  await choice.click();
  await expect.poll(() => choice.getAttribute('aria-selected')).toBe('true');
}

export function field(page: Page | Locator, label: string) {
  // Optional fields' labels end with "(facultatif)" / "(optional)".
  return page.getByRole('textbox', { name: new RegExp(`^${escapeRegExp(label)}( \\(|$)`) });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function chooseProfession(page: Page, lang: Lang, profession: string): Promise<void> {
  const m = messages[lang];
  await page.getByRole('button', { name: new RegExp(escapeRegExp(m.practice.fields.profession.label)) }).click();
  await page.getByRole('option', { name: m.practice.professions[profession], exact: true }).click();
}

/** Fill every field of the practice form with `practice`, as a user would. */
export async function fillPracticeForm(page: Page, lang: Lang, practice: PracticeInput): Promise<void> {
  const f = messages[lang].practice.fields;
  await field(page, f.name.label).fill(practice.name);
  await chooseProfession(page, lang, practice.profession);
  await field(page, f.street.label).fill(practice.address.street);
  await field(page, f.postalCode.label).fill(practice.address.postalCode);
  await field(page, f.city.label).fill(practice.address.city);
  await field(page, f.finess.label).fill(practice.finess ?? '');
  await field(page, f.emailDomain.label).fill(practice.emailDomain ?? '');
  await field(page, f.referentName.label).fill(practice.referent.name);
  await field(page, f.referentEmail.label).fill(practice.referent.email ?? '');
  await field(page, f.referentPhone.label).fill(practice.referent.phone ?? '');
  // The reference policy is not on the form (CNIL 2022 by default; Settings › IT provider changes it).
}

/**
 * No serious or critical WCAG 2.1 AA violation on what the page shows now. react-aria's live
 * announcer is left out: for a few seconds it keeps a message naming a pending button by id, and
 * once that button has left the page (a report generated, then the dashboard opened) the message
 * names nothing — a screen reader has already read it, nothing a user meets on the page.
 */
export async function expectNoSeriousAxeViolations(page: Page, where: string): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('[data-live-announcer]').analyze();
  const serious = axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious, where).toEqual([]);
}

/** What the window shows now, not the whole page: for a modal dialog, whose backdrop covers the window only. */
export async function windowScreenshot(page: Page, name: string): Promise<string> {
  const dir = join(ARTEFACTS_DIR, 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Choose an option of a labelled filter (`.action-filters__field`) with the keyboard: focus, open, arrows, Enter. */
export async function chooseWithKeyboard(page: Page, label: string, option: string): Promise<void> {
  const button = page.locator('.action-filters__field', { has: page.locator('.form-field__label', { hasText: label }) }).getByRole('button');
  await button.focus();
  await page.keyboard.press('Enter');
  const listbox = page.getByRole('listbox');
  await listbox.waitFor();
  for (let step = 0; step < 12; step += 1) {
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === option) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await listbox.waitFor({ state: 'detached' });
}
