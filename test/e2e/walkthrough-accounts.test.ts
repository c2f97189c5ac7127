import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionList } from '../../electron/core/model/schemas/actions.ts';
import type { MfaMatrix } from '../../electron/core/model/schemas/mfa-matrix.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import type { WalkthroughPlan } from '../../electron/core/model/schemas/walkthrough.ts';
import { walkthroughItemTitle } from '../../electron/core/model/walkthrough-item-texts.ts';
import { screenshot, startHarness, type Harness } from '../support/browser-harness.ts';
import { callCore, expectNoSeriousAxeViolations, heading, messages, openWithPractice } from './setup-fixtures.ts';

// Issue 17, done when: a GP walked through all her accounts in French with the keyboard, one screen
// per account (≤ 6 screens for mailbox, amelipro, Pro Santé Connect, MSSanté and a bank), answers in
// any order, "plus tard" with a day that reaches the Actions page; a secretary in English with the
// mouse, whose delegated amelipro access shows no CPS/e-CPS item, with her shared mailbox. Each screen
// is kept as a screenshot.

const fr = messages.fr;
const en = messages.en;

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const items = (page: Page) => page.locator('.wt-checklist > li.wt-item');

async function screenCounter(page: Page): Promise<string> {
  return ((await page.locator('.wt-step__counter').textContent()) ?? '').trim();
}

/** Press a button with the keyboard: focus it, press Enter. */
async function pressKey(button: Locator): Promise<void> {
  await button.focus();
  await button.press('Enter');
}

describe('one screen per account', () => {
  it('walks a GP through all her accounts in French with the keyboard, in ≤ 6 screens; "plus tard" reaches the Actions page', async () => {
    const session = await openWithPractice(harness, { locale: 'fr-FR' });
    const { page } = session;
    const person = await callCore<StaffMember>(session, 'staff.create', {
      firstName: 'Claire',
      lastName: 'Dupont',
      role: 'physician',
      roleLabel: null,
      emails: ['claire.dupont@cabinet-du-parc.fr'],
      services: ['amelipro', 'pro-sante-connect', 'mssante', 'bank'],
    });
    const plan = await callCore<WalkthroughPlan>(session, 'walkthrough.plan', { staffId: person.id });
    const screens = new Set(plan.steps.map((step) => step.accountId ?? 'person')).size;
    expect(screens).toBeLessThanOrEqual(6);

    await page.getByRole('navigation').getByRole('link', { name: fr.nav.walkthrough, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(fr.pages.walkthrough.title);
    await page.getByRole('link', { name: fr.walkthrough.picker.startFor.replace('{{name}}', 'Claire Dupont') }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(fr.walkthrough.person.heading.replace('{{name}}', 'Claire Dupont')).waitFor();
    await page.getByText(fr.walkthrough.person.timeLeft_other.replace('{{count}}', String(plan.minutesLeft))).waitFor();

    let answered = 0;
    for (let screen = 1; screen <= screens; screen += 1) {
      await expect.poll(() => screenCounter(page), { timeout: 10_000 }).toBe(`Écran ${screen} sur ${screens}`);
      const count = await items(page).count();
      expect(count).toBeGreaterThan(0);
      if (screen === 1) {
        await screenshot(page, 'walkthrough-accounts-fr-1-mailbox-open');
        await expectNoSeriousAxeViolations(page, 'walkthrough account screen');
        // Why and how are folded: open one with the keyboard.
        await pressKey(items(page).first().locator('summary'));
        await expect.poll(() => items(page).first().locator('details').getAttribute('open')).not.toBeNull();
      }
      // Any order: the last item first.
      for (let index = count - 1; index >= 0; index -= 1) {
        const item = items(page).nth(index);
        const methods = item.locator('fieldset button');
        if ((await methods.count()) > 0) {
          // The MFA item asks once which protection is on: the strongest the provider offers.
          await pressKey(methods.first());
        } else if (screen === 1 && index === count - 1) {
          // The mailbox's other sessions: later, on a day picked with the keyboard.
          await pressKey(item.getByRole('button', { name: fr.walkthrough.answers.later, exact: true }));
          const day = item.getByRole('spinbutton').first();
          await day.focus();
          await page.keyboard.type('15012099');
          await pressKey(item.getByRole('button', { name: fr.walkthrough.item.confirm, exact: true }));
        } else if (screen === 2 && index === count - 1) {
          await pressKey(item.getByRole('button', { name: fr.walkthrough.answers['not-possible'], exact: true }));
          await item.getByRole('textbox', { name: fr.walkthrough.item.reason }).focus();
          await page.keyboard.type('Pas de liste des sessions');
          await pressKey(item.getByRole('button', { name: fr.walkthrough.item.confirm, exact: true }));
        } else {
          await pressKey(item.getByRole('button', { name: fr.walkthrough.answers.done, exact: true }));
        }
        await expect.poll(() => item.getAttribute('class'), { timeout: 10_000 }).not.toContain('wt-item--open');
        answered += 1;
      }
      await screenshot(page, `walkthrough-accounts-fr-${screen}-answered`);
      await pressKey(page.getByRole('button', { name: screen === screens ? fr.walkthrough.actions.finish : fr.walkthrough.actions.next, exact: true }));
    }
    expect(answered).toBe(plan.steps.length);
    await page.getByRole('heading', { name: fr.walkthrough.finished.title.replace('{{name}}', 'Claire Dupont') }).waitFor();
    await page.getByText(fr.walkthrough.finished.later_one.replace('{{count}}', '1')).waitFor();
    await screenshot(page, 'walkthrough-accounts-fr-finished');

    const after = await callCore<WalkthroughPlan>(session, 'walkthrough.plan', { staffId: person.id });
    const sessions = after.steps.find((step) => step.service === 'mailbox' && step.step === 'sessions')!;
    expect(sessions.answer).toMatchObject({ answer: 'later', until: '2099-01-15' });
    expect(after.steps.filter((step) => step.answer?.answer === 'not-possible').map((step) => step.answer!.note)).toEqual(['Pas de liste des sessions']);
    expect(after).toMatchObject({ answered: after.total - 1, later: 1 });
    expect(after.minutesLeft).toBe(sessions.minutes);
    // Each MFA item declared the strongest method on its account.
    const matrix = await callCore<MfaMatrix>(session, 'mfa.matrix');
    const cells = matrix.rows.find((row) => row.staffId === person.id)!.cells;
    for (const cell of cells) expect(cell.record?.evidence).toBe('declared');

    // The Actions page: the item with its day, as "Plus tard".
    const actions = await callCore<ActionList>(session, 'actions.list', { language: 'fr' });
    const later = actions.actions.find((action) => action.kind === 'walkthrough-later')!;
    expect(later).toMatchObject({ dueDate: '2099-01-15', status: { value: 'later', until: '2099-01-15' }, open: false });
    await page.getByRole('navigation').getByRole('link', { name: fr.nav.actions, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(fr.pages.actions.title);
    const row = page.locator(`li[data-kind="walkthrough-later"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain(fr.actions.status.later);
    expect(await row.innerText()).toContain('2099');
    await screenshot(page, 'walkthrough-accounts-fr-actions-later');
    expect(session.consoleErrors).toEqual([]);
  });

  it('walks a secretary through hers in English with the mouse: delegated amelipro, no CPS/e-CPS item, her shared mailbox', async () => {
    const session = await openWithPractice(harness, { locale: 'en-GB' });
    const { page } = session;
    await callCore(session, 'settings.set', { language: 'en' });
    const doctor = await callCore<StaffMember>(session, 'staff.create', {
      firstName: 'Claire',
      lastName: 'Dupont',
      role: 'physician',
      roleLabel: null,
      emails: ['claire.dupont@cabinet-du-parc.fr'],
      services: ['amelipro'],
    });
    const person = await callCore<StaffMember>(session, 'staff.create', {
      firstName: 'Hélène',
      lastName: 'Lefèvre',
      role: 'secretary',
      roleLabel: null,
      emails: ['helene.lefevre@cabinet-du-parc.fr', 'accueil@cabinet-du-parc.fr'],
      services: ['amelipro'],
    });
    let plan = await callCore<WalkthroughPlan>(session, 'walkthrough.plan', { staffId: person.id });
    const accueil = plan.accounts.find((account) => account.identifier === 'accueil@cabinet-du-parc.fr')!;
    await callCore(session, 'staff.sharedSave', { accountId: accueil.accountId, name: 'Accueil', userIds: [doctor.id] });
    plan = await callCore<WalkthroughPlan>(session, 'walkthrough.plan', { staffId: person.id });
    expect(plan.steps.some((step) => step.service === 'amelipro' && step.step === 'enable-mfa')).toBe(false);
    // The doctor's amelipro used by Hélène too: a shared personal login, said on the Staff page with its fix.
    const doctorPlan = await callCore<WalkthroughPlan>(session, 'walkthrough.plan', { staffId: doctor.id });
    const doctorAmelipro = doctorPlan.accounts.find((account) => account.service === 'amelipro')!;
    await callCore(session, 'staff.sharedSave', { accountId: doctorAmelipro.accountId, name: 'amelipro du cabinet', userIds: [person.id] });

    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: en.nav.staff, exact: true }).click();
    const sharedPanel = page.locator('.panel', { has: page.getByRole('heading', { name: en.staff.shared.title }) });
    await sharedPanel.getByText(en.staff.shared.personal).waitFor();
    expect(await sharedPanel.innerText()).toContain('Accueil');
    expect(await sharedPanel.innerText()).toContain(en.staff.shared.fixAmelipro);
    await screenshot(page, 'walkthrough-accounts-en-staff-shared');
    await page.getByRole('navigation').getByRole('link', { name: en.nav.walkthrough, exact: true }).click();
    await page.getByRole('link', { name: en.walkthrough.picker.startFor.replace('{{name}}', 'Hélène Lefèvre') }).click();
    await page.getByText(en.walkthrough.person.heading.replace('{{name}}', 'Hélène Lefèvre')).waitFor();

    const screens = new Set(plan.steps.map((step) => step.accountId ?? 'person')).size;
    let seen = '';
    for (let screen = 1; screen <= screens; screen += 1) {
      await expect.poll(() => screenCounter(page), { timeout: 10_000 }).toBe(`Screen ${screen} of ${screens}`);
      seen += await page.locator('.wt-step').innerText();
      const count = await items(page).count();
      for (let index = 0; index < count; index += 1) {
        const item = items(page).nth(index);
        if ((await item.locator('fieldset button').count()) > 0) {
          // Her mailbox has no second factor yet: "None", then later.
          await item.getByRole('button', { name: en.walkthrough.method.none, exact: true }).click();
          await item.getByRole('button', { name: en.walkthrough.answers.later, exact: true }).click();
          await item.getByRole('spinbutton').first().click();
          await page.keyboard.type('15032099');
          await item.getByRole('button', { name: en.walkthrough.item.confirm, exact: true }).click();
        } else {
          await item.getByRole('button', { name: en.walkthrough.answers.done, exact: true }).click();
        }
        await expect.poll(() => item.getAttribute('class'), { timeout: 10_000 }).not.toContain('wt-item--open');
      }
      await screenshot(page, `walkthrough-accounts-en-secretary-${screen}`);
      await page.getByRole('button', { name: screen === screens ? en.walkthrough.actions.finish : en.walkthrough.actions.next, exact: true }).click();
    }
    // Her amelipro screen: the delegation items, never "turn on CPS / e-CPS".
    expect(seen).toContain(walkthroughItemTitle('en', 'amelipro-delegation', 'amelipro'));
    expect(seen).toContain(walkthroughItemTitle('en', 'no-shared-credentials', 'amelipro'));
    expect(seen).not.toContain(walkthroughItemTitle('en', 'enable-mfa', 'amelipro'));
    expect(seen).toContain('Shared mailbox “Accueil”, also used by Claire Dupont');
    await page.getByRole('heading', { name: en.walkthrough.finished.title.replace('{{name}}', 'Hélène Lefèvre') }).waitFor();
    const after = await callCore<WalkthroughPlan>(session, 'walkthrough.plan', { staffId: person.id });
    expect(after.steps.filter((step) => step.answer?.answer === 'later').map((step) => step.answer!.until)).toEqual(['2099-03-15', '2099-03-15']);
    expect(session.consoleErrors).toEqual([]);
  });
});
