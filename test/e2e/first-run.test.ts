import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { FirstRunStatus } from '../../electron/core/model/schemas/first-run.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import type { WalkthroughPlan } from '../../electron/core/model/schemas/walkthrough.ts';
import { screenshot, type HygieSession } from '../support/browser-harness.ts';
import { CORE_KEY } from '../support/fake-hibp.ts';
import { base64, type Core } from '../support/core.ts';
import { importCorpus } from '../support/corpus-import.ts';
import {
  callCore,
  escapeRegExp,
  expectNoSeriousAxeViolations,
  fakeHibp,
  field,
  harnessPerFile,
  heading,
  messages,
  norm,
  type Lang,
} from './setup-fixtures.ts';
import { messagesFor, rawMessages } from '../support/messages.ts';

// Issue 16, item 1: from an empty data folder, the first-run path a practice follows — the
// practice form, then the dashboard's checklist: the staff, how breaches will be checked, the
// first check, each person's walkthrough, the first report — with the keyboard, in French (an
// HIBP key) then in English (a pharmacy, with breach lists only). Each step ticks itself from
// what Hygie sees; the checklist leaves the dashboard once all are done. Axe on every screen.

const files = harnessPerFile();

/** Press Tab until `target` has the focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`focus never reached ${target.toString()}`);
}

/** Tab to a control and press Enter on it. */
async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

/** A text with the practice's words filled in, as the page shows it (renderer/i18n/place-words.ts). */
function placed(lang: Lang, kind: string, text: string, values: Record<string, string | number> = {}): string {
  const place = rawMessages[lang].place[kind] as Record<string, string>;
  return text.replace(/\{\{([\w.]+)(?:, \w+)?\}\}/gu, (_, key: string) =>
    key.startsWith('place.') ? (place[key.slice('place.'.length)] ?? '') : String(values[key] ?? ''),
  );
}

function checklist(page: Page, lang: Lang) {
  return page.getByRole('region', { name: messages[lang].firstRun.title, exact: true });
}

/** Each step's state as the checklist shows it: data-step → the state's words. */
async function stepStates(page: Page, lang: Lang): Promise<Record<string, string>> {
  const items = checklist(page, lang).locator('.first-run__step');
  const states: Record<string, string> = {};
  for (const item of await items.all()) {
    const id = (await item.getAttribute('data-step'))!;
    states[id] = norm(await item.locator('.first-run__state > span').first().innerText());
  }
  return states;
}

async function toDashboard(page: Page, lang: Lang): Promise<void> {
  await activate(page, page.getByRole('navigation').getByRole('link', { name: messages[lang].nav.dashboard, exact: true }));
  await expect.poll(() => heading(page)).toBe(messages[lang].pages.dashboard.title);
  await checklist(page, lang).waitFor();
}

/** The session's core as test/support/corpus-import.ts drives it (the calls, the job events, the jobs). */
function coreOf(session: HygieSession): Core {
  return {
    router: session.router,
    jobs: session.jobs,
    call: <T>(name: string, input?: unknown) => callCore<T>(session, name, input),
  } as Partial<Core> as Core;
}

/** Every walkthrough step answered, as the walkthrough page records them (its own e2e drives that screen). */
async function finishWalkthroughs(session: HygieSession): Promise<void> {
  for (const person of await callCore<StaffMember[]>(session, 'staff.list')) {
    const plan = await callCore<WalkthroughPlan>(session, 'walkthrough.plan', { staffId: person.id });
    for (const step of plan.steps) {
      await callCore(session, 'walkthrough.answer', {
        staffId: person.id,
        accountId: step.accountId,
        step: step.step,
        answer: step.step === 'enable-mfa' ? 'not-possible' : 'done',
        ...(step.step === 'enable-mfa' ? { mfaStatus: 'none', note: 'Le fournisseur ne la propose pas.' } : {}),
      });
    }
  }
}

/** A person added from the Staff page's dialog, with the keyboard. */
async function addPerson(page: Page, lang: Lang, first: string, last: string, email: string): Promise<void> {
  const m = messages[lang].staff;
  await activate(page, page.getByRole('button', { name: m.actions.add, exact: true }));
  const dialog = page.getByRole('dialog', { name: m.form.addTitle });
  await dialog.waitFor();
  await page.keyboard.type(first);
  await page.keyboard.press('Tab');
  await page.keyboard.type(last);
  await typeInto(page, dialog.getByRole('textbox', { name: m.form.emailLabel.replace('{{number}}', '1') }), email);
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
}

/** The check started from the Breaches page with the keyboard, until Hygie sees its answers. */
async function firstCheck(page: Page, session: HygieSession, lang: Lang): Promise<void> {
  const m = messages[lang];
  await activate(page, checklist(page, lang).getByRole('link', { name: m.firstRun.steps.firstCheck.go }));
  await expect.poll(() => heading(page)).toBe(m.pages.breaches.title);
  await activate(page, page.getByRole('button', { name: m.breaches.run.checkAll, exact: true }));
  await expect
    .poll(async () => (await callCore<FirstRunStatus>(session, 'firstRun.status')).steps.find((step) => step.id === 'firstCheck')?.state, { timeout: 20_000 })
    .toBe('done');
}

/** The first report generated from the Reports page with the keyboard; the dashboard has no checklist left. */
async function firstReport(page: Page, session: HygieSession, lang: Lang): Promise<void> {
  const m = messages[lang];
  await activate(page, checklist(page, lang).getByRole('link', { name: m.firstRun.steps.firstReport.go }));
  await expect.poll(() => heading(page)).toBe(m.pages.reports.title);
  await activate(page, page.getByRole('button', { name: m.reports.generate.button, exact: true }));
  await expect.poll(async () => (await callCore<unknown[]>(session, 'reports.list')).length, { timeout: 30_000 }).toBe(1);
  await activate(page, page.getByRole('navigation').getByRole('link', { name: m.nav.dashboard, exact: true }));
  await page.getByRole('region', { name: m.dashboard.score.title, exact: true }).waitFor();
  expect(await checklist(page, lang).count()).toBe(0);
}

/** The practice form from the keyboard: Tab from field to field, type, choose the type with the arrows. */
async function fillSetup(page: Page, lang: Lang, profession: string, values: Record<string, string>): Promise<void> {
  const f = messages[lang].practice.fields;
  await typeInto(page, field(page, f.name.label), values.name!);
  await activate(page, page.getByRole('button', { name: new RegExp(escapeRegExp(f.profession.label)) }));
  const option = page.getByRole('option', { name: messages[lang].practice.professions[profession], exact: true });
  await option.waitFor();
  for (let press = 0; press < 12 && !(await option.evaluate((element) => element === document.activeElement)); press += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await typeInto(page, field(page, f.street.label), values.street!);
  await typeInto(page, field(page, f.postalCode.label), values.postalCode!);
  await typeInto(page, field(page, f.city.label), values.city!);
  if (values.siret) await typeInto(page, field(page, f.siret.label), values.siret);
  await typeInto(page, field(page, f.referentName.label), values.referent!);
}

describe('the first-run path', () => {
  it('takes a GP practice from an empty data folder to its first report, with the keyboard (fr)', async () => {
    const hibp = await fakeHibp(files);
    const session = await files.harness.open({ locale: 'fr-FR' });
    files.sessions.push(session);
    const { page } = session;
    const fr = messages.fr;
    const m = fr.firstRun;

    // 1. The practice form: no policy to choose any more (CNIL 2022 by default), FINESS optional,
    //    a SIRET checked by its key.
    await expect.poll(() => heading(page)).toBe(fr.setup.title);
    expect(await page.getByRole('radio').count()).toBe(0);
    await fillSetup(page, 'fr', 'general-practice', {
      name: 'Cabinet médical du Parc',
      street: '12 rue des Tilleuls',
      postalCode: '69003',
      city: 'Lyon',
      siret: '73282932000075',
      referent: 'Dr Claire Martin',
    });
    await page.keyboard.press('Enter');
    await page.getByText(fr.practice.errors.siret, { exact: true }).waitFor();
    await expectNoSeriousAxeViolations(page, 'fr setup, SIRET refused');
    await screenshot(page, 'first-run-fr-1-setup-siret');
    await field(page, fr.practice.fields.siret.label).fill('');
    await typeInto(page, field(page, fr.practice.fields.siret.label), '732 829 320 00074');
    await page.keyboard.press('Enter');

    // 2. The dashboard opens on the checklist: the practice done, the staff to do now.
    await expect.poll(() => heading(page)).toBe(fr.pages.dashboard.title);
    expect(await callCore(session, 'practice.get')).toMatchObject({ policy: 'cnil-2022', finess: null, rpps: null, siret: '73282932000074' });
    await checklist(page, 'fr').waitFor();
    expect(await stepStates(page, 'fr')).toEqual({
      practice: fr.firstRun.state.done,
      staff: fr.firstRun.state.todo,
      breachSource: fr.firstRun.state.todo,
      firstCheck: fr.firstRun.state.todo,
      walkthrough: fr.firstRun.state.todo,
      firstReport: fr.firstRun.state.todo,
    });
    // One primary action on the page: the step to do now.
    expect(await page.locator('.shell__content .button--primary').count()).toBe(1);
    expect(norm(await page.locator('.shell__content .button--primary').innerText())).toBe(m.steps.staff.go);
    await expectNoSeriousAxeViolations(page, 'fr dashboard, first run');
    await screenshot(page, 'first-run-fr-2-dashboard');

    // The "?" beside the title explains the page; Escape closes it and focus comes back.
    const help = page.getByRole('button', { name: placed('fr', 'practice', fr.help.open, { page: fr.help.topics.dashboard.title }), exact: true });
    await activate(page, help);
    const popover = page.getByRole('dialog', { name: fr.help.topics.dashboard.title });
    await popover.waitFor();
    await expectNoSeriousAxeViolations(page, 'fr dashboard help');
    await screenshot(page, 'first-run-fr-2b-help');
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'detached' });
    expect(await help.evaluate((element) => element === document.activeElement)).toBe(true);

    // 3. The staff, from the checklist's link: one person added from the keyboard.
    await activate(page, checklist(page, 'fr').getByRole('link', { name: m.steps.staff.go }));
    await expect.poll(() => heading(page)).toBe(fr.pages.staff.title);
    await addPerson(page, 'fr', 'Hélène', 'Lefèvre', 'helene.lefevre@cabinet-du-parc.fr');
    await toDashboard(page, 'fr');
    expect((await stepStates(page, 'fr')).staff).toBe(fr.firstRun.state.done);

    // 4. How breaches will be checked: "later" is recorded and said; then the key, entered in
    //    Settings on the IT provider's tab — the checklist's link opens that tab.
    const source = checklist(page, 'fr').locator('[data-step="breachSource"]');
    await source.getByText(m.breachSource.explain).waitFor();
    await activate(page, source.getByRole('button', { name: m.breachSource.later, exact: true }));
    await expect.poll(async () => (await stepStates(page, 'fr')).breachSource).toBe(fr.firstRun.state.postponed);
    expect(norm(await source.innerText())).toContain(norm(m.breachSource.postponed.split('{{date}}')[0]!));
    await screenshot(page, 'first-run-fr-3-breach-source-later');
    await activate(page, source.getByRole('button', { name: m.breachSource.chooseNow, exact: true }));
    await expect.poll(async () => (await stepStates(page, 'fr')).breachSource).toBe(fr.firstRun.state.todo);
    // The IT provider's details, folded: the plans, what each sends, what they cost.
    await activate(page, source.getByText(fr.providerDetails.summary));
    await source.getByText(m.breachSource.details.pro).waitFor();
    await expectNoSeriousAxeViolations(page, 'fr breach source with details');
    await screenshot(page, 'first-run-fr-4-breach-source-details');

    await callCore(session, 'services.set', { hibpBaseUrl: hibp.baseUrl, pwnedPasswordsBaseUrl: hibp.pwnedBaseUrl });
    await activate(page, source.getByRole('link', { name: m.breachSource.toKey }));
    await expect.poll(() => heading(page)).toBe(fr.pages.settings.title);
    expect(await page.evaluate(() => window.location.hash)).toBe('#/settings?tab=provider');
    expect(await page.getByRole('tab', { name: fr.settings.tabs.provider }).getAttribute('aria-selected')).toBe('true');
    await typeInto(page, page.getByLabel(fr.services.key.field, { exact: true }), CORE_KEY);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: fr.services.key.saved }).waitFor();
    await toDashboard(page, 'fr');
    expect((await stepStates(page, 'fr')).breachSource).toBe(fr.firstRun.state.done);

    // 5. The first check, started from the Breaches page with the keyboard.
    await firstCheck(page, session, 'fr');
    await toDashboard(page, 'fr');
    expect((await stepStates(page, 'fr')).firstCheck).toBe(fr.firstRun.state.done);
    await screenshot(page, 'first-run-fr-5-after-check');

    // 6. Each person's walkthrough: the link opens the walkthrough; the answers are recorded as
    //    that page records them (test/e2e/walkthrough*.test.ts drives its screens).
    await activate(page, checklist(page, 'fr').getByRole('link', { name: m.steps.walkthrough.go }));
    await expect.poll(() => heading(page)).toBe(fr.pages.walkthrough.title);
    await finishWalkthroughs(session);
    await toDashboard(page, 'fr');
    expect((await stepStates(page, 'fr')).walkthrough).toBe(fr.firstRun.state.done);

    // 7. The first report, from the Reports page with the keyboard; then the checklist is gone.
    await firstReport(page, session, 'fr');
    await expectNoSeriousAxeViolations(page, 'fr dashboard, first run done');
    await screenshot(page, 'first-run-fr-6-done');
    expect(session.consoleErrors).toEqual([]);
  }, 180_000);

  it('takes a pharmacy through the same path with breach lists only, in English, and names it a pharmacy', async () => {
    const session = await files.harness.open({ locale: 'en-GB' });
    files.sessions.push(session);
    const { page } = session;
    const en = messages.en;
    const m = en.firstRun;

    await expect.poll(() => heading(page)).toBe(en.setup.title);
    await fillSetup(page, 'en', 'pharmacy', {
      name: 'Pharmacie des Halles',
      street: '3 place des Halles',
      postalCode: '31000',
      city: 'Toulouse',
      referent: 'Marc Durand',
    });
    // The form's own words follow the type at once.
    await field(page, placed('en', 'pharmacy', rawMessages.en.practice.fields.name.label)).waitFor();
    await expectNoSeriousAxeViolations(page, 'en setup');
    await screenshot(page, 'first-run-en-1-setup');
    await page.keyboard.press('Enter');

    await expect.poll(() => heading(page)).toBe(en.pages.dashboard.title);
    await checklist(page, 'en').waitFor();
    // A pharmacy, not a practice: the sidebar and the page say so.
    const pharmacy = messagesFor('en', 'pharmacy');
    expect(norm(await page.locator('.brand__tagline').innerText())).toBe(pharmacy.app.tagline);
    expect(norm(await page.locator('.page-header__lead').innerText())).toBe(norm(pharmacy.pages.dashboard.lead));
    await expectNoSeriousAxeViolations(page, 'en dashboard, first run');
    await screenshot(page, 'first-run-en-2-dashboard');

    await activate(page, checklist(page, 'en').getByRole('link', { name: m.steps.staff.go }));
    await expect.poll(() => heading(page)).toBe(en.pages.staff.title);
    await addPerson(page, 'en', 'Marc', 'Durand', 'marc.durand@pharmacie-des-halles.fr');
    await toDashboard(page, 'en');

    // Breach lists only: said, and still to do until a list is there.
    const source = checklist(page, 'en').locator('[data-step="breachSource"]');
    await activate(page, source.getByRole('button', { name: m.breachSource.localOnly, exact: true }));
    await source.getByText(m.breachSource.localChosen).waitFor();
    expect((await stepStates(page, 'en')).breachSource).toBe(en.firstRun.state.todo);
    await expectNoSeriousAxeViolations(page, 'en breach lists chosen');
    await screenshot(page, 'first-run-en-3-lists-chosen');
    // The IT provider imports a list (Settings › IT provider › Breach lists; its own e2e drives that form).
    await importCorpus(coreOf(session), {
      fileName: 'breach.txt',
      contentBase64: base64('marc.durand@pharmacie-des-halles.fr\n'),
      name: 'Breach 2024',
      breachDate: '2024-11-02',
    });
    await page.reload();
    await checklist(page, 'en').waitFor();
    expect((await stepStates(page, 'en')).breachSource).toBe(en.firstRun.state.done);

    await firstCheck(page, session, 'en');
    await finishWalkthroughs(session);
    await toDashboard(page, 'en');
    expect(await stepStates(page, 'en')).toMatchObject({ firstCheck: en.firstRun.state.done, walkthrough: en.firstRun.state.done, firstReport: en.firstRun.state.todo });
    await screenshot(page, 'first-run-en-4-report-next');

    await firstReport(page, session, 'en');
    await expectNoSeriousAxeViolations(page, 'en dashboard, first run done');
    await screenshot(page, 'first-run-en-5-done');
    expect(session.consoleErrors).toEqual([]);
  }, 180_000);
});
