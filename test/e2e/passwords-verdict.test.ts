import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ActionList } from '../../electron/core/model/schemas/actions.ts';
import type { PasswordResults } from '../../electron/core/model/schemas/password.ts';
import { ARTEFACTS_DIR, screenshot, type HygieSession, type OpenOptions } from '../support/browser-harness.ts';
import { sha1Hex, startFakeHibp, type FakeHibp } from '../support/fake-hibp.ts';
import { findSecrets } from '../support/secret-scan.ts';
import { callCore, escapeRegExp, expectNoSeriousAxeViolations, fill, harnessPerFile, heading, messages, norm, SAMPLE_PRACTICE, type Lang } from './setup-fixtures.ts';

// The Passwords page simplified (issue 17 item 5), end to end in Chromium with the real router,
// store and engine and the fake Pwned Passwords on loopback: one verdict at the top in words; the
// leak check runs by itself once typing stops (no button pressed); the self-assessment for a shared
// computer is saved as "declared", shown so after a reload, and counted as such; the password
// managers are named with their official links; and nothing typed reaches the store or a log.

/** In the fake's breach corpus: typed, never submitted. */
const LEAKED = 'Soleil-Marseille-2019';
const LEAKED_COUNT = 2_417;
const MAILBOX = 'helene.lefevre@cabinet-du-parc.fr';
const CORE = { password: { pwned: { timeoutMs: 10_000, retries: 0 } } };

const files = harnessPerFile();
const { sessions, fakes } = files;

async function openPasswords(options: OpenOptions): Promise<{ session: HygieSession; hibp: FakeHibp; lang: Lang }> {
  const hibp = await startFakeHibp({ pwnedPasswords: { [LEAKED]: LEAKED_COUNT } });
  fakes.push(hibp);
  const session = await files.harness.open({ ...options, core: CORE });
  sessions.push(session);
  await callCore(session, 'practice.save', SAMPLE_PRACTICE);
  await callCore(session, 'services.set', { pwnedPasswordsBaseUrl: hibp.pwnedBaseUrl });
  await callCore(session, 'staff.create', {
    firstName: 'Hélène',
    lastName: 'Lefèvre',
    role: 'secretary',
    roleLabel: null,
    emails: [MAILBOX],
    services: ['amelipro'],
  });
  const lang: Lang = options.locale.startsWith('en') ? 'en' : 'fr';
  await session.page.reload();
  await goToPasswords(session.page, lang);
  return { session, hibp, lang };
}

async function goToPasswords(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: messages[lang].nav.passwords, exact: true }).click();
  await expect.poll(() => heading(page)).toBe(messages[lang].pages.passwords.title);
  await page.locator('.pw-verdict').waitFor();
}

async function choosePerson(page: Page, lang: Lang, name: string): Promise<void> {
  const m = messages[lang].passwords.sitting;
  await page.getByRole('button', { name: new RegExp(escapeRegExp(m.person)) }).click();
  await page.getByRole('option', { name }).click();
}

/** The chip of an account's row in the overview. */
function accountChip(page: Page, account: string) {
  return page.locator('.result-person .pw-account').filter({ has: page.locator('.result-item__name', { hasText: account }) }).locator('.status-chip');
}

/** Answers the four questions of one account, by clicking, then saves. */
async function declare(page: Page, lang: Lang, account: string, answers: Record<string, 'yes' | 'no'>): Promise<void> {
  const m = messages[lang].passwords.declare;
  const row = page.locator('.pw-declare__account').filter({ has: page.locator('.result-item__name', { hasText: account }) });
  for (const [question, value] of Object.entries(answers)) {
    await row.locator(`[data-question="${question}"]`).getByRole('radio', { name: m[value] }).click();
  }
  await row.getByRole('button', { name: m.save }).click();
  await expect.poll(() => row.locator('.pw-declare__saved').innerText()).not.toBe('');
}

describe('the Passwords page, simplified', () => {
  it('says one verdict at the top, checks a leaked password as it is typed, and keeps a self-assessment as declared after a reload (fr)', async () => {
    const { session, hibp, lang } = await openPasswords({ locale: 'fr-FR' });
    const { page } = session;
    const m = messages.fr.passwords;
    const consoleLines: string[] = [];
    page.on('console', (message) => consoleLines.push(message.text()));

    // Nothing checked yet: "à confirmer" at the top, in words, never "conforme".
    expect(await page.locator('.pw-verdict .status-chip').innerText()).toBe(m.standing['to-confirm']);
    expect(norm(await page.locator('.pw-verdict__sentence').innerText())).toBe(norm(fill(m.top['to-confirm_other'], { count: '2' })));
    // The rules and the other policies are folded, for the IT provider.
    expect(await page.locator('.pw-policy').isVisible()).toBe(false);
    // The password managers, with their official links.
    const managers = page.locator('.pw-managers');
    expect(await managers.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      'https://bitwarden.com/download/',
      'https://keepassxc.org/download/',
    ]);
    await expectNoSeriousAxeViolations(page, 'passwords page with its verdict');
    await screenshot(page, 'fr-passwords-simplified-overview');

    // The person at the desk types a password found in breaches, and presses nothing.
    await choosePerson(page, lang, 'Hélène Lefèvre');
    await page.getByRole('button', { name: m.sitting.start }).click();
    const mailbox = `${messages.fr.staff.services.mailbox} (${MAILBOX})`;
    await page.getByRole('button', { name: new RegExp(`^${escapeRegExp(norm(fill(m.sitting.checkFor, { account: mailbox }))).replace(/ /gu, '[\\s\\u00a0\\u202f]+')}$`, 'u') }).click();
    const checker = page.locator('.pw-checker');
    const input = checker.locator('input[name="hygie-password-under-test"]');
    await input.focus();
    await page.keyboard.type(LEAKED, { delay: 20 });
    // Grey "à confirmer" while it waits, then red "à changer" with the count — by itself.
    const verdict = checker.locator('.pw-checker__verdict .pw-outcome');
    await expect.poll(() => verdict.getAttribute('data-verdict'), { timeout: 15_000 }).toBe('fail');
    expect(await verdict.locator('.status-chip').innerText()).toBe(m.standing['to-change']);
    expect(await verdict.locator('[data-pwned]').getAttribute('data-pwned')).toBe('pwned');
    const sha1 = sha1Hex(LEAKED);
    expect(hibp.log.map((entry) => entry.path)).toContain(`/pwned/range/${sha1.slice(0, 5)}`);
    // The bits and rules are folded.
    expect(await checker.locator('.pw-checker__policy').isVisible()).toBe(false);
    await screenshot(page, 'fr-passwords-simplified-leaked');

    // The next person uses the shared computer and prefers not to type: four questions instead.
    await page.getByRole('button', { name: m.sitting.next }).click();
    await page.locator('.pw-verdict').waitFor();
    expect(await page.locator('.pw-verdict .status-chip').innerText()).toBe(m.standing['to-change']);
    await choosePerson(page, lang, 'Hélène Lefèvre');
    await page.getByRole('button', { name: m.declare.open }).click();
    await page.locator('.pw-declare').waitFor();
    const amelipro = messages.fr.staff.services.amelipro;
    await declare(page, lang, amelipro, { minLength: 'yes', unique: 'no', manager: 'no', changedSinceBreach: 'yes' });
    expect(norm(await page.locator('.pw-declare__saved').filter({ hasText: amelipro }).innerText())).toBe(
      norm(fill(m.declare.saved, { account: amelipro, standing: fill(m.standing.declared, { standing: m.standing['to-change'] }) })),
    );
    // The checked mailbox says what is wrong with its password, not the rule it missed.
    const failedLine = norm(await page.locator('.pw-declare .pw-stored__line').filter({ hasText: norm(m.overview.failed.split('{{')[0]!).trim() }).first().innerText());
    expect(failedLine).toContain(m.ruleFailure['not-pwned']);
    await expectNoSeriousAxeViolations(page, 'self-assessment');
    await screenshot(page, 'fr-passwords-simplified-declare');

    // After a reload, the overview still says it, as declared; the top says declarations count less.
    await page.reload();
    await goToPasswords(page, lang);
    await expect.poll(() => accountChip(page, amelipro).innerText()).toBe(fill(m.standing.declared, { standing: m.standing['to-change'] }));
    expect(await accountChip(page, mailbox).innerText()).toBe(m.standing['to-change']);
    expect(norm(await page.locator('.pw-verdict__declared').innerText())).toBe(norm(fill(m.top.declared_one, { count: '1' })));
    await screenshot(page, 'fr-passwords-simplified-after-reload');

    // The "no" answers are a finding with its fix on the Actions page, like the others.
    const actions = await callCore<ActionList>(session, 'actions.list', { language: 'fr' });
    const declared = actions.actions.find((action) => action.kind === 'declared-password')!;
    expect(declared).toMatchObject({ area: 'passwords', severity: 'high' });
    expect(declared.playbook).toHaveLength(2);
    const results = await callCore<PasswordResults>(session, 'password.results');
    expect(results.summary).toMatchObject({ fail: 2, declared: 1 });

    // Nothing typed anywhere: the store's rows (decrypted), the data folder, the console, the artefacts.
    const secrets = [LEAKED, sha1, sha1.toLowerCase()];
    const store = await session.store.open();
    const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    expect(tables).toContain('password_declaration');
    const rows = tables.map((table) => JSON.stringify(store.db.prepare(`SELECT * FROM "${table}"`).all())).join('\n');
    for (const secret of secrets) expect(rows.includes(secret), 'a table of the store').toBe(false);
    expect(consoleLines.filter((line) => secrets.some((secret) => line.includes(secret)))).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    const dataDir = session.dataDir;
    sessions.splice(sessions.indexOf(session), 1);
    await session.close();
    expect(findSecrets(dataDir, secrets), 'data folder').toEqual([]);
    if (existsSync(ARTEFACTS_DIR)) expect(findSecrets(ARTEFACTS_DIR, secrets), 'test artefacts').toEqual([]);
  });

  it('says "could not check" plainly when the breach service cannot be reached, and shows a declaration as declared (en)', async () => {
    const { session, hibp, lang } = await openPasswords({ locale: 'en-GB' });
    const { page } = session;
    const m = messages.en.passwords;

    // Declared, all "yes": compliant — and said to be declared, which counts half.
    await choosePerson(page, lang, 'Hélène Lefèvre');
    await page.getByRole('button', { name: m.declare.open }).click();
    const mailbox = `${messages.en.staff.services.mailbox} (${MAILBOX})`;
    await declare(page, lang, mailbox, { minLength: 'yes', unique: 'yes', manager: 'yes', changedSinceBreach: 'yes' });
    await page.getByRole('button', { name: m.declare.close }).click();
    await page.reload();
    await goToPasswords(page, lang);
    await expect.poll(() => accountChip(page, mailbox).innerText()).toBe(fill(m.standing.declared, { standing: m.standing.compliant }));
    expect(await page.locator('.pw-verdict .status-chip').innerText()).toBe(m.standing['to-confirm']);
    await screenshot(page, 'en-passwords-simplified-declared');

    // Offline: typed, checked by itself, "to confirm" with the reason — never "compliant".
    hibp.fault('/pwned/range/', { type: 'reset' });
    await choosePerson(page, lang, 'Hélène Lefèvre');
    await page.getByRole('button', { name: m.sitting.start }).click();
    await page.getByRole('button', { name: fill(m.sitting.checkFor, { account: messages.en.staff.services.amelipro }) }).click();
    const checker = page.locator('.pw-checker');
    await checker.locator('input[name="hygie-password-under-test"]').focus();
    await page.keyboard.type('Vq8#tLm2!pR7zW$4k-offline', { delay: 10 });
    const verdict = checker.locator('.pw-checker__verdict .pw-outcome');
    await expect.poll(() => verdict.getAttribute('data-verdict'), { timeout: 15_000 }).toBe('not-checked');
    expect(await verdict.locator('.status-chip').innerText()).toBe(m.standing['to-confirm']);
    expect(await verdict.locator('[data-pwned]').getAttribute('data-pwned')).toBe('not-checked');
    expect(await verdict.innerText()).toMatch(/^Could not check|Could not check/mu);
    await screenshot(page, 'en-passwords-simplified-offline');
  });
});
