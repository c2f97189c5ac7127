import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startHarness, type Harness } from '../support/browser-harness.ts';
import { chooseSettingsTab, expectNoSeriousAxeViolations, field, heading, messages, openWithPractice, SAMPLE_PRACTICE } from './setup-fixtures.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('Settings: the practice', () => {
  it('corrects the practice, changes the policy on the IT provider\'s tab, and the journal records what changed', async () => {
    const session = await openWithPractice(harness, { locale: 'fr-FR' });
    const { page } = session;
    const fr = messages.fr;
    await page.getByRole('navigation').getByRole('link', { name: fr.nav.settings, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(fr.pages.settings.title);
    const practice = page.getByRole('region', { name: fr.settings.practice.title, exact: true });
    await field(practice, fr.practice.fields.name.label).waitFor();

    // A required field emptied: said at the field, nothing saved.
    await field(practice, fr.practice.fields.name.label).fill('  ');
    await practice.getByRole('button', { name: fr.practice.save, exact: true }).click();
    await practice.getByText(fr.practice.errors.required, { exact: true }).waitFor();
    expect(await session.router.call('practice.get', undefined)).toMatchObject({ value: { name: SAMPLE_PRACTICE.name } });

    await field(practice, fr.practice.fields.name.label).fill('Cabinet médical du Parc – Villeurbanne');
    // the message goes as soon as the value is right, not on blur
    expect(await practice.getByText(fr.practice.errors.required, { exact: true }).count()).toBe(0);
    await field(practice, fr.practice.fields.postalCode.label).fill('69100');
    await field(practice, fr.practice.fields.city.label).fill('Villeurbanne');
    // No policy on the practice's tab: it is the IT provider's choice.
    expect(await practice.getByRole('radio').count()).toBe(0);
    await practice.getByRole('button', { name: fr.practice.save, exact: true }).click();
    await practice.getByRole('status').filter({ hasText: fr.practice.saved }).waitFor();
    await screenshot(page, 'fr-settings-practice-saved');

    // The policy, on the IT provider's tab: CNIL 2022 until changed, saved as soon as chosen.
    await chooseSettingsTab(page, 'fr', 'provider');
    expect(await page.evaluate(() => window.location.hash)).toBe('#/settings?tab=provider');
    const policy = page.getByRole('region', { name: fr.policy.label, exact: true });
    expect(await policy.getByRole('radio', { name: fr.policy.options['cnil-2022'].name, exact: true }).isChecked()).toBe(true);
    await policy.getByRole('radio', { name: fr.policy.options['anssi-2021'].name, exact: true }).check();
    await policy.getByRole('status').filter({ hasText: fr.policy.saved }).waitFor();
    expect(await session.router.call('practice.get', undefined)).toMatchObject({
      value: { name: 'Cabinet médical du Parc – Villeurbanne', address: { postalCode: '69100', city: 'Villeurbanne' }, policy: 'anssi-2021' },
    });

    // The journal: "practice changed", which fields, then the policy from → to, in words.
    await chooseSettingsTab(page, 'fr', 'journal');
    const journal = page.getByRole('region', { name: fr.audit.title, exact: true });
    const rows = journal.getByRole('row').filter({ hasText: fr.audit.actions.practice.update });
    await expect.poll(() => rows.count()).toBe(2);
    const fields = await rows.nth(1).innerText();
    for (const label of [fr.practice.fields.name.label, fr.practice.fields.postalCode.label, fr.practice.fields.city.label]) {
      expect(fields).toContain(label);
    }
    const text = await rows.nth(0).innerText();
    expect(text).toContain(fr.policy.label);
    expect(text).toContain(fr.audit.detailLine.replace('{{label}}', fr.audit.detailKeys.policyFrom).replace('{{value}}', fr.policy.options['cnil-2022'].name));
    expect(text).toContain(fr.audit.detailLine.replace('{{label}}', fr.audit.detailKeys.policyTo).replace('{{value}}', fr.policy.options['anssi-2021'].name));
    await screenshot(page, 'fr-settings-journal-policy');

    // The same page in English, after switching the language; the tab is kept.
    const en = messages.en;
    await chooseSettingsTab(page, 'fr', 'language');
    await page.getByRole('radio', { name: fr.settings.language.options.en, exact: true }).check();
    await expect.poll(() => heading(page)).toBe(en.pages.settings.title);
    expect(await page.getByRole('tab', { name: en.settings.tabs.language, exact: true }).getAttribute('aria-selected')).toBe('true');
    await chooseSettingsTab(page, 'en', 'practice');
    const practiceEn = page.getByRole('region', { name: en.settings.practice.title, exact: true });
    expect(await field(practiceEn, en.practice.fields.city.label).inputValue()).toBe('Villeurbanne');
    await chooseSettingsTab(page, 'en', 'provider');
    await page.getByRole('region', { name: en.services.title, exact: true }).getByText(en.services.key.notSet, { exact: true }).waitFor();
    await chooseSettingsTab(page, 'en', 'journal');
    await page.getByRole('region', { name: en.audit.title, exact: true }).getByText(en.audit.actions.practice.update).first().waitFor();
    await expectNoSeriousAxeViolations(page, 'en settings');
    await screenshot(page, 'en-settings');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});
