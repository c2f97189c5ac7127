import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startHarness, type Harness } from '../support/browser-harness.ts';
import { callCore, expectNoSeriousAxeViolations, fill, heading, messages, norm, openWithPractice, SAMPLE_PRACTICE } from './setup-fixtures.ts';

// Issue 16, item 8: "Je pense être piratée", always in the sidebar, says what to do now and in
// what order: the IT provider, the mailbox first, 17Cyber, the CNIL within 72 hours (and the ARS
// for a laboratory), then Hygie's own checks.

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('"Je pense être piratée"', () => {
  it('is reached from the sidebar with the keyboard on any page and says what to do, in order (fr)', async () => {
    const fr = messages.fr;
    const session = await openWithPractice(harness, { locale: 'fr-FR' });
    const { page } = session;
    // From another page than the dashboard: the entry is always there.
    await page.getByRole('navigation').getByRole('link', { name: fr.nav.reports, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(fr.pages.reports.title);
    const entry = page.getByRole('link', { name: fr.hacked.entry, exact: true });
    await entry.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe(fr.hacked.title);
    expect(await entry.getAttribute('aria-current')).toBe('page');

    // Five steps, in this order, the mailbox before anything else in Hygie.
    const steps = page.locator('.hacked__step');
    expect(await steps.count()).toBe(5);
    const titles = await steps.locator('h2').allInnerTexts();
    expect(titles.map(norm)).toEqual(
      [fr.hacked.provider.title, fr.hacked.mailbox.title, fr.hacked.cyber17.title, fr.hacked.cnil.title, fr.hacked.after.title].map(norm),
    );
    // Who to call first: the referent entered with the practice, with a way to reach her.
    expect(norm(await steps.nth(0).innerText())).toContain(
      norm(fill(fr.hacked.provider.referent, { name: SAMPLE_PRACTICE.referent.name, reach: `${SAMPLE_PRACTICE.referent.phone} · ${SAMPLE_PRACTICE.referent.email}` })),
    );
    expect(await steps.nth(1).locator('.hacked__list li').count()).toBe(7);
    // The official pages, over https.
    expect(await page.getByRole('link', { name: fr.hacked.cyber17.link }).getAttribute('href')).toBe('https://17cyber.gouv.fr/');
    expect(await page.getByRole('link', { name: fr.hacked.cnil.link }).getAttribute('href')).toBe('https://www.cnil.fr/fr/notifier-une-violation-de-donnees-personnelles');
    expect(await page.getByRole('link', { name: fr.hacked.mailbox.link }).getAttribute('href')).toMatch(/^https:\/\/www\.cybermalveillance\.gouv\.fr\//u);
    // A GP's practice is not among those the ARS reporting duty names.
    expect(await page.getByText(fr.hacked.cnil.ars).count()).toBe(0);
    // The legal references and what evidence to keep are for the IT provider, folded.
    const details = page.locator('.provider-details');
    expect(await details.getAttribute('open')).toBeNull();
    await details.getByText(fr.providerDetails.summary).click();
    expect(norm(await details.innerText())).toContain(norm(fr.hacked.details.evidence));
    await expectNoSeriousAxeViolations(page, 'hacked (fr)');
    await screenshot(page, 'fr-hacked');

    // Then back to Hygie's checks.
    await page.getByRole('link', { name: fr.hacked.after.breaches }).click();
    await expect.poll(() => heading(page)).toBe(fr.pages.breaches.title);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('adds the report to the ARS for a laboratory (en)', async () => {
    const en = messages.en;
    const session = await openWithPractice(harness, { locale: 'en-GB' });
    await callCore(session, 'practice.save', { ...SAMPLE_PRACTICE, profession: 'laboratory' });
    const { page } = session;
    await page.reload();
    await page.getByRole('link', { name: en.hacked.entry, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(en.hacked.title);
    await page.getByText(en.hacked.cnil.ars).waitFor();
    expect(await page.getByRole('link', { name: en.hacked.cnil.arsLink }).getAttribute('href')).toBe('https://signalement.social-sante.gouv.fr/');
    await expectNoSeriousAxeViolations(page, 'hacked (en, laboratory)');
    await screenshot(page, 'en-hacked-laboratory');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});
