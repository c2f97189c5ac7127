import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MfaMatrix } from '../../electron/core/model/schemas/mfa-matrix.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import type { WalkthroughPlan } from '../../electron/core/model/schemas/walkthrough.ts';
import { screenshot, startHarness, type Harness } from '../support/browser-harness.ts';
import { startFakeHibp, type FakeHibp } from '../support/fake-hibp.ts';
import { callCore, escapeRegExp, expectNoSeriousAxeViolations, heading, messages, openWithPractice } from './setup-fixtures.ts';

// The guided walkthrough end to end (issue 6, done when): one person is walked through every
// step in French with the keyboard, each answer lands in the store, the MFA declared shows on
// the MFA & accounts page, and each step's screen is kept as a screenshot.

const fr = messages.fr;
const en = messages.en;

/** The mailbox password, typed again on amelipro: the 2022 chain's weak link. */
const CHAIN_PASSWORD = 'Soleil-du-Parc-2024';

let harness: Harness;
let hibp: FakeHibp;
beforeAll(async () => {
  harness = await startHarness();
  hibp = await startFakeHibp();
});
afterAll(async () => {
  await hibp?.close();
  await harness?.close();
});

/** Check a radio with the keyboard: focus it, press Space. */
async function pressRadio(page: Page, name: string): Promise<void> {
  const radio = page.getByRole('radio', { name, exact: true });
  await radio.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => radio.isChecked()).toBe(true);
}

async function stepCounter(page: Page): Promise<string> {
  return ((await page.locator('.wt-step__counter').textContent()) ?? '').trim();
}

describe('the guided walkthrough', () => {
  it('walks one person through every step in French with the keyboard; answers reach the store and the MFA page', async () => {
    const session = await openWithPractice(harness, { locale: 'fr-FR' });
    const { page } = session;
    await callCore(session, 'services.set', { pwnedPasswordsBaseUrl: hibp.pwnedBaseUrl });
    const person = await callCore<StaffMember>(session, 'staff.create', {
      firstName: 'Hélène',
      lastName: 'Lefèvre',
      role: 'pharmacist',
      roleLabel: null,
      emails: ['helene.lefevre@cabinet-du-parc.fr'],
      services: ['franceconnect', 'amelipro', 'pro-sante-connect'],
    });
    // A second person, never walked through: the front desk must not see her on Hélène's screens.
    await callCore(session, 'staff.create', {
      firstName: 'Paul',
      lastName: 'Garçon',
      role: 'secretary',
      roleLabel: null,
      emails: ['paul.garcon@cabinet-du-parc.fr'],
      services: ['amelipro'],
    });
    // What the breach check writes for an address found in a breach.
    const store = await session.store.open();
    const mailboxId = store.db
      .prepare("SELECT id FROM account WHERE staff_id = ? AND service = 'mailbox'")
      .pluck()
      .get(person.id) as string;
    store.db
      .prepare(
        `INSERT INTO check_result (account_id, kind, status, reason, source, checked_at, details)
         VALUES (?, 'breach', 'breached', NULL, 'hibp', '2026-02-01T10:00:00.000Z', ?)`,
      )
      .run(mailboxId, JSON.stringify({ breaches: [{ name: 'Deezer', title: 'Deezer', breachDate: '2022-11-08', dataClasses: ['Email addresses'] }] }));

    await page.getByRole('navigation').getByRole('link', { name: fr.nav.walkthrough, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(fr.pages.walkthrough.title);
    await page.getByRole('heading', { name: fr.walkthrough.picker.title }).waitFor();
    await screenshot(page, 'walkthrough-fr-0-picker');
    await expectNoSeriousAxeViolations(page, 'walkthrough picker');

    // Start with the keyboard: focus the person's link, press Enter.
    await page.getByRole('link', { name: fr.walkthrough.picker.startFor.replace('{{name}}', 'Hélène Lefèvre') }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(fr.walkthrough.person.heading.replace('{{name}}', 'Hélène Lefèvre')).waitFor();
    // Front-desk privacy: only Hélène on screen.
    expect(await page.locator('main').innerText()).not.toContain('Garçon');

    const plan = await callCore<WalkthroughPlan>(session, 'walkthrough.plan', { staffId: person.id });
    expect(plan.steps.map((s) => `${s.service ?? 'person'}:${s.step}`)).toEqual([
      'mailbox:password-changed-since-breach',
      'mailbox:check-password',
      'mailbox:enable-mfa',
      'mailbox:recovery',
      'mailbox:forwarding',
      'mailbox:sessions',
      'amelipro:enable-mfa',
      'amelipro:check-password',
      'amelipro:dedicated-mailbox',
      'amelipro:login-notices',
      'amelipro:recovery',
      'amelipro:sessions',
      'pro-sante-connect:enable-mfa',
      'pro-sante-connect:device-lock',
      'pro-sante-connect:recovery',
      'pro-sante-connect:sessions',
      'franceconnect:enable-mfa',
      'franceconnect:bank-details-alerts',
      'franceconnect:recovery',
      'franceconnect:sessions',
      'person:phishing',
    ]);

    const total = plan.steps.length;
    for (const [index, step] of plan.steps.entries()) {
      const n = index + 1;
      await expect.poll(() => stepCounter(page)).toBe(`Étape ${n} sur ${total}`);
      const title = page.getByRole('heading', { level: 2 }).first();
      if (index > 0) {
        // Focus moved to the new step's heading, so a screen reader starts there.
        await expect.poll(() => title.evaluate((node) => node === document.activeElement)).toBe(true);
      }
      if (step.step === 'password-changed-since-breach') {
        await page.getByText('Avez-vous changé ce mot de passe depuis le 8 novembre 2022 ?').waitFor();
      }
      if (step.step === 'check-password') {
        // The password audit's checker, in the person's sitting: the mailbox's password typed
        // again for amelipro is called out as the same one.
        const field = page.locator('.wt-step input[type="password"]');
        await field.focus();
        await page.keyboard.type(CHAIN_PASSWORD);
        await page.keyboard.press('Enter');
        const outcome = page.locator('.wt-step .pw-outcome');
        await outcome.waitFor({ timeout: 15_000 });
        await expect.poll(() => outcome.locator('[data-reused]').getAttribute('data-reused')).toBe(step.service === 'amelipro' ? 'yes' : 'no');
        // Back to the step's own answer, with the keyboard.
        await title.focus();
      }
      if (step.step === 'phishing') {
        await page.getByText(fr.walkthrough.steps.phishing.rule).waitFor();
      }
      if (step.step === 'enable-mfa') {
        // The provider's own methods; the strongest is offered first.
        const method = step.methods[0]!;
        await pressRadio(page, method.label.fr);
      }
      const answer = step.service === 'franceconnect' && step.step === 'sessions' ? 'not-possible' : 'done';
      await pressRadio(page, fr.walkthrough.answers[answer]);
      await screenshot(page, `walkthrough-fr-${n}-${step.step}`);
      if (n === 2) await expectNoSeriousAxeViolations(page, `walkthrough step ${n}`);
      const note = page.getByRole('textbox', { name: new RegExp(`^${escapeRegExp(fr.walkthrough.note)}`) });
      await note.focus();
      if (answer === 'not-possible') await page.keyboard.type('Pas de liste des sessions sur ce service');
      // Enter in the note submits: "Save and continue" with the keyboard.
      await page.keyboard.press('Enter');
      if (n < total) await expect.poll(() => stepCounter(page)).toBe(`Étape ${n + 1} sur ${total}`);
    }

    await page.getByRole('heading', { name: fr.walkthrough.finished.title.replace('{{name}}', 'Hélène Lefèvre') }).waitFor();
    await page.getByText(fr.walkthrough.person.progress.replace('{{answered}}', String(total)).replace('{{total}}', String(total))).waitFor();
    await screenshot(page, `walkthrough-fr-${total + 1}-finished`);

    // In the store: every answer, the note, and the MFA statuses declared on the way.
    const after = await callCore<WalkthroughPlan>(session, 'walkthrough.plan', { staffId: person.id });
    expect(after).toMatchObject({ complete: true, answered: total });
    const fcSessions = after.steps.find((s) => s.service === 'franceconnect' && s.step === 'sessions')!;
    expect(fcSessions.answer).toMatchObject({ answer: 'not-possible', note: 'Pas de liste des sessions sur ce service' });
    expect(store.db.prepare('SELECT count(*) FROM walkthrough_progress WHERE staff_id = ?').pluck().get(person.id)).toBe(total - 1);
    expect(store.db.prepare('SELECT answer FROM walkthrough_person_step WHERE staff_id = ?').pluck().get(person.id)).toBe('done');
    const matrix = await callCore<MfaMatrix>(session, 'mfa.matrix');
    const helene = matrix.rows.find((row) => row.staffId === person.id)!;
    const statusOf = (service: string) => helene.cells.find((cell) => cell.service === service)!;
    const mailboxMfa = plan.steps.find((s) => s.service === 'mailbox' && s.step === 'enable-mfa')!;
    expect(statusOf('mailbox')).toMatchObject({ status: mailboxMfa.methods[0]!.strength, record: { evidence: 'declared' } });
    expect(statusOf('amelipro').status).toBe('phishing-resistant');
    // Paul was never asked: his accounts are unknown, and he comes first (gaps first).
    expect(matrix.rows[0]!.firstName).toBe('Paul');

    // Next person: nothing of Hélène's stays on screen.
    await page.getByRole('button', { name: fr.walkthrough.finished.next }).press('Enter');
    await page.getByRole('heading', { name: fr.walkthrough.picker.title }).waitFor();
    expect(await page.locator('main').innerText()).not.toContain(fr.walkthrough.person.heading.replace('{{name}}', 'Hélène Lefèvre'));
    await page.getByText(fr.walkthrough.practice.people.replace('{{complete}}', '1').replace('{{people}}', '2')).waitFor();

    // The MFA page, in French then English.
    await page.getByRole('navigation').getByRole('link', { name: fr.nav.mfa, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(fr.pages.mfa.title);
    const table = page.getByRole('table', { name: fr.mfa.matrix.title });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.first().locator('th').innerText()).toContain('Paul Garçon');
    const heleneRow = rows.filter({ hasText: 'Hélène Lefèvre' });
    await expect.poll(() => heleneRow.innerText()).toContain(fr.mfa.status['phishing-resistant']);
    expect(await heleneRow.innerText()).toContain(fr.mfa.status[mailboxMfa.methods[0]!.strength]);
    expect(await heleneRow.innerText()).toContain(fr.mfa.evidence.declared);
    expect(await rows.first().innerText()).toContain(fr.mfa.status.unknown);
    await screenshot(page, 'mfa-fr');
    await expectNoSeriousAxeViolations(page, 'MFA page');

    // Declare Paul's mailbox from the page, with the keyboard.
    // Playwright reads an accessible name with its spaces made plain (the U+202F before ":" too).
    const declarePaul = escapeRegExp(fr.mfa.matrix.declareFor.replace('{{name}}', 'Paul Garçon').split('{{account}}')[0]!).replace(/\s/gu, ' ');
    await page.getByRole('button', { name: new RegExp(`^${declarePaul}.*paul\\.garcon`) }).press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await pressRadio(page, fr.mfa.status.sms);
    await screenshot(page, 'mfa-fr-declare');
    await dialog.getByRole('button', { name: fr.mfa.declare.save }).press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => rows.filter({ hasText: 'Paul Garçon' }).innerText()).toContain(fr.mfa.status.sms);

    await callCore(session, 'settings.set', { language: 'en' });
    await page.reload();
    await expect.poll(() => heading(page)).toBe(en.pages.mfa.title);
    await page.getByRole('table', { name: en.mfa.matrix.title }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain(en.mfa.status['phishing-resistant']);
    await screenshot(page, 'mfa-en');

    // And the walkthrough in English: Hélène's review opens on her summary.
    await page.getByRole('link', { name: en.mfa.matrix.walkthroughFor.replace('{{name}}', 'Hélène Lefèvre') }).click();
    await page.getByRole('heading', { name: en.walkthrough.finished.title.replace('{{name}}', 'Hélène Lefèvre') }).waitFor();
    await page.getByRole('button', { name: en.walkthrough.finished.review }).click();
    await expect.poll(() => stepCounter(page)).toBe(`Step 1 of ${total}`);
    await page.getByText('Have you changed this password since 8 November 2022?').waitFor();
    await screenshot(page, 'walkthrough-en-1-password-changed-since-breach');
    expect(session.consoleErrors).toEqual([]);
  });
});
