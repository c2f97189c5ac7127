import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type {
  PasswordAssessment,
  PasswordCheckResult,
  PasswordResults,
  Sitting,
  StoredPasswordVerdict,
} from '../../electron/core/model/schemas/password.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import { closeAllCores, openCore, PRACTICE, type Core } from '../support/core.ts';
import { startFakeHibp, sha1Hex, type FakeHibp } from '../support/fake-hibp.ts';
import { findSecrets } from '../support/secret-scan.ts';

// The password audit through the real contract: router → handlers → encrypted store, the real
// keychain, the fake Pwned Passwords on loopback. What a user would notice: a pwned password
// fails with its count, a lookup that could not answer is never a pass, the same password on two
// accounts of one sitting is said for both (and only within the sitting), the live meter stores
// nothing, and no trace of the password is left in the data folder or the audit log.

// Strong, free of context words, and distinctive enough to be searched for in files.
const STRONG = 'Vk7#pL2!xQ9@mR4$wZ';
const STRONG_2 = 'Tq3&nB8%hJ5*cY1^gF';
const PWNED = 'Zq-HygieTest-4417-Ürgent';
const PWNED_COUNT = 4417;
const EVERY_PASSWORD = [STRONG, STRONG_2, PWNED];

let fake: FakeHibp;
let clockMs = Date.UTC(2026, 2, 2, 9, 0, 0);
const loggerLines: string[] = [];

beforeAll(async () => {
  fake = await startFakeHibp({ pwnedPasswords: { password: 10_434_004, [PWNED]: PWNED_COUNT }, backgroundLinesPerRange: 20 });
});

afterAll(async () => {
  await closeAllCores();
  await fake.close();
});

afterEach(() => {
  fake.clearFaults();
});

/**
 * pwnedTimeoutMs: how long the pwned lookup may take. Generous by default, so that a loaded
 * two-core CI machine is not mistaken for a silent service; short only where a hang is the test.
 */
async function setUp(options: { pwnedBaseUrl?: string; pwnedTimeoutMs?: number } = {}): Promise<{ core: Core; person: StaffMember; other: StaffMember }> {
  const core = openCore({
    core: { password: { sitting: { now: () => clockMs, sweepEveryMs: 0 }, pwned: { timeoutMs: options.pwnedTimeoutMs ?? 10_000, retries: 0 } } },
    logger: { error: (message, error) => loggerLines.push(message, String(error), error instanceof Error ? (error.stack ?? '') : '') },
  });
  await core.call('practice.save', PRACTICE);
  await core.call('services.set', { pwnedPasswordsBaseUrl: options.pwnedBaseUrl ?? fake.pwnedBaseUrl });
  const person = await core.call<StaffMember>('staff.create', {
    firstName: 'Hélène',
    lastName: 'Lefèvre',
    role: 'secretary',
    roleLabel: null,
    emails: ['helene.lefevre@cabinet-dupont.fr'],
    services: ['amelipro', 'bank'],
  });
  const other = await core.call<StaffMember>('staff.create', {
    firstName: 'Paul',
    lastName: 'Martin',
    role: 'it-provider',
    roleLabel: null,
    emails: ['paul.martin@cabinet-dupont.fr'],
    services: [],
  });
  return { core, person, other };
}

async function accountsOf(core: Core, staffId: string): Promise<PasswordResults['persons'][number]['accounts']> {
  const results = await core.call<PasswordResults>('password.results');
  return results.persons.find((person) => person.staffId === staffId)!.accounts;
}

async function accountId(core: Core, staffId: string, service: string): Promise<string> {
  return (await accountsOf(core, staffId)).find((account) => account.service === service)!.accountId;
}

async function latest(core: Core, staffId: string, service: string): Promise<StoredPasswordVerdict | null> {
  return (await accountsOf(core, staffId)).find((account) => account.service === service)!.latest;
}

function check(core: Core, sittingId: string, account: string, password: string): Promise<PasswordCheckResult> {
  return core.call<PasswordCheckResult>('password.check', { sittingId, accountId: account, password });
}

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code: string }).code;
  }
  throw new Error('expected the call to fail');
}

function passwordRows(core: Core): Promise<{ status: string; reason: string | null; source: string; details: string }[]> {
  return core.host.use((store) =>
    store.db.prepare("SELECT status, reason, source, details FROM check_result WHERE kind = 'password' ORDER BY id").all(),
  ) as Promise<{ status: string; reason: string | null; source: string; details: string }[]>;
}

describe('password.check against Pwned Passwords', () => {
  it('fails a password found in breaches, with the count, and stores that verdict', async () => {
    const { core, person } = await setUp();
    const sitting = await core.call<Sitting>('password.beginSitting', { staffId: person.id });
    const mailbox = await accountId(core, person.id, 'mailbox');

    const result = await check(core, sitting.sittingId, mailbox, PWNED);
    expect(result.pwned).toMatchObject({ status: 'pwned', count: PWNED_COUNT });
    expect(result.assessment.verdict).toBe('fail');
    const chosen = result.assessment.policies[0]!;
    expect(chosen.policy).toBe('cnil-2022');
    expect(chosen.rules.find((rule) => rule.kind === 'not-pwned')?.outcome).toBe('fail');

    const stored = await latest(core, person.id, 'mailbox');
    expect(stored).toMatchObject({ verdict: 'fail', pwned: { status: 'pwned', count: PWNED_COUNT }, policy: 'cnil-2022', recordedBy: 'test:secretariat' });
    expect(stored!.failedRules).toContain('not-pwned');
    // Only the 5-character prefix went to the service.
    expect(fake.log.some((request) => request.path === `/pwned/range/${sha1Hex(PWNED).slice(0, 5)}`)).toBe(true);
  });

  it('passes a strong password the service does not know', async () => {
    const { core, person } = await setUp();
    const sitting = await core.call<Sitting>('password.beginSitting', { staffId: person.id });
    const result = await check(core, sitting.sittingId, await accountId(core, person.id, 'mailbox'), STRONG);
    expect(result.pwned.status).toBe('not-pwned');
    expect(result.assessment.verdict).toBe('pass');
    expect(await latest(core, person.id, 'mailbox')).toMatchObject({ verdict: 'pass', reason: null, pwned: { status: 'not-pwned' }, reusedWith: [] });
  });

  it.each([
    ['a 503', 'unavailable', (f: FakeHibp) => f.fault('/pwned/range/', { type: 'status', status: 503 })],
    ['no answer in time', 'timeout', (f: FakeHibp) => f.fault('/pwned/range/', { type: 'hang' })],
  ] as const)('says not-checked, never pass, when the service gives %s', async (_label, reason, fault) => {
    const { core, person } = await setUp({ pwnedTimeoutMs: 400 });
    fault(fake);
    const sitting = await core.call<Sitting>('password.beginSitting', { staffId: person.id });
    const result = await check(core, sitting.sittingId, await accountId(core, person.id, 'mailbox'), STRONG);
    expect(result.pwned).toMatchObject({ status: 'not-checked', reason });
    expect(result.assessment.verdict).toBe('not-checked');
    expect(result.assessment.policies[0]!.rules.find((rule) => rule.kind === 'not-pwned')?.outcome).toBe('not-checked');
    expect(await latest(core, person.id, 'mailbox')).toMatchObject({ verdict: 'not-checked', reason, pwned: { status: 'not-checked', reason } });
    const results = await core.call<PasswordResults>('password.results');
    expect(results.summary).toMatchObject({ pass: 0, notChecked: 1 });
  });

  it('says not-checked when nothing listens at the configured address', async () => {
    const closedUrl = await closedLoopbackUrl();
    const { core, person } = await setUp({ pwnedBaseUrl: closedUrl });
    const sitting = await core.call<Sitting>('password.beginSitting', { staffId: person.id });
    const result = await check(core, sitting.sittingId, await accountId(core, person.id, 'mailbox'), STRONG);
    expect(result.pwned).toMatchObject({ status: 'not-checked', reason: 'network' });
    expect(result.assessment.verdict).toBe('not-checked');
  });
});

describe('reuse within a sitting', () => {
  it("says the same password for both accounts, in the check and in both stored verdicts", async () => {
    const { core, person } = await setUp();
    const mailbox = await accountId(core, person.id, 'mailbox');
    const amelipro = await accountId(core, person.id, 'amelipro');
    const bank = await accountId(core, person.id, 'bank');
    const sitting = await core.call<Sitting>('password.beginSitting', { staffId: person.id });

    const first = await check(core, sitting.sittingId, mailbox, STRONG);
    expect(first.reusedWith).toEqual([]);
    // Nothing was compared yet: the rule passes without claiming the password differs.
    const firstReuse = first.assessment.policies[0]!.rules.find((rule) => rule.kind === 'not-reused')!;
    expect(firstReuse.outcome).toBe('pass');
    expect(firstReuse.explanation.fr).toMatch(/rien à comparer/iu);
    expect(firstReuse.explanation.fr).not.toContain('Différent');
    const secondCheck = await check(core, sitting.sittingId, bank, STRONG_2);
    expect(secondCheck).toMatchObject({ reusedWith: [] });
    expect(secondCheck.assessment.policies[0]!.rules.find((rule) => rule.kind === 'not-reused')!.explanation.fr).toContain('Différent des autres');
    const second = await check(core, sitting.sittingId, amelipro, STRONG);
    expect(second.reusedWith).toEqual([{ accountId: mailbox, service: 'mailbox', label: 'helene.lefevre@cabinet-dupont.fr' }]);
    expect(second.assessment.verdict).toBe('fail');
    expect(second.assessment.policies[0]!.rules.find((rule) => rule.kind === 'not-reused')?.outcome).toBe('fail');

    const storedMailbox = await latest(core, person.id, 'mailbox');
    const storedAmelipro = await latest(core, person.id, 'amelipro');
    expect(storedAmelipro).toMatchObject({ verdict: 'fail', reusedWith: [{ accountId: mailbox, service: 'mailbox' }] });
    // The earlier account's verdict now says it too, and fails for it.
    expect(storedMailbox).toMatchObject({ verdict: 'fail', reusedWith: [{ accountId: amelipro, service: 'amelipro', label: 'amelipro' }] });
    expect(storedMailbox!.failedRules).toContain('not-reused');
    expect(await latest(core, person.id, 'bank')).toMatchObject({ verdict: 'pass', reusedWith: [] });
    const results = await core.call<PasswordResults>('password.results');
    expect(results.summary).toMatchObject({ reused: 2, fail: 2, pass: 1 });
    // The earlier account's new row has its own audit entry, with account ids only.
    const audit = await core.host.use((store) => store.audit.latest(1000));
    const reuse = audit.filter((entry) => entry.action === 'password.reuse');
    expect(reuse).toHaveLength(1);
    expect(reuse[0]).toMatchObject({ subject: mailbox, details: { reusedWith: amelipro } });
  });

  it('does not compare across sittings, and refuses a sitting that ended', async () => {
    const { core, person } = await setUp();
    const mailbox = await accountId(core, person.id, 'mailbox');
    const amelipro = await accountId(core, person.id, 'amelipro');
    const first = await core.call<Sitting>('password.beginSitting', { staffId: person.id });
    await check(core, first.sittingId, mailbox, STRONG);
    expect(await core.call('password.endSitting', { sittingId: first.sittingId })).toEqual({ ended: true });
    expect(await rejection(check(core, first.sittingId, amelipro, STRONG))).toBe('password-sitting-ended');

    const second = await core.call<Sitting>('password.beginSitting', { staffId: person.id });
    expect(second.sittingId).not.toBe(first.sittingId);
    const again = await check(core, second.sittingId, amelipro, STRONG);
    expect(again.reusedWith).toEqual([]);
    expect(again.assessment.verdict).toBe('pass');
  });

  it('ends the sitting when another person sits down, and after 15 minutes idle', async () => {
    const { core, person, other } = await setUp();
    const mailbox = await accountId(core, person.id, 'mailbox');
    const first = await core.call<Sitting>('password.beginSitting', { staffId: person.id });
    await core.call<Sitting>('password.beginSitting', { staffId: other.id });
    expect(await rejection(check(core, first.sittingId, mailbox, STRONG))).toBe('password-sitting-ended');

    const second = await core.call<Sitting>('password.beginSitting', { staffId: person.id });
    await check(core, second.sittingId, mailbox, STRONG);
    clockMs += 14 * 60_000;
    await check(core, second.sittingId, mailbox, STRONG_2);
    clockMs += 15 * 60_000;
    expect(await rejection(check(core, second.sittingId, mailbox, STRONG))).toBe('password-sitting-ended');
  });

  it("refuses an account that is not the sitting's person's", async () => {
    const { core, person, other } = await setUp();
    const sitting = await core.call<Sitting>('password.beginSitting', { staffId: person.id });
    const theirs = await accountId(core, other.id, 'mailbox');
    expect(await rejection(check(core, sitting.sittingId, theirs, STRONG))).toBe('account-not-found');
    expect(await rejection(check(core, sitting.sittingId, 'no-such-account', STRONG))).toBe('account-not-found');
  });
});

describe('password.assess and password.results', () => {
  it('assesses live without network, storage or audit entry, with the account facts', async () => {
    const { core, person, other } = await setUp();
    const rowsBefore = (await passwordRows(core)).length;
    const auditBefore = await core.host.use((store) => store.audit.latest(1000).length);
    const requestsBefore = fake.log.length;
    const mailbox = await accountId(core, person.id, 'mailbox');
    await core.call('mfa.declare', { accountId: mailbox, status: 'app' });

    const assessment = await core.call<PasswordAssessment>('password.assess', { staffId: person.id, accountId: mailbox, password: 'CabinetDupont2024!', lockout: true });
    expect(assessment.account).toEqual({ mfa: true, admin: false, lockout: true });
    expect(assessment.strength.contextWords.map((word) => word.kind)).toContain('practice-name');
    expect(assessment.policies[0]!.cnilCase).toBe('2');
    expect(assessment.policies[0]!.rules.find((rule) => rule.kind === 'not-pwned')?.outcome).toBe('pending');
    expect(assessment.verdict).not.toBe('pass');

    const admin = await core.call<PasswordAssessment>('password.assess', { staffId: other.id, accountId: null, password: STRONG });
    expect(admin.account).toEqual({ mfa: false, admin: true, lockout: false });

    expect(fake.log.length).toBe(requestsBefore);
    expect((await passwordRows(core)).length).toBe(rowsBefore);
    // mfa.declare wrote one entry; the assessments none.
    expect(await core.host.use((store) => store.audit.latest(1000).length)).toBe(auditBefore + 1);
    expect(await latest(core, person.id, 'mailbox')).toBeNull();
  });

  it('lists every account, never-checked ones as null and counted apart', async () => {
    const { core, person } = await setUp();
    const before = await core.call<PasswordResults>('password.results');
    expect(before.policy).toBe('cnil-2022');
    expect(before.summary).toMatchObject({ accounts: 4, neverChecked: 4, pass: 0, fail: 0, notChecked: 0 });
    const mine = before.persons.find((entry) => entry.staffId === person.id)!;
    expect(mine.accounts.map((account) => account.service)).toEqual(['mailbox', 'amelipro', 'bank']);
    expect(mine.accounts.every((account) => account.latest === null)).toBe(true);

    const sitting = await core.call<Sitting>('password.beginSitting', { staffId: person.id });
    await check(core, sitting.sittingId, mine.accounts[0]!.accountId, STRONG);
    const after = await core.call<PasswordResults>('password.results');
    expect(after.summary).toMatchObject({ accounts: 4, neverChecked: 3, pass: 1 });
  });

  it('does not count a code by e-mail as MFA for the password rules', async () => {
    const { core, person } = await setUp();
    const mailbox = await accountId(core, person.id, 'mailbox');
    await core.call('mfa.declare', { accountId: mailbox, status: 'email-code' });
    const assessment = await core.call<PasswordAssessment>('password.assess', { staffId: person.id, accountId: mailbox, password: 'Vk7#pL2!x' });
    expect(assessment.account.mfa).toBe(false);
    // NIST's 8 characters need real MFA: 9 characters with an e-mail code still fail.
    const nist = assessment.policies.find((policy) => policy.policy === 'nist-800-63b')!;
    expect(nist.rules.find((rule) => rule.kind === 'min-length')?.outcome).toBe('fail');
    await core.call('mfa.declare', { accountId: mailbox, status: 'sms' });
    expect((await core.call<PasswordAssessment>('password.assess', { staffId: person.id, accountId: mailbox, password: 'Vk7#pL2!x' })).account.mfa).toBe(true);
  });

  it('stores nothing that tells two strong passwords of different lengths apart', async () => {
    const { core, person } = await setUp();
    const sitting = await core.call<Sitting>('password.beginSitting', { staffId: person.id });
    const short = await check(core, sitting.sittingId, await accountId(core, person.id, 'mailbox'), 'Vk7#pL2!xQ9@mR4$');
    const long = await check(core, sitting.sittingId, await accountId(core, person.id, 'bank'), 'Tq3&nB8%hJ5*cY1^gFw6Xz');
    expect(short.assessment.verdict).toBe('pass');
    expect(long.assessment.verdict).toBe('pass');
    const rows = await passwordRows(core);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.details).toBe(rows[1]!.details);
    expect(rows[0]!.details).not.toMatch(/bits|length/iu);
  });

  it("generates passphrases free of the practice's and the person's words", async () => {
    const { core, person } = await setUp();
    for (let draw = 0; draw < 25; draw += 1) {
      const generated = await core.call<{ passphrase: string; listSize: number }>('password.generate', { lang: 'fr', words: 6, staffId: person.id });
      // "docteur", "medecin", "cabinet"… are left out of the list for a GP practice.
      expect(generated.listSize).toBeLessThan(2048);
      const assessment = await core.call<PasswordAssessment>('password.assess', { staffId: person.id, accountId: null, password: generated.passphrase });
      expect(assessment.policies[0]!.rules.find((rule) => rule.kind === 'no-context-words')?.outcome).toBe('pass');
    }
    expect(await rejection(core.call('password.generate', { lang: 'fr', staffId: 'nobody' }))).toBe('staff-not-found');
  });

  it('generates a passphrase in the language asked', async () => {
    const { core } = await setUp();
    const generated = await core.call<{ passphrase: string; words: number; bits: number }>('password.generate', { lang: 'fr' });
    expect(generated.words).toBe(8);
    expect(generated.passphrase.split('-')).toHaveLength(8);
    expect(generated.bits).toBeGreaterThanOrEqual(80);
  });
});

describe('nothing of the password is kept', () => {
  it('leaves no password, SHA-1 or UTF-8 bytes in the data folder, the database rows, the audit log or the logs', async () => {
    const { core, person } = await setUp();
    const mailbox = await accountId(core, person.id, 'mailbox');
    const amelipro = await accountId(core, person.id, 'amelipro');
    const sitting = await core.call<Sitting>('password.beginSitting', { staffId: person.id });
    for (const password of EVERY_PASSWORD) await core.call('password.assess', { staffId: person.id, accountId: mailbox, password });
    await check(core, sitting.sittingId, mailbox, PWNED);
    await check(core, sitting.sittingId, amelipro, PWNED);
    fake.fault('/pwned/range/', { type: 'status', status: 503 });
    await check(core, sitting.sittingId, mailbox, STRONG);
    // A refused call (a sitting that ended) must not carry the password in its error either.
    await core.call('password.endSitting', { sittingId: sitting.sittingId });
    const ended = await check(core, sitting.sittingId, amelipro, STRONG_2).catch((error: unknown) => error);

    const rows = await passwordRows(core);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    // The stored details are StoredPasswordVerdict's fields and nothing else.
    const allowed = ['policy', 'cnilCase', 'score', 'failedRules', 'policies', 'pwned', 'contextKinds', 'reusedWith', 'recordedBy'];
    for (const row of rows) {
      expect(row.source).toBe('hygie-password-check');
      expect(Object.keys(JSON.parse(row.details)).sort()).toEqual([...allowed].sort());
    }

    // Decrypted: every row of every table, the audit log included, as text.
    const dump = await core.host.use((store) => {
      const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
      return tables.map(({ name }) => JSON.stringify(store.db.prepare(`SELECT * FROM "${name}"`).all())).join('\n');
    });
    const auditLog = JSON.stringify(await core.host.use((store) => store.audit.latest(10_000)));
    expect(auditLog).toContain('password.check');
    const texts = [dump, auditLog, loggerLines.join('\n'), JSON.stringify(ended)];
    for (const password of EVERY_PASSWORD) {
      const forms = [password, sha1Hex(password), sha1Hex(password).toLowerCase(), Buffer.from(password, 'utf8').toString('hex')];
      for (const text of texts) for (const form of forms) expect(text.includes(form), `${form.slice(0, 6)}… found`).toBe(false);
    }

    // On disk: the database, its -wal, the backups, the preferences (UTF-8, UTF-16, upper case,
    // raw SHA-1 bytes and base64 forms).
    core.close();
    const secrets = EVERY_PASSWORD.flatMap((password) => [password, sha1Hex(password), sha1Hex(password).toLowerCase()]);
    expect(findSecrets(core.dataDir, secrets)).toEqual([]);
  });
});

/** A loopback port with nothing listening: bound, then closed. */
async function closedLoopbackUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
