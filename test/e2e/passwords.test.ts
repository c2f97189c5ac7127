import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PasswordResults } from '../../electron/core/model/schemas/password.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import { ARTEFACTS_DIR, screenshot, type HygieSession, type OpenOptions } from '../support/browser-harness.ts';
import { sha1Hex, startFakeHibp, type FakeHibp } from '../support/fake-hibp.ts';
import { findSecrets } from '../support/secret-scan.ts';
import { callCore, escapeRegExp, expectNoSeriousAxeViolations, harnessPerFile, heading, messages, SAMPLE_PRACTICE } from './setup-fixtures.ts';

// The Passwords page end to end (issue 5): Chromium, the real router, store and engine, and the
// fake Pwned Passwords on loopback. One person at the desk checks their accounts with the
// keyboard: live meter and the practice's rules, breaches (found N times, or "could not check"
// when the service cannot be reached — never "not in breaches"), reuse within the sitting, the
// passphrase helper, the 60-second idle clear (on Playwright's clock), and "Next person". Then
// the password typed is looked for, with its SHA-1, in every file Hygie and the test wrote.

/** Typed through the UI only; it must end up nowhere but the screen. */
const DISTINCTIVE = 'Zq-HygieTest-4417-Ürgent';
/** In the fake's breach corpus. */
const BREACHED = 'Marseille2024!';
const BREACHED_COUNT = 3_861;
/** Long, random, four kinds of characters, in no corpus: its verdict hangs on the breach lookup alone. */
const STRONG = 'Vq8#tLm2!pR7zW$4k';
const WEAK = 'Parc-Lyon-2024';

const MAILBOX = 'helene.lefevre@cabinet-du-parc.fr';
// Generous: a loaded two-core CI machine must not turn the 2-second slow answers below into timeouts.
const CORE = { password: { pwned: { timeoutMs: 10_000, retries: 0 } } };

const fr = messages.fr;
const en = messages.en;

const files = harnessPerFile();
const { sessions, fakes } = files;

/** i18next's "{{name}}" and "{{count, number}}" placeholders, filled as the page fills them. */
function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)(?:, \w+)?\}\}/gu, (_, key: string) => values[key] ?? '');
}

/** French texts carry no-break spaces (« : », « ; »): compare as a reader sees them. */
function norm(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/gu, ' ').trim();
}

/** The whole text, whatever spaces it is written with. */
function loose(text: string): RegExp {
  return new RegExp(`^${norm(text).split(' ').map(escapeRegExp).join('[\\s\\u00a0\\u202f]+')}$`, 'u');
}

/**
 * A session on the Passwords page with the practice saved, one person and the fake service;
 * Playwright's clock is installed before the app loads, so the idle clear can be fast-forwarded.
 */
async function openPasswords(options: OpenOptions): Promise<{ session: HygieSession; hibp: FakeHibp; person: StaffMember }> {
  const hibp = await startFakeHibp({ pwnedPasswords: { password: 10_434_004, [BREACHED]: BREACHED_COUNT } });
  fakes.push(hibp);
  const session = await files.harness.open({ ...options, core: CORE });
  sessions.push(session);
  await session.page.clock.install();
  await callCore(session, 'practice.save', SAMPLE_PRACTICE);
  await callCore(session, 'services.set', { pwnedPasswordsBaseUrl: hibp.pwnedBaseUrl });
  const person = await callCore<StaffMember>(session, 'staff.create', {
    firstName: 'Hélène',
    lastName: 'Lefèvre',
    role: 'secretary',
    roleLabel: null,
    emails: [MAILBOX],
    services: ['pro-sante-connect', 'amelipro'],
  });
  const { page } = session;
  const lang = options.locale.startsWith('en') ? 'en' : 'fr';
  await page.reload();
  await page.getByRole('navigation').getByRole('link', { name: messages[lang].nav.passwords, exact: true }).click();
  await expect.poll(() => heading(page)).toBe(messages[lang].pages.passwords.title);
  return { session, hibp, person };
}

/** Choose the person at the desk with the keyboard, then "Start". */
async function startSitting(page: Page, lang: 'fr' | 'en', name: string): Promise<void> {
  const m = messages[lang].passwords.sitting;
  const select = page.getByRole('button', { name: new RegExp(escapeRegExp(m.person)) });
  await select.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name }).waitFor();
  await page.keyboard.press('Enter');
  await expect.poll(() => select.innerText()).toContain(name);
  await page.getByRole('button', { name: m.start }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => norm(await page.locator('.pw-sitting__name').innerText())).toBe(norm(fill(m.heading, { name })));
}

/** Open an account's checker with the keyboard; the password field takes the focus. */
async function openChecker(page: Page, lang: 'fr' | 'en', account: string) {
  const m = messages[lang].passwords;
  await page.getByRole('button', { name: loose(fill(m.sitting.checkFor, { account })) }).focus();
  await page.keyboard.press('Enter');
  const checker = page.getByRole('region', { name: loose(fill(m.checker.title, { account })) });
  const input = checker.getByLabel(loose(fill(m.checker.field, { account })));
  await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
  return { checker, input };
}

/** Type a password as a person would (key by key), after emptying the field. */
async function typePassword(page: Page, input: ReturnType<Page['getByLabel']>, password: string): Promise<void> {
  await input.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(password);
}

/** The overview's folded part for the IT provider (the policy, the counts), opened from the keyboard. */
async function openProviderDetails(page: Page): Promise<void> {
  const details = page.locator('.provider-details').filter({ has: page.locator('.pw-policy') });
  await details.locator('> summary').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => details.getAttribute('open')).not.toBeNull();
}

async function meterWord(checker: ReturnType<Page['getByRole']>): Promise<string> {
  return (await checker.locator('.pw-meter__word').innerText()).trim();
}

describe('the Passwords page', () => {
  it('checks one person\'s passwords with the keyboard: rules, breaches, reuse, offline, passphrase, idle clear — and keeps none of them (fr)', async () => {
    const m = fr.passwords;
    const { session, hibp } = await openPasswords({ locale: 'fr-FR' });
    const { page } = session;
    const consoleLines: string[] = [];
    page.on('console', (message) => consoleLines.push(message.text()));

    // The overview: every account "à confirmer", not fine; the practice's policy with its source and
    // the counts are folded for the IT provider (opened here from the keyboard).
    await expect.poll(() => heading(page)).toBe(fr.pages.passwords.title);
    await page.getByRole('heading', { name: m.sitting.pickerTitle }).waitFor();
    await openProviderDetails(page);
    expect(await page.locator('.pw-policy__chosen').innerText()).toContain(fr.policy.options['cnil-2022'].name);
    expect(await page.locator('.pw-policy').innerText()).toContain(fr.policy.options['cnil-2022'].source);
    expect(await page.locator('[data-status="not-checked"] .status-tile__value').innerText()).toBe('3');
    expect(await page.locator('[data-status="pass"] .status-tile__value').innerText()).toBe('0');
    expect(await page.locator('.result-person .status-chip').allInnerTexts()).toEqual([m.standing['to-confirm'], m.standing['to-confirm'], m.standing['to-confirm']]);
    await expectNoSeriousAxeViolations(page, 'passwords overview');
    await screenshot(page, 'fr-passwords-overview');

    await startSitting(page, 'fr', 'Hélène Lefèvre');
    // Front-desk privacy said before anything is typed; the mailbox comes first.
    expect(await page.locator('.pw-sitting').innerText()).toContain('60 secondes sans frappe');
    const accounts = await page.locator('.pw-sitting ~ section .result-item__name').allInnerTexts();
    const mailbox = `${fr.staff.services.mailbox} (${MAILBOX})`;
    expect(accounts).toEqual([mailbox, fr.staff.services.amelipro, fr.staff.services['pro-sante-connect']]);

    // A weak password, typed: the live meter and the CNIL rules explain why.
    const box = await openChecker(page, 'fr', mailbox);
    expect(await box.input.getAttribute('type')).toBe('password');
    expect(await box.input.getAttribute('autocomplete')).toBe('off');
    expect(await box.input.getAttribute('spellcheck')).toBe('false');
    expect(await box.input.getAttribute('autocapitalize')).toBe('off');
    expect(await box.checker.locator('.pw-checker__idle').innerText()).toBe(m.checker.idleNotice);
    await page.keyboard.type(WEAK);
    await expect.poll(() => meterWord(box.checker), { timeout: 15_000 }).toMatch(/^(Très faible|Faible|Moyenne) \(\d sur 4\)$/u);
    const meter = box.checker.getByRole('meter', { name: m.meter.label });
    expect(Number(await meter.getAttribute('value'))).toBeLessThanOrEqual(2);
    // The verdict comes by itself once typing stops, without "Vérifier": à changer.
    const verdict = box.checker.locator('.pw-checker__verdict .pw-outcome');
    await expect.poll(() => verdict.getAttribute('data-verdict'), { timeout: 15_000 }).toBe('fail');
    expect(await verdict.locator('.status-chip').innerText()).toBe(m.standing['to-change']);
    // The rules, one by one, are folded for the IT provider: opened from the keyboard.
    await box.checker.locator('.pw-checker__details > summary').focus();
    await page.keyboard.press('Enter');
    const rules = box.checker.locator('.pw-checker__policy .pw-rule');
    await expect.poll(() => rules.count()).toBeGreaterThan(3);
    expect(await box.checker.locator('.pw-checker__policy .pw-rule[data-outcome="fail"]').count()).toBeGreaterThan(0);
    expect(await box.checker.locator('.pw-checker__policy .status-chip').innerText()).toBe(m.verdict.fail);
    // The practice's town is a word an attacker tries first.
    expect(await box.checker.locator('.pw-context-chip').allInnerTexts()).toContainEqual(expect.stringMatching(/lyon/iu));
    // The other policies, folded, open from the keyboard.
    const others = box.checker.locator('.pw-others');
    await others.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => others.getAttribute('open')).not.toBeNull();
    expect(await others.locator('.pw-others__item').count()).toBe(3);
    await expectNoSeriousAxeViolations(page, 'password checker with a weak password');
    await screenshot(page, 'fr-passwords-checker-weak');

    // Show, then hide again, from the keyboard.
    await box.checker.getByRole('button', { name: m.checker.showLabel }).focus();
    await page.keyboard.press('Enter');
    expect(await box.input.getAttribute('type')).toBe('text');
    await page.keyboard.press('Enter');
    expect(await box.input.getAttribute('type')).toBe('password');

    // The distinctive password, checked (Enter in the field): not in breaches, not reused, recorded.
    await typePassword(page, box.input, DISTINCTIVE);
    await expect.poll(() => box.checker.locator('.pw-meter__word').innerText(), { timeout: 15_000 }).toMatch(/sur 4/u);
    // The page never mirrors it into the DOM (a controlled input would write it in the value attribute).
    expect(await page.content()).not.toContain(DISTINCTIVE);
    await box.input.focus();
    await page.keyboard.press('Enter');
    const outcome = box.checker.locator('.pw-outcome');
    await outcome.waitFor({ timeout: 15_000 });
    expect(await outcome.locator('[data-pwned]').getAttribute('data-pwned')).toBe('not-pwned');
    expect(await outcome.locator('[data-reused]').getAttribute('data-reused')).toBe('no');
    // The fake answers at a base URL of the practice's choosing: named as its mirror.
    expect(await outcome.innerText()).toContain(fill(m.result.notPwned, { source: m.result.source['pwned-mirror-url'] }));
    // Only the first 5 characters of its SHA-1 went to the service.
    const sha1 = sha1Hex(DISTINCTIVE);
    const ranges = hibp.log.filter((entry) => entry.path.startsWith('/pwned/'));
    expect(ranges.map((entry) => entry.path)).toContain(`/pwned/range/${sha1.slice(0, 5)}`);
    expect(JSON.stringify(hibp.log).toUpperCase()).not.toContain(sha1.slice(5));

    // The same password on amelipro, in the same sitting: "même mot de passe que" the mailbox.
    await box.checker.getByRole('button', { name: m.checker.close }).focus();
    await page.keyboard.press('Enter');
    const amelipro = await openChecker(page, 'fr', fr.staff.services.amelipro);
    await page.keyboard.type(DISTINCTIVE);
    await page.keyboard.press('Enter');
    const reused = amelipro.checker.locator('.pw-outcome [data-reused="yes"]');
    await reused.waitFor({ timeout: 15_000 });
    expect(await reused.innerText()).toBe(fill(m.result.reused, { accounts: mailbox }));
    expect(await amelipro.checker.locator('.pw-outcome .status-chip').innerText()).toBe(m.verdict.fail);
    await screenshot(page, 'fr-passwords-reuse');
    // The mailbox's stored verdict says it too.
    const mailboxRow = page.locator('.pw-account').filter({ has: page.locator('.result-item__name', { hasText: mailbox }) });
    await expect.poll(() => mailboxRow.locator('> .split-row .status-chip').innerText()).toBe(m.standing['to-change']);
    expect(await mailboxRow.innerText()).toContain(fill(m.stored.reused, { accounts: fr.staff.services.amelipro }));

    // A password from a breach: found N times, the verdict says to change it.
    await amelipro.checker.getByRole('button', { name: m.checker.close }).click();
    const psc = await openChecker(page, 'fr', fr.staff.services['pro-sante-connect']);
    await page.keyboard.type(BREACHED);
    await page.keyboard.press('Enter');
    const pwned = psc.checker.locator('.pw-outcome [data-pwned="pwned"]');
    await pwned.waitFor({ timeout: 15_000 });
    expect(await pwned.innerText()).toBe(fill(m.result.pwned, { count: new Intl.NumberFormat('fr-FR').format(BREACHED_COUNT) }));
    expect(await psc.checker.locator('[data-rule="not-pwned"]').first().getAttribute('data-outcome')).toBe('fail');
    // However long, a password found in breaches reads as worth nothing on the meter too, never
    // "Bonne" in green under the red verdict.
    await expect.poll(() => meterWord(psc.checker), { timeout: 15_000 }).toBe(m.meter.foundInBreaches);
    expect(Number(await psc.checker.getByRole('meter', { name: m.meter.label }).getAttribute('value'))).toBe(0);
    expect(await psc.checker.locator('.pw-meter__breached').innerText()).toBe(m.meter.foundInBreachesHint);
    await screenshot(page, 'fr-passwords-pwned');

    // Offline: the service cannot be reached. "Impossible de vérifier", never "absent des fuites".
    hibp.fault('/pwned/range/', { type: 'reset' });
    await typePassword(page, psc.input, STRONG);
    await page.keyboard.press('Enter');
    const offline = psc.checker.locator('.pw-outcome [data-pwned="not-checked"]');
    await offline.waitFor({ timeout: 15_000 });
    expect(await offline.innerText()).toMatch(/^Impossible de vérifier/u);
    const offlineText = await psc.checker.locator('.pw-outcome').innerText();
    expect(offlineText).not.toContain(fill(m.result.notPwned, { source: m.result.source['pwned-mirror-url'] }));
    expect(offlineText).not.toMatch(/Absent des fuites/u);
    expect(await psc.checker.locator('.pw-outcome .status-chip').innerText()).not.toBe(m.verdict.pass);
    expect(await psc.checker.locator('.pw-checker__policy [data-rule="not-pwned"]').getAttribute('data-outcome')).toBe('not-checked');
    await screenshot(page, 'fr-passwords-offline');
    hibp.clearFaults();

    // "Créer un mot de passe solide": drawn by the engine, 8 words without accents, then in English.
    await psc.checker.getByRole('button', { name: m.generator.make }).focus();
    await page.keyboard.press('Enter');
    const output = psc.checker.locator('.pw-generator__output');
    await output.waitFor();
    const first = (await output.innerText()).trim();
    expect(first.split('-')).toHaveLength(8);
    expect(first).toMatch(/^[a-z-]+$/u);
    // Its strength in bits is for the IT provider, folded.
    expect(await psc.checker.locator('.pw-generator').innerText()).not.toContain('88 bits');
    await psc.checker.locator('.pw-generator').getByText(messages.fr.providerDetails.summary).click();
    expect(await psc.checker.locator('.pw-generator').innerText()).toContain('88 bits');
    await psc.checker.getByRole('button', { name: m.generator.another }).click();
    await expect.poll(async () => (await output.innerText()).trim()).not.toBe(first);
    await psc.checker.getByRole('radio', { name: m.generator.en }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => psc.checker.getByRole('radio', { name: m.generator.en }).isChecked()).toBe(true);
    await expect.poll(async () => (await output.getAttribute('lang')) ?? '').toBe('en');
    await screenshot(page, 'fr-passwords-passphrase');

    // "Copier" goes through the main process (clipboard.copySecret), never navigator.clipboard: the
    // passphrase reaches the system clipboard with its "do not keep" markers and is erased later.
    const drawn = (await output.innerText()).trim();
    const status = psc.checker.locator('.pw-generator > [role="status"]');
    await psc.checker.getByRole('button', { name: m.generator.copy, exact: true }).click();
    await expect.poll(() => session.clipboard.secrets).toEqual([drawn]);
    await expect.poll(async () => norm(await status.innerText())).toBe(norm(fill(m.generator.copied, { minutes: '2' })));
    await screenshot(page, 'fr-passwords-passphrase-copied');
    // Refused (another program holds the clipboard): the phrase is selected for Ctrl+C, and said so.
    session.clipboard.refuse = true;
    await psc.checker.getByRole('button', { name: m.generator.copy, exact: true }).click();
    await expect.poll(async () => norm(await status.innerText())).toBe(norm(fill(m.generator.copyFailed, { shortcut: 'Ctrl+C' })));
    expect(await page.evaluate(() => window.getSelection()?.toString().trim())).toBe(drawn);
    session.clipboard.refuse = false;

    // 60 s without typing clears the field, the results and the passphrase (Playwright's clock, no waiting).
    await typePassword(page, psc.input, WEAK);
    await expect.poll(() => meterWord(psc.checker), { timeout: 15_000 }).toMatch(/sur 4/u);
    await page.clock.fastForward(45_000);
    expect(await psc.input.inputValue()).toBe(WEAK);
    await page.keyboard.type('x'); // typing again restarts the minute
    await page.clock.fastForward(45_000);
    expect(await psc.input.inputValue()).toBe(`${WEAK}x`);
    await page.clock.fastForward(16_000);
    await expect.poll(() => psc.input.inputValue()).toBe('');
    await expect.poll(() => psc.checker.locator('.pw-checker__cleared').innerText()).toBe(m.checker.cleared);
    expect(await meterWord(psc.checker)).toBe(m.checker.typeFirst);
    expect(await psc.checker.locator('.pw-outcome, .pw-rule, .pw-generator__output').count()).toBe(0);
    expect(await psc.input.getAttribute('type')).toBe('password');

    // "Personne suivante": the person's screen goes, the sitting ends, the overview shows the verdicts.
    await page.getByRole('button', { name: m.sitting.next }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.pw-announcement').innerText()).toBe(m.sitting.ended);
    await page.getByRole('heading', { name: m.sitting.pickerTitle }).waitFor();
    expect(await page.locator('.pw-checker').count()).toBe(0);
    await openProviderDetails(page);
    const results = await callCore<PasswordResults>(session, 'password.results');
    const latest = results.persons[0]!.accounts.map((account) => [account.service, account.latest?.verdict ?? null]);
    // Pro Santé Connect: the weak password typed last (for the idle clear) was checked by itself too.
    expect(Object.fromEntries(latest)).toEqual({ mailbox: 'fail', amelipro: 'fail', 'pro-sante-connect': 'fail' });
    expect(await page.locator('[data-status="fail"] .status-tile__value').innerText()).toBe('3');
    expect(await page.locator('[data-flag="reused"]').innerText()).toContain('2');
    await expectNoSeriousAxeViolations(page, 'passwords overview with verdicts');
    await screenshot(page, 'fr-passwords-overview-verdicts');

    // Leaving the page in the middle of a check clears it and ends the sitting.
    await startSitting(page, 'fr', 'Hélène Lefèvre');
    const again = await openChecker(page, 'fr', mailbox);
    await page.keyboard.type(DISTINCTIVE);
    await page.getByRole('navigation').getByRole('link', { name: fr.nav.staff, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(fr.pages.staff.title);
    await page.getByRole('navigation').getByRole('link', { name: fr.nav.passwords, exact: true }).click();
    await page.getByRole('heading', { name: m.sitting.pickerTitle }).waitFor();
    expect(await again.checker.count()).toBe(0);

    // Nothing of the password anywhere: the data folder (database, -wal, backups, logs), the console,
    // and everything this test run wrote (screenshots, reports).
    const secrets = [DISTINCTIVE, sha1, sha1.toLowerCase()];
    // The files are encrypted (SQLCipher), so the store's rows are read decrypted too: every table.
    const store = await session.store.open();
    const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    expect(tables).toContain('check_result');
    const rows = tables.map((table) => JSON.stringify(store.db.prepare(`SELECT * FROM "${table}"`).all())).join('\n');
    expect(rows).toContain('hygie-password-check');
    for (const secret of secrets) expect(rows.includes(secret), 'a table of the store').toBe(false);
    expect(findSecrets(session.dataDir, secrets), 'data folder, store open').toEqual([]);
    expect(consoleLines.filter((line) => secrets.some((secret) => line.includes(secret)))).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    const dataDir = session.dataDir;
    sessions.splice(sessions.indexOf(session), 1);
    await session.close();
    expect(findSecrets(dataDir, secrets), 'data folder, store closed').toEqual([]);
    if (existsSync(ARTEFACTS_DIR)) expect(findSecrets(ARTEFACTS_DIR, secrets), 'test artefacts').toEqual([]);
  });

  it('never shows a check\'s answer for other text (edited or cleared while the breach lookup is slow), and clears the person\'s screen after 5 minutes without activity (fr)', async () => {
    const m = fr.passwords;
    const { session, hibp } = await openPasswords({ locale: 'fr-FR' });
    const { page } = session;
    await startSitting(page, 'fr', 'Hélène Lefèvre');
    // The privacy note says both timers, as they are.
    expect(norm(await page.locator('.pw-sitting__privacy').innerText())).toBe(norm(fill(m.sitting.privacy, { name: 'Hélène Lefèvre', seconds: '60', minutes: '5' })));
    const mailbox = `${fr.staff.services.mailbox} (${MAILBOX})`;
    const row = (account: string) => page.locator('.pw-account').filter({ has: page.locator('.result-item__name', { hasText: account }) });
    const storedChip = (account: string) => row(account).locator('> .split-row .status-chip').innerText();

    // Records, from now on, any check outcome or breach rule shown as passed in the open checker
    // (the grey "à confirmer" while a check is on its way is not an outcome).
    const watchForVerdicts = (checker: ReturnType<Page['getByRole']>) =>
      checker.evaluate((element) => {
        const seen: string[] = [];
        const look = () => {
          if (element.querySelector('.pw-outcome:not([data-verdict="pending"])')) seen.push('outcome');
          if (element.querySelector('[data-rule="not-pwned"][data-outcome="pass"]')) seen.push('not-pwned pass');
        };
        new MutationObserver(look).observe(element, { subtree: true, childList: true, attributes: true });
        (window as unknown as { seenVerdicts: string[] }).seenVerdicts = seen;
      });
    const seenVerdicts = () => page.evaluate(() => (window as unknown as { seenVerdicts: string[] }).seenVerdicts);

    // The check starts by itself once typing stops; the breach lookup takes 3 s; the password is
    // edited before it answers: that check is cancelled (nothing shown, nothing stored), and the
    // edited text gets its own check, by itself again.
    hibp.fault('/pwned/range/', { type: 'slow', delayMs: 3_000 }, 2);
    const box = await openChecker(page, 'fr', mailbox);
    await page.keyboard.type(STRONG);
    await expect.poll(() => box.checker.locator('button[type="submit"]').innerText(), { timeout: 15_000 }).toBe(m.checker.checking);
    await watchForVerdicts(box.checker);
    await page.keyboard.type('!');
    // While the edited text waits for its own check: grey "à confirmer", never the first answer.
    expect(await box.checker.locator('.pw-checker__verdict .pw-outcome').getAttribute('data-verdict')).toBe('pending');
    await expect.poll(() => hibp.log.filter((entry) => entry.path.startsWith('/pwned/')).length, { timeout: 15_000 }).toBe(2);
    expect(await seenVerdicts()).toEqual([]);
    await screenshot(page, 'fr-passwords-edited-during-check');
    // The edited text's verdict comes, and only one verdict was stored: the cancelled check left none.
    await expect.poll(() => box.checker.locator('.pw-checker__verdict .pw-outcome').getAttribute('data-verdict'), { timeout: 15_000 }).toBe('pass');
    await expect.poll(() => storedChip(mailbox), { timeout: 15_000 }).toBe(m.standing.compliant);
    const checks = (await callCore<{ action: string }[]>(session, 'audit.list', { limit: 100 })).filter((entry) => entry.action === 'password.check');
    expect(checks).toHaveLength(1);
    expect(await box.input.inputValue()).toBe(`${STRONG}!`);

    // Ticking "lockout" after a check drops its answer too, and the check runs again by itself.
    await box.checker.getByRole('checkbox', { name: new RegExp(escapeRegExp(m.checker.lockout)) }).focus();
    await page.keyboard.press('Space');
    expect(await box.checker.locator('.pw-checker__verdict .pw-outcome').getAttribute('data-verdict')).toBe('pending');
    await expect.poll(() => box.checker.locator('.pw-checker__verdict .pw-outcome').getAttribute('data-verdict'), { timeout: 15_000 }).toBe('pass');

    // The 60-second clear while the lookup is slow: the late answer does not bring the password's verdict back.
    hibp.fault('/pwned/range/', { type: 'slow', delayMs: 2_000 }, 1);
    await box.checker.getByRole('button', { name: m.checker.close }).click();
    const amelipro = await openChecker(page, 'fr', fr.staff.services.amelipro);
    await page.keyboard.type(STRONG);
    await page.keyboard.press('Enter');
    await expect.poll(() => amelipro.checker.locator('button[type="submit"]').innerText()).toBe(m.checker.checking);
    await watchForVerdicts(amelipro.checker);
    await page.clock.fastForward(61_000);
    await expect.poll(() => amelipro.checker.locator('.pw-checker__cleared').innerText()).toBe(m.checker.cleared);
    await expect.poll(() => storedChip(fr.staff.services.amelipro), { timeout: 15_000 }).toBe(m.standing.compliant);
    expect(await amelipro.checker.locator('.pw-outcome, .pw-rule').count()).toBe(0);
    expect(await meterWord(amelipro.checker)).toBe(m.checker.typeFirst);
    expect(await seenVerdicts()).toEqual([]);

    // 5 minutes without a key or the pointer: the person's screen goes, as with "Personne suivante", and the page says why.
    // The pointer and the keyboard each count as someone still there.
    await page.mouse.move(10, 10);
    await page.mouse.move(60, 40);
    await page.clock.fastForward(4 * 60_000);
    expect(await page.locator('.pw-sitting').count()).toBe(1);
    await page.keyboard.press('Shift');
    await page.clock.fastForward(4 * 60_000);
    expect(await page.locator('.pw-sitting').count()).toBe(1);
    await page.clock.fastForward(61_000);
    await expect.poll(() => page.locator('.pw-announcement').innerText()).toBe(fill(m.sitting.idleEnded, { minutes: '5' }));
    await page.getByRole('heading', { name: m.sitting.pickerTitle }).waitFor();
    expect(await page.locator('.pw-sitting, .pw-checker').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain(fill(m.sitting.heading, { name: 'Hélène Lefèvre' }));
    await screenshot(page, 'fr-passwords-sitting-idle-ended');
    expect(session.consoleErrors).toEqual([]);
  });

  it('copies a passphrase on a Mac, and when the copy is refused says to press ⌘C (en, macOS)', async () => {
    const m = en.passwords;
    const { session } = await openPasswords({ locale: 'en-GB', platform: 'darwin' });
    const { page } = session;
    await startSitting(page, 'en', 'Hélène Lefèvre');
    const box = await openChecker(page, 'en', `${en.staff.services.mailbox} (${MAILBOX})`);
    await box.checker.getByRole('button', { name: m.generator.make }).click();
    const output = box.checker.locator('.pw-generator__output');
    await output.waitFor();
    const status = box.checker.locator('.pw-generator > [role="status"]');
    session.clipboard.refuse = true;
    await box.checker.getByRole('button', { name: m.generator.copy, exact: true }).click();
    await expect.poll(async () => norm(await status.innerText())).toBe(norm(fill(m.generator.copyFailed, { shortcut: '⌘C' })));
    await screenshot(page, 'en-passwords-copy-refused-mac');
    expect(session.clipboard.secrets).toEqual([]);
    session.clipboard.refuse = false;
    await box.checker.getByRole('button', { name: m.generator.copy, exact: true }).click();
    await expect.poll(() => session.clipboard.secrets).toEqual([(await output.innerText()).trim()]);
    await expect.poll(async () => norm(await status.innerText())).toBe(norm(fill(m.generator.copied, { minutes: '2' })));
    expect(session.consoleErrors).toEqual([]);
  });

  it('shows the checker in English with the engine\'s explanations in English, and asks for the person again once the sitting has ended (en)', async () => {
    const m = en.passwords;
    const { session } = await openPasswords({ locale: 'en-GB' });
    const { page } = session;
    await page.getByRole('heading', { name: m.sitting.pickerTitle }).waitFor();
    await openProviderDetails(page);
    expect(await page.locator('.pw-policy__chosen').innerText()).toBe(fill(m.policy.chosen, { name: en.policy.options['cnil-2022'].name }));
    await startSitting(page, 'en', 'Hélène Lefèvre');
    const mailbox = `${en.staff.services.mailbox} (${MAILBOX})`;
    const box = await openChecker(page, 'en', mailbox);
    await page.keyboard.type(WEAK);
    await expect.poll(() => meterWord(box.checker), { timeout: 15_000 }).toMatch(/^(Very weak|Weak|Fair) \(\d out of 4\)$/u);
    await expect.poll(() => box.checker.locator('.pw-checker__verdict .pw-outcome').getAttribute('data-verdict'), { timeout: 15_000 }).toBe('fail');
    expect(await box.checker.locator('.pw-checker__verdict .status-chip').innerText()).toBe(m.standing['to-change']);
    await box.checker.locator('.pw-checker__details > summary').click();
    await expect.poll(() => box.checker.locator('.pw-checker__policy .pw-rule').count()).toBeGreaterThan(3);
    // The explanations come in the interface's language.
    const explanations = (await box.checker.locator('.pw-checker__policy .pw-rule__text').allInnerTexts()).join(' ');
    expect(explanations).toMatch(/\b(the|characters|password)\b/u);
    expect(explanations).not.toMatch(/\b(caractères|mot de passe)\b/u);
    await expectNoSeriousAxeViolations(page, 'password checker (en)');
    await screenshot(page, 'en-passwords-checker');

    // Another person's sitting begun elsewhere ends Hélène's: "Check" then asks for the person again.
    const paul = await callCore<StaffMember>(session, 'staff.create', {
      firstName: 'Paul',
      lastName: 'Garçon',
      role: 'secretary',
      roleLabel: null,
      emails: ['paul.garcon@cabinet-du-parc.fr'],
      services: [],
    });
    await callCore(session, 'password.beginSitting', { staffId: paul.id });
    await box.input.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.pw-announcement').innerText()).toBe(m.sitting.expired);
    await page.getByRole('heading', { name: m.sitting.pickerTitle }).waitFor();
    expect(await page.locator('.pw-checker').count()).toBe(0);
    expect(session.consoleErrors).toEqual([]);
  });
});
