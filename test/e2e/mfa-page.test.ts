import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import { screenshot, type HygieSession } from '../support/browser-harness.ts';
import {
  callCore,
  chooseWithKeyboard,
  expectNoSeriousAxeViolations,
  fill,
  harnessPerFile,
  heading,
  messages,
  norm,
  openWithPractice,
  type Lang,
} from './setup-fixtures.ts';

// The MFA page end to end: the person × service matrix alone, searched by words, filtered by person
// and by service with the keyboard, the filters kept in the address (a reload keeps them), and the
// longest addresses shown whole (they wrap, never cut).

const files = harnessPerFile();

const LONG = 'helene.lefevre-dupont.medecin-generaliste@cabinet-medical-du-parc-montmartre.fr';

interface People {
  helene: StaffMember;
  paul: StaffMember;
  claire: StaffMember;
}

async function open(lang: Lang): Promise<{ session: HygieSession; people: People }> {
  const session = await openWithPractice(files.harness, { locale: lang === 'fr' ? 'fr-FR' : 'en-GB' });
  files.sessions.push(session);
  const create = (input: Record<string, unknown>) => callCore<StaffMember>(session, 'staff.create', { roleLabel: null, ...input });
  const people = {
    helene: await create({ firstName: 'Hélène', lastName: 'Lefèvre', role: 'physician', emails: [LONG, 'helene.lefevre@gmail.com'], services: ['amelipro', 'pro-sante-connect'] }),
    paul: await create({ firstName: 'Paul', lastName: 'Garçon', role: 'secretary', emails: ['accueil@cabinet-du-parc.fr'], services: ['amelipro'] }),
    claire: await create({ firstName: 'Claire', lastName: 'Martin', role: 'nurse', emails: ['claire.martin@cabinet-du-parc.fr'], services: [] }),
  };
  const { page } = session;
  await page.getByRole('navigation').getByRole('link', { name: messages[lang].nav.mfa, exact: true }).click();
  await expect.poll(() => heading(page)).toBe(messages[lang].pages.mfa.title);
  await page.locator('.mfa-matrix').waitFor();
  return { session, people };
}

/** The names of the rows shown, in order. */
function rowNames(page: Page): Promise<string[]> {
  return page.locator('.mfa-matrix tbody th .data-table__name').allInnerTexts();
}

function columnNames(page: Page): Promise<string[]> {
  return page.locator('.mfa-matrix thead th').allInnerTexts();
}

const hash = (page: Page) => page.evaluate(() => decodeURIComponent(window.location.hash));

async function searchBox(page: Page, lang: Lang): Promise<Locator> {
  return page.getByRole('searchbox', { name: messages[lang].mfa.filters.search });
}

describe('the MFA page', () => {
  it('searches and filters by person and service with the keyboard, keeps the filters in the address, shows addresses whole (fr)', async () => {
    const { session, people } = await open('fr');
    const { page } = session;
    const m = messages.fr.mfa.filters;
    const s = messages.fr.staff.services;
    expect((await rowNames(page)).sort()).toEqual(['Claire Martin', 'Hélène Lefèvre', 'Paul Garçon']);
    expect(norm(await page.locator('.mfa-matrix-panel .staff-count').innerText())).toBe(norm(fill(m.count_other, { count: 3 })));
    // The domain's checks are not here any more.
    expect(await page.locator('.domain-check, .domain-providers').count()).toBe(0);

    // The longest address is shown whole: every character on screen, wrapped inside its column, not cut.
    const long = page.locator('.mfa-matrix__identifier', { hasText: 'medecin-generaliste' });
    expect(await long.innerText()).toBe(LONG);
    const fits = await long.evaluate((element) => {
      const style = getComputedStyle(element);
      const cell = element.closest('td')!.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      return { overflow: style.textOverflow, within: box.right <= cell.right + 1, clipped: element.scrollWidth > element.clientWidth + 1, lines: Math.round(box.height / parseFloat(style.lineHeight)) };
    });
    expect(fits.overflow).not.toBe('ellipsis');
    expect(fits.within).toBe(true);
    expect(fits.clipped).toBe(false);
    expect(fits.lines).toBeGreaterThan(1);

    // Words: accents and case do not count; an address or a role finds its person too.
    const search = await searchBox(page, 'fr');
    await search.focus();
    await page.keyboard.type('lefevre');
    await expect.poll(() => rowNames(page)).toEqual(['Hélène Lefèvre']);
    expect(norm(await page.locator('.mfa-matrix-panel .staff-count').innerText())).toBe(norm(fill(m.countFiltered_other, { matches: 1, count: 3 })));
    await expect.poll(() => hash(page)).toContain('q=lefevre');
    await search.fill('accueil@');
    await expect.poll(() => rowNames(page)).toEqual(['Paul Garçon']);
    await search.fill('infirmier');
    await expect.poll(() => rowNames(page)).toEqual(['Claire Martin']);
    // Escape clears the search (the field's own key), and everyone is back.
    await search.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => rowNames(page).then((names) => names.length)).toBe(3);
    await expect.poll(() => hash(page)).not.toContain('q=');

    // A service, with the keyboard: its column alone, and only the people who use it.
    await chooseWithKeyboard(page, m.service, s.amelipro);
    await expect.poll(() => hash(page)).toContain('service=amelipro');
    await expect.poll(() => columnNames(page)).toEqual([messages.fr.mfa.matrix.person, s.amelipro]);
    expect((await rowNames(page)).sort()).toEqual(['Hélène Lefèvre', 'Paul Garçon']);

    // A person, with the keyboard, on top of it.
    await chooseWithKeyboard(page, m.person, 'Paul Garçon');
    await expect.poll(() => hash(page)).toContain(`person=${people.paul.id}`);
    await expect.poll(() => rowNames(page)).toEqual(['Paul Garçon']);
    await expectNoSeriousAxeViolations(page, 'MFA page filtered (fr)');
    await screenshot(page, 'mfa-page-fr-filtered');

    // The address keeps them: a reload shows the same.
    await page.reload();
    await page.locator('.mfa-matrix').waitFor();
    expect(await rowNames(page)).toEqual(['Paul Garçon']);
    expect(await columnNames(page)).toEqual([messages.fr.mfa.matrix.person, s.amelipro]);

    // A filter nobody matches says so, and "Tout afficher" brings everyone back.
    await (await searchBox(page, 'fr')).fill('personne-inconnue');
    await expect.poll(() => page.getByText(m.none).count()).toBe(1);
    expect(await page.locator('.mfa-matrix').count()).toBe(0);
    const clear = page.getByRole('button', { name: m.clear, exact: true });
    await clear.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rowNames(page).then((names) => names.length)).toBe(3);
    await expect.poll(() => hash(page)).toBe('#/mfa');
    await screenshot(page, 'mfa-page-fr');
    expect(session.consoleErrors).toEqual([]);
  });

  it('opens filtered from an address, ignores a person it does not know, and speaks English (en)', async () => {
    const { session, people } = await open('en');
    const { page } = session;
    const m = messages.en.mfa.filters;
    await page.evaluate((id) => {
      window.location.hash = `#/mfa?person=${id}&service=pro-sante-connect`;
    }, people.helene.id);
    await expect.poll(() => rowNames(page)).toEqual(['Hélène Lefèvre']);
    expect(await columnNames(page)).toEqual([messages.en.mfa.matrix.person, messages.en.staff.services['pro-sante-connect']]);
    expect(norm(await page.locator('.mfa-matrix-panel .staff-count').innerText())).toBe(norm(fill(m.countFiltered_other, { matches: 1, count: 3 })));
    await screenshot(page, 'mfa-page-en-filtered');

    // Someone since removed, or a made-up service: read as everyone, every service.
    await page.evaluate(() => {
      window.location.hash = '#/mfa?person=nobody&service=fax';
    });
    await expect.poll(() => rowNames(page).then((names) => names.length)).toBe(3);
    expect(await columnNames(page)).toHaveLength(4);
    await expectNoSeriousAxeViolations(page, 'MFA page (en)');
    await screenshot(page, 'mfa-page-en');
    expect(session.consoleErrors).toEqual([]);
  });
});
