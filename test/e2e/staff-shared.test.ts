import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RosterImportResult } from '../../electron/core/model/schemas/roster-import.ts';
import type { SharedAccount } from '../../electron/core/model/schemas/shared-account.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import type { WalkthroughPlan } from '../../electron/core/model/schemas/walkthrough.ts';
import { screenshot, type HygieSession } from '../support/browser-harness.ts';
import { base64 } from '../support/core.ts';
import { callCore, expectNoSeriousAxeViolations, fill, harnessPerFile, heading, messages, norm, openWithPractice, type Lang } from './setup-fixtures.ts';

// Shared mailboxes on the Staff page, end to end: the import proposes generic addresses as shared
// mailboxes and a line can be said to be a person after all (and proposed again), with the keyboard;
// a shared mailbox's owner is changed from the shared accounts panel, and its walkthrough follows.

const files = harnessPerFile();

// Header on line 1. Line 4 (accueil@) is a shared mailbox; line 5 (cabinet@, Dr Bernard's own
// address) looks like one but is a person.
const ROSTER = [
  'Nom;Prénom;E-mail;Fonction',
  'Dupont;Claire;claire.dupont@cabinet-du-parc.fr;Médecin',
  'Lefèvre;Hélène;helene.lefevre@cabinet-du-parc.fr;Secrétaire',
  ';;accueil@cabinet-du-parc.fr;',
  'Bernard;;cabinet@cabinet-du-parc.fr;Médecin',
].join('\r\n');

async function openStaff(lang: Lang): Promise<HygieSession> {
  const session = await openWithPractice(files.harness, { locale: lang === 'fr' ? 'fr-FR' : 'en-GB' });
  files.sessions.push(session);
  const { page } = session;
  await page.getByRole('navigation').getByRole('link', { name: messages[lang].nav.staff, exact: true }).click();
  await expect.poll(() => heading(page)).toBe(messages[lang].pages.staff.title);
  return session;
}

function previewRow(page: Page, line: number): Locator {
  return page.locator('.staff-preview').getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(line), exact: true }) });
}

/**
 * A button inside the preview's grid, with the keyboard only: the grid is one Tab stop, its row
 * takes the focus, the arrow keys move into the row's cells and controls, Enter presses.
 */
async function pressInRow(page: Page, line: number, button: Locator): Promise<void> {
  const label = await button.getAttribute('aria-label');
  await previewRow(page, line).focus();
  for (let press = 0; press < 8; press += 1) {
    if ((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) === label) break;
    await page.keyboard.press('ArrowRight');
  }
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(label);
  await page.keyboard.press('Enter');
}

/** Focus a control and press Enter, as a keyboard user would. */
async function pressEnter(page: Page, target: Locator): Promise<void> {
  await target.focus();
  await page.keyboard.press('Enter');
}

describe('shared mailboxes on the Staff page', () => {
  it('says in the import preview that a proposed shared mailbox is a person, undoes it, and imports it as a person (fr, keyboard)', async () => {
    const session = await openStaff('fr');
    const { page } = session;
    const m = messages.fr.staff.preview;
    await page.locator('input[type="file"]').setInputFiles({ name: 'equipe.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER, 'utf8') });
    await page.locator('.staff-preview').waitFor();
    const sharedLabel = (name: string) => fill(m.shared.label, { name });
    // Both generic addresses are proposed as shared mailboxes, owned by the secretary.
    await expect.poll(() => previewRow(page, 4).innerText().then(norm)).toContain(norm(sharedLabel('Accueil')));
    expect(norm(await previewRow(page, 5).innerText())).toContain(norm(sharedLabel('Bernard')));
    expect(norm(await previewRow(page, 5).innerText())).toContain(norm(fill(m.shared.owner, { name: 'Hélène Lefèvre' })));

    // Line 5 is Dr Bernard: "C'est une personne", with the keyboard.
    const isPerson = page.getByRole('button', { name: fill(m.shared.isPersonFor, { line: 5, address: 'cabinet@cabinet-du-parc.fr' }) });
    await pressInRow(page, 5, isPerson);
    await expect.poll(() => previewRow(page, 5).innerText().then(norm)).toContain(norm(m.shared.keptAsPerson));
    expect(norm(await previewRow(page, 5).innerText())).not.toContain(norm(sharedLabel('Bernard')));
    expect(norm(await previewRow(page, 5).innerText())).toContain(messages.fr.staff.roles.physician);
    // Accueil is still a shared mailbox.
    expect(norm(await previewRow(page, 4).innerText())).toContain(norm(sharedLabel('Accueil')));
    await expectNoSeriousAxeViolations(page, 'import preview, a line kept as a person');
    await screenshot(page, 'staff-import-fr-kept-as-person');

    // Changed one's mind: proposed again, then a person again.
    const proposeAgain = page.getByRole('button', { name: fill(m.shared.proposeAgainFor, { line: 5, address: 'cabinet@cabinet-du-parc.fr' }) });
    await pressInRow(page, 5, proposeAgain);
    await expect.poll(() => previewRow(page, 5).innerText().then(norm)).toContain(norm(sharedLabel('Bernard')));
    await pressInRow(page, 5, isPerson);
    await expect.poll(() => previewRow(page, 5).innerText().then(norm)).toContain(norm(m.shared.keptAsPerson));

    // The import does what the preview shows: Bernard is on the staff list, accueil@ is a shared mailbox.
    const commit = page.locator('.staff-preview').getByRole('button', { name: new RegExp(`^${fill(m.commit_other, { count: 4 }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
    await pressEnter(page, commit);
    await expect.poll(async () => (await callCore<StaffMember[]>(session, 'staff.list')).length).toBe(3);
    const staff = await callCore<StaffMember[]>(session, 'staff.list');
    expect(staff.map((person) => person.lastName).sort()).toEqual(['Bernard', 'Dupont', 'Lefèvre']);
    expect(staff.find((person) => person.lastName === 'Bernard')).toMatchObject({ role: 'physician', emails: ['cabinet@cabinet-du-parc.fr'] });
    const shared = await callCore<SharedAccount[]>(session, 'staff.sharedList');
    expect(shared.map((account) => [account.name, account.identifier, account.owner.name])).toEqual([['Accueil', 'accueil@cabinet-du-parc.fr', 'Hélène Lefèvre']]);
    expect(session.consoleErrors).toEqual([]);
  });

  it("changes a shared mailbox's owner from the shared accounts panel, and its walkthrough goes to the new owner (en)", async () => {
    const session = await openStaff('en');
    const { page } = session;
    const m = messages.en.staff.shared;
    const result = await callCore<RosterImportResult>(session, 'staff.importCommit', { fileName: 'staff.csv', contentBase64: base64(ROSTER.split('\r\n').slice(0, 4).join('\r\n')) });
    expect(result).toMatchObject({ imported: 3, sharedMailboxes: 1 });
    const staff = await callCore<StaffMember[]>(session, 'staff.list');
    const claire = staff.find((person) => person.lastName === 'Dupont')!;
    const helene = staff.find((person) => person.lastName === 'Lefèvre')!;
    await page.reload();
    await expect.poll(() => heading(page)).toBe(messages.en.pages.staff.title);

    const panel = page.locator('.panel', { has: page.getByRole('heading', { name: m.title }) });
    await expect.poll(() => panel.innerText().then(norm)).toContain(norm(fill(m.owner, { name: 'Hélène Lefèvre' })));
    await panel.getByRole('button', { name: m.edit, exact: true }).click();
    // Who answers for it: Hélène now; Claire from now on.
    const ownerField = panel.locator('.select-field').filter({ has: page.locator('.form-field__label', { hasText: m.ownerLabel }) });
    await expect.poll(() => ownerField.getByRole('button').innerText().then(norm)).toContain('Hélène Lefèvre');
    await ownerField.getByRole('button').click();
    await page.getByRole('option', { name: 'Claire Dupont', exact: true }).click();
    // Hélène, who still reads it, is ticked as a user; Claire is no longer in the list of users.
    expect(await panel.getByRole('checkbox', { name: 'Hélène Lefèvre' }).isChecked()).toBe(true);
    expect(await panel.getByRole('checkbox', { name: 'Claire Dupont' }).count()).toBe(0);
    await screenshot(page, 'staff-shared-en-owner-change');
    await panel.getByRole('button', { name: m.save, exact: true }).click();
    await expect.poll(() => panel.getByRole('status').innerText().then(norm)).toBe(norm(fill(m.ownerChanged, { name: 'Claire Dupont' })));
    await expect.poll(() => panel.innerText().then(norm)).toContain(norm(fill(m.owner, { name: 'Claire Dupont' })));
    expect(norm(await panel.innerText())).toContain(norm(fill(m.users, { names: 'Hélène Lefèvre' })));
    await expectNoSeriousAxeViolations(page, 'shared accounts panel after an owner change');
    await screenshot(page, 'staff-shared-en-owner-changed');

    // The address is on Claire's record now, and the staff list shows it.
    const after = await callCore<StaffMember[]>(session, 'staff.list');
    expect(after.find((person) => person.id === claire.id)!.emails).toContain('accueil@cabinet-du-parc.fr');
    expect(after.find((person) => person.id === helene.id)!.emails).not.toContain('accueil@cabinet-du-parc.fr');
    const claireRow = page.getByRole('grid', { name: messages.en.staff.list.title }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Claire Dupont' }) });
    await expect.poll(() => claireRow.innerText()).toContain('accueil@cabinet-du-parc.fr');

    // Her walkthrough has the mailbox's screen; Hélène's no longer does.
    const plan = await callCore<WalkthroughPlan>(session, 'walkthrough.plan', { staffId: claire.id });
    expect(plan.accounts.find((account) => account.identifier === 'accueil@cabinet-du-parc.fr')?.shared).toMatchObject({ name: 'Accueil' });
    const hers = await callCore<WalkthroughPlan>(session, 'walkthrough.plan', { staffId: helene.id });
    expect(hers.accounts.map((account) => account.identifier)).not.toContain('accueil@cabinet-du-parc.fr');
    await page.evaluate((id) => {
      window.location.hash = `#/walkthrough?person=${id}`;
    }, claire.id);
    await expect.poll(() => page.locator('main').innerText()).toContain('accueil@cabinet-du-parc.fr');
    await screenshot(page, 'staff-shared-en-walkthrough-new-owner');
    await page.evaluate((id) => {
      window.location.hash = `#/walkthrough?person=${id}`;
    }, helene.id);
    await expect.poll(() => page.locator('main').innerText()).toContain('helene.lefevre@cabinet-du-parc.fr');
    expect(await page.locator('main').innerText()).not.toContain('accueil@cabinet-du-parc.fr');
    expect(session.consoleErrors).toEqual([]);
  });
});
