import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startHarness, type Harness } from '../support/browser-harness.ts';
import {
  chooseSettingsTab,
  expectNoSeriousAxeViolations,
  field,
  fillPracticeForm,
  heading,
  messages,
  SAMPLE_PRACTICE,
} from './setup-fixtures.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('first-run practice setup', () => {
  it('asks for the practice on a fresh computer, checks each field, then opens the Dashboard (fr)', async () => {
    const session = await harness.open({ locale: 'fr-FR' });
    const { page } = session;
    const fr = messages.fr;
    await expect.poll(() => heading(page)).toBe(fr.setup.title);
    // no app behind it: no navigation, no sidebar
    expect(await page.getByRole('navigation').count()).toBe(0);
    // focus starts on the title, so Tab leads to the first field
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    // No policy to choose at first run: CNIL 2022 by default, the IT provider's tab changes it.
    expect(await page.getByRole('radio').count()).toBe(0);
    await expectNoSeriousAxeViolations(page, 'fr setup');
    await screenshot(page, 'fr-setup');

    // Submitting empty: each required field says so, nothing is saved.
    await page.getByRole('button', { name: fr.setup.submit, exact: true }).click();
    await page.getByText(fr.practice.errors.professionRequired).waitFor();
    expect(await page.getByText(fr.practice.errors.required, { exact: true }).count()).toBe(5);
    expect(await session.router.call('practice.get', undefined)).toEqual({ ok: true, value: null });
    // the first field in error has focus
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('name');
    await expectNoSeriousAxeViolations(page, 'fr setup with errors');
    await screenshot(page, 'fr-setup-errors');

    // Values the engine would refuse are caught at the field.
    await fillPracticeForm(page, 'fr', SAMPLE_PRACTICE);
    await field(page, fr.practice.fields.postalCode.label).fill('6');
    await field(page, fr.practice.fields.finess.label).fill('12345');
    await field(page, fr.practice.fields.emailDomain.label).fill('https://cabinet-du-parc.fr');
    await field(page, fr.practice.fields.referentEmail.label).fill('claire.martin');
    await page.getByRole('button', { name: fr.setup.submit, exact: true }).click();
    for (const error of ['postalCode', 'finess', 'emailDomain', 'email'] as const) {
      await page.getByText(fr.practice.errors[error], { exact: true }).waitFor();
    }
    await screenshot(page, 'fr-setup-invalid-values');
    expect(await session.router.call('practice.get', undefined)).toEqual({ ok: true, value: null });

    // Corrected, then submitted from the keyboard: Enter in a field.
    await field(page, fr.practice.fields.postalCode.label).fill(SAMPLE_PRACTICE.address.postalCode);
    await field(page, fr.practice.fields.finess.label).fill('2a0012345');
    await field(page, fr.practice.fields.emailDomain.label).fill('Cabinet-du-Parc.fr');
    await field(page, fr.practice.fields.referentEmail.label).fill(SAMPLE_PRACTICE.referent.email!);
    await field(page, fr.practice.fields.referentPhone.label).press('Enter');

    await expect.poll(() => heading(page)).toBe(fr.pages.dashboard.title);
    await page.getByRole('navigation').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.evaluate(() => window.location.hash)).toBe('#/');
    const saved = await session.router.call('practice.get', undefined);
    expect(saved).toMatchObject({
      ok: true,
      value: { ...SAMPLE_PRACTICE, finess: '2A0012345', emailDomain: 'cabinet-du-parc.fr' },
    });
    await screenshot(page, 'fr-setup-done-dashboard');
    expect(session.consoleErrors).toEqual([]);
    await session.close();

    // A restart: same data folder, same keychain entry. Straight to the app.
    const again = await harness.open({ locale: 'fr-FR', dataDir: session.dataDir, keychainService: session.keychainService });
    await expect.poll(() => heading(again.page)).toBe(fr.pages.dashboard.title);
    await again.page.getByRole('navigation').getByRole('link', { name: fr.nav.settings, exact: true }).click();
    await expect.poll(() => heading(again.page)).toBe(fr.pages.settings.title);
    expect(await field(again.page, fr.practice.fields.name.label).inputValue()).toBe(SAMPLE_PRACTICE.name);
    expect(await field(again.page, fr.practice.fields.city.label).inputValue()).toBe('Lyon');
    expect(await field(again.page, fr.practice.fields.finess.label).inputValue()).toBe('2A0012345');
    const select = again.page.getByRole('button', { name: new RegExp(fr.practice.fields.profession.label) });
    expect(await select.innerText()).toContain(fr.practice.professions['general-practice']);
    await chooseSettingsTab(again.page, 'fr', 'provider');
    expect(await again.page.getByRole('radio', { name: fr.policy.options['cnil-2022'].name, exact: true }).isChecked()).toBe(true);
    await screenshot(again.page, 'fr-settings-after-restart');
    expect(again.consoleErrors).toEqual([]);
    await again.close();
  });

  it('speaks English on an English computer, with the same checks', async () => {
    const session = await harness.open({ locale: 'en-GB' });
    const { page } = session;
    const en = messages.en;
    await expect.poll(() => heading(page)).toBe(en.setup.title);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'en-setup');

    await page.getByRole('button', { name: en.setup.submit, exact: true }).click();
    await page.getByText(en.practice.errors.professionRequired).waitFor();
    expect(await page.getByText(en.practice.errors.required, { exact: true }).count()).toBe(5);
    await screenshot(page, 'en-setup-errors');

    await fillPracticeForm(page, 'en', { ...SAMPLE_PRACTICE, profession: 'pharmacy', finess: null, emailDomain: null });
    await field(page, en.practice.fields.finess.label).fill('');
    await field(page, en.practice.fields.emailDomain.label).fill('');
    await page.getByRole('button', { name: en.setup.submit, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(en.pages.dashboard.title);
    const saved = await session.router.call('practice.get', undefined);
    expect(saved).toMatchObject({ ok: true, value: { profession: 'pharmacy', policy: 'cnil-2022', finess: null, emailDomain: null } });
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});
