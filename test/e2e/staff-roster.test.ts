import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import iconv from 'iconv-lite';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../electron/core/model/error-messages.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import { ROOT, screenshot, startHarness, type Harness, type HygieSession, type OpenOptions } from '../support/browser-harness.ts';
import { PRACTICE } from '../support/core.ts';
import { messages, type Messages } from '../support/messages.ts';

// The staff page end to end (issue "store and roster", done when): a French Excel CSV in
// Windows-1252 goes through the preview and the import, a person is edited, and everything is
// still there after a restart with the key from the real keychain.

type Language = 'fr' | 'en';
const fr = messages.fr.staff;
const en = messages.en.staff;


/** A text of the i18n files with its values in, numbers formatted as i18next does (`{{x, number}}`). */
function fill(template: string, values: Record<string, string | number> = {}, language: Language = 'fr'): string {
  return template.replace(/\{\{(\w+)(?:, number)?\}\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) return whole;
    return whole.includes(', number') && typeof value === 'number'
      ? new Intl.NumberFormat(language).format(value)
      : String(value);
  });
}

/** A plural text (`key_zero`, `key_one`, `key_other`) for `count`, as i18next picks it. */
function plural(node: Messages, key: string, count: number, language: Language, values: Record<string, string | number> = {}): string {
  const zero = node[`${key}_zero`];
  const template = count === 0 && zero ? zero : node[`${key}_${new Intl.PluralRules(language).select(count)}`];
  return fill(template, { count, ...values }, language);
}

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function heading(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).innerText()).trim();
}

/** Open Hygie (practice set up through the real core, so the app opens directly) on the staff page. */
async function openStaffPage(options: OpenOptions, { setUpPractice = true } = {}): Promise<HygieSession> {
  const language: Language = options.locale.startsWith('en') ? 'en' : 'fr';
  const session = await harness.open(options);
  const { page } = session;
  if (setUpPractice) {
    const saved = await session.router.call('practice.save', PRACTICE);
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    await page.reload();
  }
  await page.getByRole('navigation').getByRole('link', { name: messages[language].nav.staff, exact: true }).click();
  await expect.poll(() => heading(page)).toBe(messages[language].pages.staff.title);
  // the list has loaded: its table, or the invitation to add or import
  await page
    .getByRole('grid', { name: messages[language].staff.list.title })
    .or(page.getByText(messages[language].staff.list.empty.title, { exact: true }))
    .waitFor();
  return session;
}

async function list(session: HygieSession): Promise<StaffMember[]> {
  const result = await session.router.call('staff.list', undefined);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as StaffMember[];
}

async function addThroughCore(session: HygieSession, person: Partial<StaffMember> & { lastName: string; emails: string[] }) {
  const result = await session.router.call('staff.create', {
    firstName: '',
    role: 'physician',
    roleLabel: null,
    services: [],
    ...person,
  });
  expect(result.ok, JSON.stringify(result)).toBe(true);
}

/** Serious or critical WCAG 2.1 A/AA violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return axe.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
}

function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  return page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer });
}

function rosterTable(page: Page, language: Language = 'fr'): Locator {
  return page.getByRole('grid', { name: messages[language].staff.list.title });
}

/** Data rows of a react-aria table (the header row excluded). */
function bodyRows(table: Locator): Locator {
  return table.locator('tbody').getByRole('row');
}

function rowByLine(preview: Locator, line: number): Locator {
  return preview.getByRole('row').filter({ has: preview.page().getByRole('rowheader', { name: String(line), exact: true }) });
}

function rowOf(table: Locator, name: string): Locator {
  return bodyRows(table).filter({ has: table.page().getByRole('rowheader', { name, exact: true }) });
}

/** A react-aria Select found by its visible label, inside `scope`. */
function selectLabelled(scope: Locator, label: string): Locator {
  const exactly = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return scope.locator('.select-field').filter({ has: scope.page().locator('.form-field__label', { hasText: exactly }) });
}

/** Pick an option of a react-aria Select found by its label, inside `scope`. */
async function choose(scope: Locator, label: string, option: string): Promise<void> {
  await selectLabelled(scope, label).getByRole('button').click();
  await scope.page().getByRole('option', { name: option, exact: true }).click();
}

// "CSV (séparateur : point-virgule)" from a French Excel: Windows-1252, CRLF, accents.
const EXCEL_ROSTER = [
  'Nom;Prénom;E-mail;Fonction',
  'Lefèvre;Hélène;helene.lefevre@cabinet-dupont.fr;Médecin',
  'Garçon;François;francois.garcon@cabinet-dupont.fr;Secrétaire médicale',
  'Benoît;Anaïs;anais.benoit.cabinet-dupont.fr;Infirmière', // line 4: no @
  'Dupont;Jeanne;jeanne.dupont@cabinet-dupont.fr;Médecin',
  'Müller;Zoë;zoe.muller@cabinet-dupont.fr;IDE',
  'Noël;Gaëlle;gaelle.noel@cabinet-dupont.fr;Assistante de direction',
].join('\r\n');
const BAD_LINE = 4;

describe('the staff page in Chromium', () => {
  it('imports a French Excel roster in Windows-1252, edits a person, and keeps it all across a restart', async () => {
    const bytes = iconv.encode(`${EXCEL_ROSTER}\r\n`, 'win1252');
    expect(bytes.includes(0xe8)).toBe(true); // è as one Windows-1252 byte: not UTF-8
    const session = await openStaffPage({ locale: 'fr-FR' });
    const { page } = session;

    await chooseFile(page, 'personnel.csv', bytes);
    const preview = page.getByRole('region', { name: fr.preview.title });
    await preview.waitFor();
    // focus lands on the preview, so a keyboard user is taken there
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(fr.preview.title);

    const text = await preview.innerText();
    for (const word of ['Hélène', 'Lefèvre', 'François', 'Garçon', 'Anaïs', 'Benoît', 'Zoë', 'Müller', 'Gaëlle', 'Noël']) {
      expect(text, word).toContain(word);
    }
    expect(text).not.toContain('\uFFFD');
    expect(await preview.locator('.staff-preview__encoding .select-field__value').innerText()).toBe(fr.preview.encodings['windows-1252']);
    expect(text).toContain(fr.preview.delimiters.semicolon);
    expect(text).toContain(fill(fr.preview.encodingDetected));
    // the columns as recognised, one Select per header
    for (const [header, field] of [['Nom', 'lastName'], ['Prénom', 'firstName'], ['E-mail', 'email'], ['Fonction', 'role']] as const) {
      expect(await selectLabelled(preview, header).locator('.select-field__value').innerText(), header).toBe(
        fr.preview.mapping.fields[field],
      );
    }
    // totals, then the bad row on its own line number, with the reason in plain French
    expect(text).toContain(plural(fr.preview, 'rows', 6, 'fr'));
    expect(text).toContain(plural(fr.preview, 'ready', 5, 'fr'));
    expect(text).toContain(plural(fr.preview, 'errors', 1, 'fr'));
    const bad = rowByLine(preview, BAD_LINE);
    expect(await bad.innerText()).toContain(fill(fr.preview.issues['invalid-email'], { value: 'anais.benoit.cabinet-dupont.fr' }));
    expect(await bad.innerText()).toContain(fr.preview.status.error);
    expect(await rowByLine(preview, 2).innerText()).toContain(fr.preview.status.ready);
    // a role the practice wrote its own way is imported as Other, and said so
    expect(await rowByLine(preview, 7).innerText()).toContain(fill(fr.preview.notices['role-not-recognised'], { value: 'Assistante de direction' }));
    await screenshot(page, 'fr-staff-import-preview');

    // "only rows with errors" on a big file: here, one row left
    await preview.getByText(fr.preview.onlyErrors, { exact: true }).click();
    await expect.poll(() => bodyRows(preview.getByRole('grid')).count()).toBe(1);
    await preview.getByText(fr.preview.onlyErrors, { exact: true }).click();
    await expect.poll(() => bodyRows(preview.getByRole('grid')).count()).toBe(6);

    await preview.getByRole('button', { name: plural(fr.preview, 'commit', 5, 'fr'), exact: true }).click();
    const summary = page.getByRole('region', { name: fr.summary.title });
    await summary.waitFor();
    const summaryText = await summary.innerText();
    expect(summaryText).toContain(`${plural(fr.summary, 'imported', 5, 'fr')}${fr.summary.separator}${plural(fr.summary, 'skipped', 1, 'fr')}`);
    expect(summaryText).toContain(fill(fr.summary.line, { line: BAD_LINE }));
    expect(summaryText).toContain(fill(fr.preview.issues['invalid-email'], { value: 'anais.benoit.cabinet-dupont.fr' }));
    await page.getByRole('status').filter({ hasText: plural(fr.summary, 'imported', 5, 'fr') }).waitFor();

    const table = rosterTable(page);
    await expect.poll(() => bodyRows(table).count()).toBe(5);
    for (const name of ['Hélène Lefèvre', 'François Garçon', 'Jeanne Dupont', 'Zoë Müller', 'Gaëlle Noël']) {
      await rowOf(table, name).waitFor();
    }
    expect(await rowOf(table, 'Zoë Müller').innerText()).toContain(fr.roles.nurse);
    expect(await rowOf(table, 'Gaëlle Noël').innerText()).toContain('Assistante de direction');
    expect((await list(session)).map((person) => `${person.firstName} ${person.lastName}`).sort()).toEqual(
      ['François Garçon', 'Gaëlle Noël', 'Hélène Lefèvre', 'Jeanne Dupont', 'Zoë Müller'],
    );
    await summary.getByRole('button', { name: fr.summary.close }).click();
    await summary.waitFor({ state: 'detached' });

    // Edit Zoë Müller: her own role label, a second address, one service.
    await rowOf(table, 'Zoë Müller').getByRole('button', { name: fill(fr.list.editLabel, { name: 'Zoë Müller' }) }).click();
    const dialog = page.getByRole('dialog', { name: fill(fr.form.editTitle, { name: 'Zoë Müller' }) });
    await dialog.waitFor();
    expect(await dialog.getByRole('textbox', { name: fr.form.firstName, exact: true }).inputValue()).toBe('Zoë');
    await choose(dialog, fr.form.role, fr.roles.other);
    await dialog.getByRole('textbox', { name: fr.form.roleLabel }).fill('Infirmière coordinatrice');
    await dialog.getByRole('button', { name: fr.form.addEmail }).click();
    const second = dialog.getByRole('textbox', { name: fill(fr.form.emailLabel, { number: 2 }) });
    expect(await second.evaluate((input) => input === document.activeElement)).toBe(true);
    await second.fill('zoe.muller@exemple.fr');
    // The file has no services column: a nurse comes with her profession's accounts (issue 17), editable.
    expect(await dialog.getByRole('checkbox', { name: fr.services.amelipro }).isChecked()).toBe(true);
    await dialog.getByText(fr.services.mssante, { exact: true }).click();
    expect(await dialog.getByRole('checkbox', { name: fr.services.mssante }).isChecked()).toBe(false);
    await screenshot(page, 'fr-staff-edit-dialog');
    await dialog.getByRole('button', { name: fr.form.save, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: fill(fr.announce.updated, { name: 'Zoë Müller' }) }).waitFor();
    const edited = rowOf(table, 'Zoë Müller');
    await expect.poll(() => edited.innerText()).toContain('Infirmière coordinatrice');
    const editedText = await edited.innerText();
    expect(editedText).toContain('zoe.muller@cabinet-dupont.fr');
    expect(editedText).toContain('zoe.muller@exemple.fr');
    expect(editedText).toContain(fr.services.amelipro);
    await screenshot(page, 'fr-staff-page');
    expect(session.consoleErrors).toEqual([]);

    // Restart: same data folder, same keychain entry. The encrypted store reopens with its key.
    const { dataDir, keychainService } = session;
    await session.close();
    const again = await openStaffPage({ locale: 'fr-FR', dataDir, keychainService }, { setUpPractice: false });
    const after = rosterTable(again.page);
    await expect.poll(() => bodyRows(after).count()).toBe(5);
    const reopened = await rowOf(after, 'Zoë Müller').innerText();
    expect(reopened).toContain('Infirmière coordinatrice');
    expect(reopened).toContain('zoe.muller@exemple.fr');
    expect(reopened).toContain(fr.services.amelipro);
    await rowOf(after, 'Hélène Lefèvre').waitFor();
    const zoe = (await list(again)).find((person) => person.lastName === 'Müller');
    expect(zoe).toMatchObject({
      firstName: 'Zoë',
      role: 'other',
      roleLabel: 'Infirmière coordinatrice',
      emails: ['zoe.muller@cabinet-dupont.fr', 'zoe.muller@exemple.fr'],
      services: ['amelipro', 'pro-sante-connect'],
    });
    expect(again.consoleErrors).toEqual([]);
    await again.close();
  });

  it('adds a person by hand, refuses a duplicate e-mail, searches, sorts, removes and exports a CSV that imports again', async () => {
    const session = await openStaffPage({ locale: 'fr-FR' });
    const { page } = session;
    // empty state: an invitation to add or import
    expect(await page.getByText(fr.list.empty.body, { exact: true }).isVisible()).toBe(true);
    await screenshot(page, 'fr-staff-empty');

    await addThroughCore(session, { firstName: 'Marie', lastName: 'Curie', emails: ['marie.curie@cabinet-dupont.fr'] });
    await addThroughCore(session, { firstName: 'Louis', lastName: 'Pasteur', role: 'pharmacist', emails: ['louis.pasteur@cabinet-dupont.fr'] });
    await addThroughCore(session, { firstName: 'Hélène', lastName: 'Lefèvre', role: 'secretary', emails: ['h.lefevre@cabinet-dupont.fr'], services: ['amelipro', 'bank'] });
    await page.reload();
    const table = rosterTable(page);
    await expect.poll(() => bodyRows(table).count()).toBe(3);
    expect(await page.getByText(plural(fr.list, 'count', 3, 'fr'), { exact: true }).isVisible()).toBe(true);

    // Add by hand, first with nothing filled in: the fields say what is missing.
    await page.getByRole('button', { name: fr.actions.add, exact: true }).click();
    let dialog = page.getByRole('dialog', { name: fr.form.addTitle });
    await dialog.waitFor();
    // the focus is in the dialog, on its first field
    expect(await dialog.getByRole('textbox', { name: fr.form.firstName, exact: true }).evaluate((input) => input === document.activeElement)).toBe(true);
    await dialog.getByRole('button', { name: fr.form.save, exact: true }).click();
    await dialog.getByText(fr.form.lastNameMissing, { exact: true }).waitFor();
    await dialog.getByText(fr.form.emailMissing, { exact: true }).waitFor();
    await dialog.getByRole('textbox', { name: fill(fr.form.emailLabel, { number: 1 }) }).fill('pas-une-adresse');
    await dialog.getByText(fr.form.emailInvalid, { exact: true }).waitFor();

    // An address someone already has (whatever its case): refused by the core, said on the dialog.
    await dialog.getByRole('textbox', { name: fr.form.firstName, exact: true }).fill('Pierre');
    await dialog.getByRole('textbox', { name: fr.form.lastName, exact: true }).fill('Curie');
    await dialog.getByRole('textbox', { name: fill(fr.form.emailLabel, { number: 1 }) }).fill('Marie.Curie@cabinet-dupont.fr');
    await dialog.getByRole('button', { name: fr.form.save, exact: true }).click();
    const refusal = dialog.getByRole('alert').filter({ hasText: ERROR_MESSAGES['email-already-on-roster'].message.fr });
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain(ERROR_MESSAGES['email-already-on-roster'].action.fr);
    await dialog.getByText(fr.form.emailTaken, { exact: true }).waitFor();
    await screenshot(page, 'fr-staff-dialog-duplicate');
    // Escape closes the dialog; nobody was added
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await list(session)).toHaveLength(3);

    // Now a real new person, with a service
    await page.getByRole('button', { name: fr.actions.add, exact: true }).click();
    dialog = page.getByRole('dialog', { name: fr.form.addTitle });
    await dialog.getByRole('textbox', { name: fr.form.firstName, exact: true }).fill('Émile');
    await dialog.getByRole('textbox', { name: fr.form.lastName, exact: true }).fill('Roux');
    await choose(dialog, fr.form.role, fr.roles.nurse);
    await dialog.getByRole('textbox', { name: fill(fr.form.emailLabel, { number: 1 }) }).fill('emile.roux@cabinet-dupont.fr');
    // A nurse's accounts are ticked for her (issue 17); untick the ones she does not use.
    expect(await dialog.getByRole('checkbox', { name: fr.services['pro-sante-connect'] }).isChecked()).toBe(true);
    await dialog.getByText(fr.services.amelipro, { exact: true }).click();
    await dialog.getByText(fr.services.mssante, { exact: true }).click();
    expect(await dialog.getByRole('checkbox', { name: fr.services.amelipro }).isChecked()).toBe(false);
    await dialog.getByRole('button', { name: fr.form.save, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: fill(fr.announce.added, { name: 'Émile Roux' }) }).waitFor();
    await expect.poll(() => bodyRows(table).count()).toBe(4);
    expect(await rowOf(table, 'Émile Roux').innerText()).toContain(fr.services['pro-sante-connect']);

    // Search: by name without accents or case, by role, by e-mail
    const search = page.getByRole('searchbox', { name: fr.list.search });
    await search.fill('HELENE');
    await expect.poll(() => bodyRows(table).count()).toBe(1);
    await rowOf(table, 'Hélène Lefèvre').waitFor();
    expect(await page.getByText(plural(fr.list, 'countFiltered', 4, 'fr', { matches: 1 }), { exact: true }).isVisible()).toBe(true);
    await search.fill('infirmier');
    await expect.poll(() => bodyRows(table).allInnerTexts()).toEqual([expect.stringContaining('Émile Roux')]);
    await search.fill('pasteur@');
    await expect.poll(() => bodyRows(table).allInnerTexts()).toEqual([expect.stringContaining('Louis Pasteur')]);
    await search.fill('zzz');
    await table.getByText(fill(fr.list.noMatch, { query: 'zzz' })).waitFor();
    await page.getByRole('button', { name: fr.list.clearSearch }).click();
    await expect.poll(() => bodyRows(table).count()).toBe(4);

    // Sorted by last name; the name column's header reverses it
    const names = () => table.locator('tbody [role="rowheader"]').allInnerTexts();
    expect(await names()).toEqual(['Marie Curie', 'Hélène Lefèvre', 'Louis Pasteur', 'Émile Roux']);
    await table.getByRole('columnheader', { name: fr.list.columns.name }).click();
    await expect.poll(names).toEqual(['Émile Roux', 'Louis Pasteur', 'Hélène Lefèvre', 'Marie Curie']);
    await table.getByRole('columnheader', { name: fr.list.columns.role }).click();
    expect(await table.getByRole('columnheader', { name: fr.list.columns.role }).getAttribute('aria-sort')).toBe('ascending');
    await table.getByRole('columnheader', { name: fr.list.columns.name }).click();

    // Remove, from the row's menu (no red button on every row), after a confirmation that says
    // the journal keeps the person
    expect(await table.getByRole('button', { name: fr.list.remove }).count()).toBe(0);
    await page.getByRole('button', { name: fill(fr.list.moreLabel, { name: 'Louis Pasteur' }) }).click();
    await page.getByRole('menuitem', { name: fr.list.remove, exact: true }).click();
    const confirm = page.getByRole('alertdialog', { name: fill(fr.remove.title, { name: 'Louis Pasteur' }) });
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain(fr.remove.journal);
    await screenshot(page, 'fr-staff-remove-confirm');
    await confirm.getByRole('button', { name: fr.remove.confirm, exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: fill(fr.announce.removed, { name: 'Louis Pasteur' }) }).waitFor();
    await expect.poll(() => bodyRows(table).count()).toBe(3);
    expect((await list(session)).map((person) => person.lastName)).not.toContain('Pasteur');
    const audit = await session.router.call('audit.list', { limit: 50 });
    expect(audit.ok && (audit.value as { action: string }[]).some((entry) => entry.action === 'staff.remove')).toBe(true);

    // Export: a real download, with the accents, that a fresh Hygie imports as it is
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: fr.actions.export, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^hygie-personnel-\d{4}-\d{2}-\d{2}\.csv$/);
    const exported = readFileSync((await download.path())!);
    const exportedText = exported.toString('utf8');
    for (const word of ['Hélène', 'Lefèvre', 'Émile', 'Curie']) expect(exportedText).toContain(word);
    expect(exportedText).not.toContain('Pasteur');
    await page.getByRole('status').filter({ hasText: fill(fr.announce.exported, { fileName: download.suggestedFilename() }) }).waitFor();
    expect(session.consoleErrors).toEqual([]);
    await session.close();

    const fresh = await openStaffPage({ locale: 'fr-FR' });
    await chooseFile(fresh.page, download.suggestedFilename(), exported);
    const preview = fresh.page.getByRole('region', { name: fr.preview.title });
    await preview.waitFor();
    expect(await preview.locator('.staff-preview__encoding .select-field__value').innerText()).toBe(fr.preview.encodings['utf-8-bom']);
    expect(await preview.innerText()).toContain(plural(fr.preview, 'errors', 0, 'fr'));
    await preview.getByRole('button', { name: plural(fr.preview, 'commit', 3, 'fr'), exact: true }).click();
    await fresh.page.getByRole('region', { name: fr.summary.title }).waitFor();
    const reimported = await list(fresh);
    expect(reimported.map((person) => ({ first: person.firstName, last: person.lastName, role: person.role, services: person.services }))).toEqual([
      { first: 'Marie', last: 'Curie', role: 'physician', services: [] },
      { first: 'Hélène', last: 'Lefèvre', role: 'secretary', services: ['amelipro', 'bank'] },
      { first: 'Émile', last: 'Roux', role: 'nurse', services: ['pro-sante-connect'] },
    ]);
    expect(fresh.consoleErrors).toEqual([]);
    await fresh.close();
  });

  it('explains whole-file problems with what to do', async () => {
    const session = await openStaffPage({ locale: 'fr-FR' });
    const { page } = session;
    const cases = [
      { name: 'classeur.xlsx', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), code: 'import-unreadable' },
      { name: 'vide.csv', bytes: Buffer.alloc(0), code: 'import-empty-file' },
      { name: 'entetes.csv', bytes: Buffer.from('Nom;Prénom;E-mail\r\n', 'utf8'), code: 'import-no-rows' },
    ] as const;
    for (const { name, bytes, code } of cases) {
      await chooseFile(page, name, bytes);
      const alert = page.getByRole('alert').filter({ hasText: ERROR_MESSAGES[code].message.fr });
      await alert.waitFor();
      expect(await alert.innerText(), code).toContain(ERROR_MESSAGES[code].action.fr);
      expect(await page.getByRole('region', { name: fr.preview.title }).count()).toBe(0);
    }
    await screenshot(page, 'fr-staff-import-unreadable');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('says, without refusing the rows, which addresses hide invisible characters or mix alphabets (issue 13)', async () => {
    const session = await openStaffPage({ locale: 'fr-FR' });
    const { page } = session;
    const file = [
      'Nom;Prénom;E-mail',
      'Lefèvre;Hélène;helene.lefevre@cabinet-dupont.fr',
      // A Cyrillic "е" (U+0435) in the domain: it reads as the practice's own address.
      'Dupont;Jeanne;jeanne.dupont@cabin\u0435t-dupont.fr',
      // A right-to-left override: what follows it is shown reversed.
      'Martin;Paul;paul.martin\u202e@cabinet-dupont.fr',
    ].join('\r\n');
    await chooseFile(page, 'personnel.csv', Buffer.from(file, 'utf8'));
    const preview = page.getByRole('region', { name: fr.preview.title });
    await preview.waitFor();
    expect(await preview.innerText()).toContain(plural(fr.preview, 'ready', 3, 'fr'));
    const mixed = await rowByLine(preview, 3).innerText();
    expect(mixed).toContain(fr.preview.status.ready);
    expect(mixed).toContain(
      fill(fr.preview.notices['mixed-scripts'], {
        scripts: `${fr.preview.scripts.Latin}${fr.preview.scriptsSeparator}${fr.preview.scripts.Cyrillic}`,
        value: 'jeanne.dupont@cabin[\u0435]t-dupont.fr',
      }),
    );
    const hidden = await rowByLine(preview, 4).innerText();
    expect(hidden).toContain(fr.preview.status.ready);
    expect(hidden).toContain(fill(fr.preview.notices['hidden-characters'], { value: 'paul.martin[U+202E]@cabinet-dupont.fr' }));
    expect(await rowByLine(preview, 2).locator('.staff-reason--notice').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'fr-staff-import-deceptive-addresses');
    await session.close();
  });

  it('previews in English: encoding, columns and reasons can be changed and read', async () => {
    const session = await openStaffPage({ locale: 'en-GB' });
    const { page } = session;
    await addThroughCore(session, { firstName: 'Marie', lastName: 'Curie', emails: ['marie.curie@practice.co.uk'] });
    await page.reload();
    await rowOf(rosterTable(page, 'en'), 'Marie Curie').waitFor();
    const file = [
      'Last name,First name,Email,Role,Services',
      'Lefèvre,Hélène,helene@practice.co.uk,Doctor,"amelipro, Doctolib"',
      'Smith,John,helene@practice.co.uk,Nurse,',
      ',Nobody,nobody@practice.co.uk,Nurse,',
      'Curie,Marie,MARIE.CURIE@practice.co.uk,GP,',
      'Brown,Ann,ann.brown@practice.co.uk,Receptionist,Fax machine',
      '=cmd,Evil,evil@practice.co.uk,=1+1,',
    ].join('\n');
    await chooseFile(page, 'staff.csv', Buffer.from(file, 'utf8'));
    const preview = page.getByRole('region', { name: en.preview.title });
    await preview.waitFor();
    expect(await preview.locator('.staff-preview__encoding .select-field__value').innerText()).toBe(en.preview.encodings['utf-8']);
    expect(await preview.innerText()).toContain(en.preview.delimiters.comma);
    expect(await rowByLine(preview, 3).innerText()).toContain(fill(en.preview.issues['duplicate-in-file'], { otherLine: 2, value: 'helene@practice.co.uk' }));
    expect(await rowByLine(preview, 4).innerText()).toContain(en.preview.issues['missing-name']);
    expect(await rowByLine(preview, 5).innerText()).toContain(
      fill(en.preview.issues['duplicate-existing'], { existingName: 'Marie Curie', value: 'marie.curie@practice.co.uk' }),
    );
    expect(await rowByLine(preview, 6).innerText()).toContain(fill(en.preview.notices['service-not-recognised'], { value: 'Fax machine' }));
    expect(await rowByLine(preview, 7).innerText()).toContain(fill(en.preview.notices['formula-like-text'], { first: '=', value: '=cmd' }));
    expect(await rowByLine(preview, 2).innerText()).toContain('Hélène Lefèvre');
    expect(await rowByLine(preview, 2).innerText()).toContain(en.roles.physician);
    await screenshot(page, 'en-staff-import-preview');

    // Forcing Windows-1252 on a UTF-8 file shows the accents wrong: the preview follows the choice.
    await choose(preview, en.preview.encoding, en.preview.encodings['windows-1252']);
    await expect.poll(() => rowByLine(preview, 2).innerText()).toContain('HÃ©lÃ¨ne');
    expect(await preview.innerText()).toContain(en.preview.encodingChosen);
    await choose(preview, en.preview.encoding, en.preview.encodings['utf-8']);
    await expect.poll(() => rowByLine(preview, 2).innerText()).toContain('Hélène');

    // Ignoring the e-mail column: the file issue says what to do, and nobody can be imported.
    await choose(preview, 'Email', en.preview.mapping.fields.ignore);
    await preview.getByText(en.preview.fileIssues['no-email-column'], { exact: true }).waitFor();
    const commit = preview.getByRole('button', { name: plural(en.preview, 'commit', 0, 'en'), exact: true });
    expect(await commit.isDisabled()).toBe(true);
    await choose(preview, 'Email', en.preview.mapping.fields.email);
    await preview.getByRole('button', { name: plural(en.preview, 'commit', 3, 'en'), exact: true }).waitFor();

    await preview.getByRole('button', { name: en.preview.cancel, exact: true }).click();
    await preview.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: en.announce.importCancelled }).waitFor();
    expect(await list(session)).toHaveLength(1);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('stays usable with 10,000 people: the preview and the list draw a page at a time', async () => {
    const session = await openStaffPage({ locale: 'fr-FR' });
    const { page } = session;
    const lines = ['Nom;Prénom;E-mail;Fonction'];
    for (let index = 1; index <= 10_000; index += 1) {
      lines.push(`Martin-${index};Élise;elise.martin${index}@cabinet-dupont.fr;${index % 3 === 0 ? 'Secrétaire' : 'Médecin'}`);
    }
    await chooseFile(page, 'grand-cabinet.csv', iconv.encode(lines.join('\r\n'), 'win1252'));
    const preview = page.getByRole('region', { name: fr.preview.title });
    await preview.waitFor({ timeout: 30_000 });
    expect(await preview.innerText()).toContain(plural(fr.preview, 'rows', 10_000, 'fr'));
    expect(await bodyRows(preview.getByRole('grid')).count()).toBe(200);
    await preview.getByRole('button', { name: plural(fr.preview, 'commit', 10_000, 'fr'), exact: true }).click();
    await page.getByRole('region', { name: fr.summary.title }).waitFor({ timeout: 30_000 });

    const table = rosterTable(page);
    await expect.poll(() => page.getByText(plural(fr.list, 'count', 10_000, 'fr'), { exact: true }).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await bodyRows(table).count()).toBe(100);
    await page.getByRole('button', { name: fill(fr.list.showMore, { count: 100 }, 'fr') }).click();
    await expect.poll(() => bodyRows(table).count()).toBe(200);

    const started = Date.now();
    await page.getByRole('searchbox', { name: fr.list.search }).fill('elise.martin9999@');
    await expect.poll(() => bodyRows(table).count()).toBe(1);
    expect(Date.now() - started).toBeLessThan(3000);
    await rowOf(table, 'Élise Martin-9999').waitFor();
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }, 120_000);
  it('works with the keyboard alone, with no serious accessibility violation', async () => {
    const session = await openStaffPage({ locale: 'fr-FR' });
    const { page } = session;
    await addThroughCore(session, { firstName: 'Marie', lastName: 'Curie', emails: ['marie.curie@cabinet-dupont.fr'] });
    await page.reload();
    const table = rosterTable(page);
    await rowOf(table, 'Marie Curie').waitFor();
    expect(await seriousViolations(page), 'staff page').toEqual([]);

    // From the page title, Tab reaches the page's "?", then "Add a person"; Enter opens the dialog with the focus inside.
    await page.getByRole('heading', { level: 1 }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      messages.fr.help.open.replace('{{page}}', messages.fr.help.topics.staff.title),
    );
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe(fr.actions.add);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: fr.form.addTitle });
    await dialog.waitFor();
    expect(await seriousViolations(page), 'add dialog').toEqual([]);
    await page.keyboard.type('Jules');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Verne');
    await page.keyboard.press('Tab'); // the role
    await page.keyboard.press('Tab'); // the first e-mail
    await page.keyboard.type('jules.verne@cabinet-dupont.fr');
    // Tab stays inside the dialog, whatever the number of presses
    for (let press = 0; press < 25; press += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
    }
    await dialog.getByRole('textbox', { name: fill(fr.form.emailLabel, { number: 1 }) }).focus();
    await page.keyboard.press('Enter'); // submits the form
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: fill(fr.announce.added, { name: 'Jules Verne' }) }).waitFor();
    // the focus is back where it was
    await expect.poll(() => focusedText(page)).toBe(fr.actions.add);

    // Into the table: one Tab stop, arrows inside, the row's buttons reachable, Escape back.
    await page.getByRole('searchbox', { name: fr.list.search }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="grid"]') !== null)).toBe(true);
    await page.keyboard.press('ArrowDown');
    for (let press = 0; press < 5; press += 1) await page.keyboard.press('ArrowRight');
    const editLabel = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(editLabel).toMatch(new RegExp(`^${fr.list.edit} (Marie Curie|Jules Verne)$`));
    await page.keyboard.press('Enter');
    const edit = page.getByRole('dialog', { name: fill(fr.form.editTitle, { name: editLabel!.slice(fr.list.edit.length + 1) }) });
    await edit.waitFor();
    await page.keyboard.press('Escape');
    await edit.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(editLabel);

    // The import button opens the file chooser from the keyboard too.
    await page.getByRole('button', { name: fr.import.choose }).focus();
    const opened = page.waitForEvent('filechooser');
    await page.evaluate(() => 0); // a round trip: Playwright now intercepts the chooser
    await page.keyboard.press('Enter');
    const chooser = await opened;
    await chooser.setFiles({ name: 'personnel.csv', mimeType: 'text/csv', buffer: iconv.encode(`${EXCEL_ROSTER}\r\n`, 'win1252') });
    const preview = page.getByRole('region', { name: fr.preview.title });
    await preview.waitFor();
    expect(await seriousViolations(page), 'import preview').toEqual([]);
    // The encoding Select opens and chooses with the keyboard
    await preview.locator('.staff-preview__encoding').getByRole('button').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    expect(await seriousViolations(page), 'open select').toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});
