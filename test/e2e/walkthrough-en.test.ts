import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MfaMatrix } from '../../electron/core/model/schemas/mfa-matrix.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import type { WalkthroughPlan } from '../../electron/core/model/schemas/walkthrough.ts';
import { screenshot, startHarness, type Harness } from '../support/browser-harness.ts';
import { startFakeHibp, type FakeHibp } from '../support/fake-hibp.ts';
import { callCore, heading, messages, openWithPractice } from './setup-fixtures.ts';

// The walkthrough end to end in English, with the mouse (the French test uses the keyboard): a GP
// whose mailbox provider was never detected picks "Google" and gets Google's own instructions;
// every step is answered; the answers and the MFA declared reach the store and the MFA page.

const en = messages.en;

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

describe('the guided walkthrough in English', () => {
  it('walks a GP through every step with the mouse, with the instructions of the provider she picks', async () => {
    const session = await openWithPractice(harness, { locale: 'en-GB' });
    const { page } = session;
    await callCore(session, 'services.set', { pwnedPasswordsBaseUrl: hibp.pwnedBaseUrl });
    const person = await callCore<StaffMember>(session, 'staff.create', {
      firstName: 'Claire',
      lastName: 'Martin',
      role: 'physician',
      roleLabel: null,
      emails: ['claire.martin@gmail.com'],
      services: ['amelipro'],
    });

    await page.getByRole('navigation').getByRole('link', { name: en.nav.walkthrough, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(en.pages.walkthrough.title);
    await page.getByRole('link', { name: en.walkthrough.picker.startFor.replace('{{name}}', 'Claire Martin') }).click();
    await page.getByText(en.walkthrough.person.heading.replace('{{name}}', 'Claire Martin')).waitFor();

    // Step 1: her mailbox password, checked with the password audit's checker, in English.
    await page.getByRole('heading', { level: 2, name: en.walkthrough.steps['check-password'].title }).waitFor();
    await page.locator('.wt-step input[type="password"]').fill('velvet-harbour-window-seven');
    await page.getByRole('button', { name: en.passwords.checker.check, exact: true }).click();
    const outcome = page.locator('.wt-step .pw-outcome');
    await outcome.waitFor({ timeout: 15_000 });
    await expect.poll(() => outcome.locator('[data-reused]').getAttribute('data-reused')).toBe('no');
    await screenshot(page, 'walkthrough-en-1-check-password');
    await page.getByRole('radio', { name: en.walkthrough.answers.done, exact: true }).check();
    await page.getByRole('button', { name: en.walkthrough.actions.save }).click();
    await expect.poll(async () => ((await page.locator('.wt-step__counter').textContent()) ?? '').trim()).toMatch(/^Step 2 of /u);

    // No detection has run: the general instructions, until she says her mailbox is Google's.
    const before = await callCore<WalkthroughPlan>(session, 'walkthrough.plan', { staffId: person.id });
    expect(before.accounts[0]!.provider.source).toBe('default');
    const google = before.accounts[0]!.providerChoices.find((choice) => choice.id === 'google')!;
    await page.getByRole('button', { name: new RegExp(en.walkthrough.account.chooseProvider) }).click();
    await page.getByRole('option', { name: google.name.en, exact: true }).click();
    await page.getByText(en.walkthrough.account.provider.replace('{{name}}', google.name.en)).waitFor();

    const plan = await callCore<WalkthroughPlan>(session, 'walkthrough.plan', { staffId: person.id });
    expect(plan.accounts[0]!.provider).toMatchObject({ id: 'google', source: 'chosen' });
    const enableMfa = plan.steps.find((step) => step.service === 'mailbox' && step.step === 'enable-mfa')!;
    // Google's own first instruction is on screen, in English.
    await page.getByText(enableMfa.how!.en[0]!, { exact: false }).first().waitFor();
    await screenshot(page, 'walkthrough-en-2-enable-mfa-google');

    const total = plan.steps.length;
    expect(plan.steps.map((step) => `${step.service ?? 'person'}:${step.step}`)).toEqual([
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
      'person:phishing',
    ]);
    for (const [index, step] of plan.steps.entries()) {
      if (index === 0) continue; // answered above
      const n = index + 1;
      await expect.poll(async () => ((await page.locator('.wt-step__counter').textContent()) ?? '').trim()).toBe(`Step ${n} of ${total}`);
      if (step.step === 'enable-mfa') {
        await page.getByRole('radio', { name: step.methods[0]!.label.en, exact: true }).check();
      }
      const answer = step.step === 'dedicated-mailbox' ? 'not-applicable' : 'done';
      await page.getByRole('radio', { name: en.walkthrough.answers[answer], exact: true }).check();
      if (step.step === 'phishing') await screenshot(page, `walkthrough-en-${n}-phishing`);
      await page.getByRole('button', { name: n === total ? en.walkthrough.actions.saveLast : en.walkthrough.actions.save }).click();
    }

    await page.getByRole('heading', { name: en.walkthrough.finished.title.replace('{{name}}', 'Claire Martin') }).waitFor();
    await screenshot(page, 'walkthrough-en-finished');

    const after = await callCore<WalkthroughPlan>(session, 'walkthrough.plan', { staffId: person.id });
    expect(after).toMatchObject({ complete: true, answered: total });
    expect(after.steps.find((step) => step.step === 'dedicated-mailbox')!.answer).toMatchObject({ answer: 'not-applicable' });
    const matrix = await callCore<MfaMatrix>(session, 'mfa.matrix');
    const claire = matrix.rows.find((row) => row.staffId === person.id)!;
    const mailbox = claire.cells.find((cell) => cell.service === 'mailbox')!;
    expect(mailbox).toMatchObject({ status: enableMfa.methods[0]!.strength, record: { evidence: 'declared', provider: 'google' } });
    expect(claire.cells.find((cell) => cell.service === 'amelipro')!.status).toBe('phishing-resistant');

    await page.getByRole('navigation').getByRole('link', { name: en.nav.mfa, exact: true }).click();
    const row = page.getByRole('table', { name: en.mfa.matrix.title }).locator('tbody tr').filter({ hasText: 'Claire Martin' });
    await expect.poll(() => row.innerText()).toContain(en.mfa.status['phishing-resistant']);
    expect(await row.innerText()).toContain(en.mfa.status[enableMfa.methods[0]!.strength]);
    expect(session.consoleErrors).toEqual([]);
  });
});
