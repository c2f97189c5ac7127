import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DashboardSummary, FindingKind } from '../../electron/core/model/schemas/report.ts';
import { ARTEFACTS_DIR, screenshot, type HygieSession } from '../support/browser-harness.ts';
import type { FakeHibp } from '../support/fake-hibp.ts';
import { runBreachCheck, seedChecks, seedStaff } from './dashboard-seed.ts';
import { callCore, escapeRegExp, expectNoSeriousAxeViolations, fakeHibp, fill, harnessPerFile, heading, norm, messages, openWithPractice, type Lang } from './setup-fixtures.ts';

// The dashboard end to end: Chromium, the real router and store, the fake HIBP on loopback. The
// practice's facts are arranged through core calls (staff, a breach check, MFA declared, a
// password verdict, a walkthrough answer); the page must show those same facts, keep "not
// checked" apart from good, refresh when a check finishes, and lead from each panel to its page.

const CORE_OPTIONS = { jobs: { breach: { concurrency: 1, checker: { timeoutMs: 5_000, maxRetries: 0 } } } };

/** Where each kind of finding is dealt with (the dashboard's links must agree). */
const FINDING_PAGES: Record<FindingKind, string> = {
  'breached-mailbox': 'breaches',
  'pwned-password': 'passwords',
  'reused-password': 'passwords',
  'weak-password': 'passwords',
  'declared-password': 'passwords',
  'mfa-none': 'mfa',
  'mfa-weak': 'mfa',
  'walkthrough-incomplete': 'walkthrough',
  'walkthrough-later': 'walkthrough',
  'shared-credential': 'passwords',
  'domain-email-auth': 'settings?tab=provider&section=domain',
  'stealer-log': 'breaches',
  'breach-recheck-due': 'breaches',
};

const files = harnessPerFile();
const { sessions } = files;

function area(page: Page, lang: Lang, name: 'breaches' | 'passwords' | 'mfa' | 'walkthrough'): Locator {
  return page.getByRole('region', { name: messages[lang].dashboard[name].title, exact: true });
}

async function tile(region: Locator, status: string): Promise<string> {
  return (await region.locator(`[data-status="${status}"] .status-tile__value`).innerText()).trim();
}

function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString();
}

async function backToDashboard(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: messages[lang].nav.dashboard, exact: true }).click();
  await expect.poll(() => heading(page)).toBe(messages[lang].pages.dashboard.title);
  await page.locator('.score-now').waitFor();
}

async function open(lang: Lang): Promise<{ session: HygieSession; hibp: FakeHibp }> {
  const hibp = await fakeHibp(files);
  const session = await openWithPractice(files.harness, { locale: lang === 'fr' ? 'fr-FR' : 'en-GB', core: CORE_OPTIONS });
  sessions.push(session);
  return { session, hibp };
}

describe('the dashboard', () => {
  it('shows the stored facts per area, the score and its history, the next actions, refreshes when a check ends, and each link lands on its page (fr)', async () => {
    const m = messages.fr.dashboard;
    const { session, hibp } = await open('fr');
    const seeded = await seedStaff(session, hibp);
    await seedChecks(session, seeded);
    // Two earlier days in the score's history (days pass only in real life).
    const first = isoDaysAgo(20);
    await session.store.use((store) => {
      store.scoreHistory.record(first.slice(0, 10), 22, [], first);
      store.scoreHistory.record(isoDaysAgo(8).slice(0, 10), 41, [], isoDaysAgo(8));
    });
    const { page } = session;
    await page.reload();
    await expect.poll(() => heading(page)).toBe(messages.fr.pages.dashboard.title);

    // Before any breach check: both mailboxes counted as not checked, never as clean.
    const breaches = area(page, 'fr', 'breaches');
    await expect.poll(() => tile(breaches, 'not-checked')).toBe('2');
    expect(await tile(breaches, 'clean')).toBe('0');
    expect(await tile(breaches, 'breached')).toBe('0');
    expect(norm(await breaches.locator('.status-summary__scope').innerText())).toBe(norm(fill(m.breaches.scope_other, { count: 2 })));

    // A check run elsewhere (the Breaches page, or here through the engine): the dashboard follows when it ends.
    await runBreachCheck(session);
    await expect.poll(() => tile(breaches, 'breached'), { timeout: 15_000 }).toBe('1');
    expect(await tile(breaches, 'clean')).toBe('1');
    expect(await tile(breaches, 'not-checked')).toBe('0');

    // MFA per service: Hélène's mailbox by app; François's amelipro without; the rest unknown, not protected.
    const mfa = area(page, 'fr', 'mfa');
    expect(norm(await mfa.locator('[data-service="mailbox"] .dashboard-mfa__figure').innerText())).toBe(norm(fill(m.mfa.protected, { protected: 1, accounts: 2 })));
    expect(norm(await mfa.locator('[data-service="mailbox"] .dashboard-mfa__gaps').innerText())).toBe(norm(fill(m.mfa.unknown, { count: 1 })));
    expect(norm(await mfa.locator('[data-service="amelipro"] .dashboard-mfa__figure').innerText())).toBe(norm(fill(m.mfa.protected, { protected: 0, accounts: 2 })));
    expect(norm(await mfa.locator('[data-service="amelipro"] .dashboard-mfa__gaps').innerText())).toBe(
      norm(`${fill(m.mfa.none, { count: 1 })} · ${fill(m.mfa.unknown, { count: 1 })}`),
    );

    // Passwords: one to change, nothing proven compliant, three never checked.
    const passwords = area(page, 'fr', 'passwords');
    expect(await tile(passwords, 'fail')).toBe('1');
    expect(await tile(passwords, 'pass')).toBe('0');
    expect(await tile(passwords, 'not-checked')).toBe('3');

    // Walkthrough: Hélène started, François not yet.
    const walkthrough = area(page, 'fr', 'walkthrough');
    expect(await tile(walkthrough, 'started')).toBe('1');
    expect(await tile(walkthrough, 'complete')).toBe('0');
    expect(await tile(walkthrough, 'not-started')).toBe('1');

    // The score the engine works out, with its band in words; what is unknown is said to count zero.
    const summary = await callCore<DashboardSummary>(session, 'dashboard.summary', { language: 'fr' });
    const score = summary.score.value!;
    expect(score).toBeGreaterThanOrEqual(0);
    expect(await page.locator('.score-now__value').innerText()).toBe(String(score));
    const band = score >= 80 ? 'good' : score >= 50 ? 'warning' : 'danger';
    expect(await page.locator('.score-now .panel__head .status-chip').innerText()).toBe(m.score.band[band]);
    expect(await page.locator('.score-parts__item').count()).toBe(4);
    expect(norm(await page.locator('.score-now__unchecked').innerText())).toMatch(/comptent zéro\.$/u);

    // The history: the two earlier days and today, drawn and also given as a table.
    const chart = page.locator('svg.score-chart[role="img"]');
    const label = norm((await chart.getAttribute('aria-label')) ?? '');
    expect(label).toContain(`de 22 à ${score} sur 100`);
    expect(label).toContain('3 jours de calcul');
    expect(await chart.locator('circle').count()).toBe(3);
    const rows = page.locator('.score-history table tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.last().locator('td').innerText()).toBe(String(score));

    // Next actions: the engine's first three findings, each with severity in words, who, by when, and its page.
    const actions = page.locator('.next-action');
    expect(await actions.count()).toBe(3);
    expect(await actions.evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')))).toEqual(summary.nextActions.map((finding) => finding.kind));
    expect(summary.nextActions[0]!.kind).toBe('breached-mailbox');
    for (const [index, finding] of summary.nextActions.entries()) {
      const item = actions.nth(index);
      expect(await item.locator('.status-chip').innerText()).toBe(m.severity[finding.severity]);
      expect(await item.locator('h3').innerText()).toBe(finding.title);
      expect(norm(await item.innerText())).toContain(norm(fill(m.actions.owner, { owner: finding.owner })));
      const pageId = FINDING_PAGES[finding.kind];
      expect(await item.getByRole('link').getAttribute('href')).toBe(`#/${pageId}`);
    }
    // Every other open one is on the Actions page: the link says so and leads there, to the problems found.
    expect(summary.openActions).toBeGreaterThan(3);
    expect(norm(await page.locator('.next-actions__more').innerText())).toContain(norm(fill(m.actions.more_other, { count: summary.openActions - 3 })));
    expect(await page.locator('.next-actions__all').getAttribute('href')).toBe('#/actions?show=found');
    // Points are whole numbers: "6 / 25 points", never "0,6 / 15".
    for (const text of await page.locator('.score-parts__points').allInnerTexts()) expect(norm(text)).toMatch(/^\d+ \/ \d+ points$/u);
    // What is not checked links to the Actions page's list of it, with the same count.
    expect(await page.locator('.score-now__unchecked a').getAttribute('href')).toBe('#/actions?show=to-check');
    expect(norm(await page.locator('.score-now__unchecked a').innerText())).toBe(norm(fill(m.score.notChecked_other, { count: summary.notChecked })));

    // No report yet: said so, with the way to the Reports page.
    expect(await page.locator('.last-report').innerText()).toContain(m.lastReport.none);

    await expectNoSeriousAxeViolations(page, 'dashboard (fr)');
    await screenshot(page, 'fr-dashboard-checked');
    // The score panel alone, at its real size: the chart's text and lines as a reader sees them.
    await page.locator('.score-now').screenshot({ path: join(ARTEFACTS_DIR, 'screenshots', 'fr-dashboard-score.png') });

    // The first action's link, with the keyboard, opens the Breaches page.
    await actions.first().getByRole('link').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe(messages.fr.pages.breaches.title);
    await backToDashboard(page, 'fr');

    // Each area's link lands on its page.
    for (const [name, pageId] of [
      ['breaches', 'breaches'],
      ['mfa', 'mfa'],
      ['passwords', 'passwords'],
      ['walkthrough', 'walkthrough'],
    ] as const) {
      await area(page, 'fr', name).getByRole('link', { name: m[name].link, exact: true }).click();
      await expect.poll(() => heading(page), { message: name }).toBe(messages.fr.pages[pageId].title);
      await backToDashboard(page, 'fr');
    }
    await page.locator('.last-report').getByRole('link', { name: m.lastReport.generate, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(messages.fr.pages.reports.title);
    expect(session.consoleErrors).toEqual([]);
  });

  it('says the score is not calculated yet without staff, and shows how to start (fr)', async () => {
    const m = messages.fr.dashboard;
    const { session } = await open('fr');
    const { page } = session;
    await expect.poll(() => heading(page)).toBe(messages.fr.pages.dashboard.title);
    const scorePanel = page.getByRole('region', { name: m.score.title, exact: true });
    await scorePanel.waitFor();
    // Grey and in words: no number, no band, never "good".
    expect(await scorePanel.locator('.status-chip').innerText()).toBe(messages.fr.status.notCalculated);
    expect(await page.locator('.score-now__value').count()).toBe(0);
    expect(norm(await scorePanel.innerText())).toContain(norm(m.score.none));
    expect(await page.locator('.status-chip--success').count()).toBe(0);
    // The first-run checklist says how to start: six steps, the staff to add now.
    const checklist = page.getByRole('region', { name: messages.fr.firstRun.title, exact: true });
    expect(await checklist.locator('.first-run__step').count()).toBe(6);
    await expectNoSeriousAxeViolations(page, 'dashboard without staff');
    await screenshot(page, 'fr-dashboard-empty');
    await checklist.getByRole('link', { name: messages.fr.firstRun.steps.staff.go, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(messages.fr.pages.staff.title);
    expect(session.consoleErrors).toEqual([]);
  });

  it('speaks English, shows a first score as a single point, and the last report once there is one (en)', async () => {
    const m = messages.en.dashboard;
    const { session, hibp } = await open('en');
    const seeded = await seedStaff(session, hibp);
    await seedChecks(session, seeded);
    await runBreachCheck(session);
    const { page } = session;
    await page.reload();
    await expect.poll(() => heading(page)).toBe(messages.en.pages.dashboard.title);
    const breaches = area(page, 'en', 'breaches');
    await expect.poll(() => tile(breaches, 'breached')).toBe('1');
    expect(await breaches.locator('[data-status="not-checked"] .status-tile__label').innerText()).toBe(m.breaches.notChecked);

    // The page's first score is its only point: a dot and a sentence, no line.
    expect(await page.locator('.score-history polyline').count()).toBe(0);
    const history = norm(await page.locator('.score-history').innerText());
    // Fetched after the page loaded, this summary holds one more point if local midnight passed
    // in between; its first point is still the page's one.
    const summary = await callCore<DashboardSummary>(session, 'dashboard.summary', { language: 'en' });
    const today = summary.history[0]!;
    expect(history).toMatch(new RegExp(escapeRegExp(`One score so far: ${today.score} out of 100 on `), 'u'));
    // The findings' words come in English from the engine.
    expect(await page.locator('.next-action h3').first().innerText()).toBe(summary.nextActions[0]!.title);
    expect(await page.locator('.next-action .status-chip').first().innerText()).toBe(m.severity[summary.nextActions[0]!.severity]);

    await expectNoSeriousAxeViolations(page, 'dashboard (en)');
    await screenshot(page, 'en-dashboard-checked');

    // A report generated since: the last-report panel says when, with its score, and leads to Reports.
    await callCore(session, 'reports.generate', { language: 'en', anonymise: false });
    await page.reload();
    const last = page.locator('.last-report');
    await expect.poll(() => last.innerText()).toMatch(/Generated on /u);
    expect(norm(await last.innerText())).toContain(fill(m.lastReport.score, { score: today.score }));
    await last.getByRole('link', { name: m.lastReport.link, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(messages.en.pages.reports.title);
    expect(session.consoleErrors).toEqual([]);
  });
});
