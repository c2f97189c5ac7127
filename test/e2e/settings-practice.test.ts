import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startHarness, type Harness } from '../support/browser-harness.ts';
import { expectNoSeriousAxeViolations, field, heading, messages, openWithPractice, SAMPLE_PRACTICE } from './setup-fixtures.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('Settings: the practice', () => {
  it('corrects the practice and its policy, says it is saved, and the journal records what changed', async () => {
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
    await practice.getByRole('radio', { name: fr.policy.options['anssi-2021'].name, exact: true }).check();
    await practice.getByRole('button', { name: fr.practice.save, exact: true }).click();
    await practice.getByRole('status').filter({ hasText: fr.practice.saved }).waitFor();
    expect(await session.router.call('practice.get', undefined)).toMatchObject({
      value: { name: 'Cabinet médical du Parc – Villeurbanne', address: { postalCode: '69100', city: 'Villeurbanne' }, policy: 'anssi-2021' },
    });

    // The journal: "practice changed", which fields, the policy from → to, in words.
    const journal = page.getByRole('region', { name: fr.audit.title, exact: true });
    const row = journal.getByRole('row').filter({ hasText: fr.audit.actions.practice.update });
    await row.waitFor();
    const text = await row.innerText();
    for (const label of [fr.practice.fields.name.label, fr.practice.fields.postalCode.label, fr.practice.fields.city.label, fr.policy.label]) {
      expect(text).toContain(label);
    }
    expect(text).toContain(fr.audit.detailLine.replace('{{label}}', fr.audit.detailKeys.policyFrom).replace('{{value}}', fr.policy.options['cnil-2022'].name));
    expect(text).toContain(fr.audit.detailLine.replace('{{label}}', fr.audit.detailKeys.policyTo).replace('{{value}}', fr.policy.options['anssi-2021'].name));
    await screenshot(page, 'fr-settings-practice-saved');

    // The same page in English, after switching the language.
    const en = messages.en;
    await page.getByRole('radio', { name: fr.settings.language.options.en, exact: true }).check();
    await expect.poll(() => heading(page)).toBe(en.pages.settings.title);
    const practiceEn = page.getByRole('region', { name: en.settings.practice.title, exact: true });
    expect(await field(practiceEn, en.practice.fields.city.label).inputValue()).toBe('Villeurbanne');
    await page.getByRole('region', { name: en.services.title, exact: true }).getByText(en.services.key.notSet, { exact: true }).waitFor();
    await page.getByRole('region', { name: en.audit.title, exact: true }).getByText(en.audit.actions.practice.update).waitFor();
    await expectNoSeriousAxeViolations(page, 'en settings');
    await screenshot(page, 'en-settings');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});
