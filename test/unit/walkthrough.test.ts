import { afterEach, describe, expect, it } from 'vitest';
import type { MfaMatrix, MfaRecord } from '../../electron/core/model/schemas/mfa-matrix.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import type { WalkthroughPlan, WalkthroughProgress } from '../../electron/core/model/schemas/walkthrough.ts';
import type { AuditEntry } from '../../electron/core/model/schemas/audit.ts';
import { closeAllCores, openCore, PRACTICE, type Core } from '../support/core.ts';

// The walkthrough and the MFA matrix through the contract, on the real encrypted store.

afterEach(closeAllCores);

async function addPerson(core: Core, overrides: Partial<Record<string, unknown>> = {}): Promise<StaffMember> {
  return core.call<StaffMember>('staff.create', {
    firstName: 'Hélène',
    lastName: 'Lefèvre',
    role: 'physician',
    roleLabel: null,
    emails: ['helene.lefevre@cabinet-dupont.fr', 'h.lefevre@gmail.com'],
    // Given out of risk order on purpose.
    services: ['bank', 'franceconnect', 'amelipro', 'impots', 'pro-sante-connect'],
    ...overrides,
  });
}

/** What B's breach check writes: the latest 'breach' row of a mailbox account. */
async function recordBreach(core: Core, email: string, breaches: { name: string; title: string; breachDate: string }[]) {
  const store = await core.host.open();
  const accountId = store.db.prepare("SELECT id FROM account WHERE service = 'mailbox' AND identifier = ?").pluck().get(email) as string;
  store.db
    .prepare(
      `INSERT INTO check_result (account_id, kind, status, reason, source, checked_at, details)
       VALUES (?, 'breach', 'breached', NULL, 'hibp', ?, ?)`,
    )
    .run(accountId, '2026-01-10T09:00:00.000Z', JSON.stringify({ breaches: breaches.map((b) => ({ ...b, dataClasses: ['Email addresses', 'Passwords'] })) }));
  return accountId;
}

describe('the walkthrough plan', () => {
  it('orders accounts mailbox first (each address), then amelipro, Pro Santé Connect, FranceConnect, then the rest, and ends on phishing', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    const person = await addPerson(core);
    const plan = await core.call<WalkthroughPlan>('walkthrough.plan', { staffId: person.id });
    expect(plan.accounts.map((a) => `${a.service}${a.identifier ? ` ${a.identifier}` : ''}`)).toEqual([
      'mailbox helene.lefevre@cabinet-dupont.fr',
      'mailbox h.lefevre@gmail.com',
      'amelipro',
      'pro-sante-connect',
      'franceconnect',
      'impots',
      'bank',
    ]);
    const services = plan.steps.map((step) => step.service);
    // Steps follow the accounts: no service comes back once the next one has started.
    expect([...new Set(services)]).toEqual(['mailbox', 'amelipro', 'pro-sante-connect', 'franceconnect', 'impots', 'bank', null]);
    const mailboxSteps = plan.steps.filter((s) => s.accountId === plan.accounts[0]!.accountId).map((s) => s.step);
    expect(mailboxSteps).toEqual(['check-password', 'enable-mfa', 'recovery', 'forwarding', 'sessions']);
    const ameliproSteps = plan.steps.filter((s) => s.service === 'amelipro').map((s) => s.step);
    expect(ameliproSteps).toEqual(expect.arrayContaining(['enable-mfa', 'check-password', 'dedicated-mailbox', 'login-notices']));
    // The password step is the chain's two links (mailbox, amelipro), not every account's.
    expect(plan.steps.filter((s) => s.step === 'check-password').map((s) => s.service)).toEqual(['mailbox', 'mailbox', 'amelipro']);
    expect(plan.steps.filter((s) => s.service === 'pro-sante-connect').map((s) => s.step)).toContain('device-lock');
    expect(plan.steps.filter((s) => s.service === 'franceconnect').map((s) => s.step)).toContain('bank-details-alerts');
    expect(plan.steps.at(-1)).toMatchObject({ step: 'phishing', accountId: null });
    // amelipro's MFA step offers the CPS card and e-CPS, with the catalogue's own instructions.
    const ameliproMfa = plan.steps.find((s) => s.service === 'amelipro' && s.step === 'enable-mfa')!;
    expect(ameliproMfa.methods.map((m) => m.kind)).toEqual(expect.arrayContaining(['cps-card', 'e-cps']));
    expect(ameliproMfa.how?.fr.length).toBeGreaterThan(0);
    expect(ameliproMfa.links[0]!.url.fr).toMatch(/^https:\/\//);
    expect(plan).toMatchObject({ answered: 0, complete: false, resumeIndex: 0, total: plan.steps.length });
  });

  it('gives a mailbox found in a breach the "changed since <date>" step first, with the latest breach date', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    const person = await addPerson(core, { services: [] });
    const breachedId = await recordBreach(core, 'h.lefevre@gmail.com', [
      { name: 'Canva', title: 'Canva', breachDate: '2019-05-24' },
      { name: 'Deezer', title: 'Deezer', breachDate: '2022-11-08' },
    ]);
    const plan = await core.call<WalkthroughPlan>('walkthrough.plan', { staffId: person.id });
    const breached = plan.steps.filter((s) => s.accountId === breachedId);
    expect(breached[0]).toMatchObject({ step: 'password-changed-since-breach', breachDate: '2022-11-08' });
    expect(plan.accounts.find((a) => a.accountId === breachedId)!.breach).toEqual({ date: '2022-11-08', titles: ['Canva', 'Deezer'] });
    // The other address was not found: no such step.
    const clean = plan.steps.filter((s) => s.service === 'mailbox' && s.accountId !== breachedId);
    expect(clean.map((s) => s.step)).not.toContain('password-changed-since-breach');
  });
});

describe('answers', () => {
  it('are saved at each answer and resumed after the store is closed and reopened', async () => {
    const first = openCore();
    await first.call('practice.save', PRACTICE);
    const person = await addPerson(first, { emails: ['helene.lefevre@cabinet-dupont.fr'], services: ['amelipro'] });
    let plan = await first.call<WalkthroughPlan>('walkthrough.plan', { staffId: person.id });
    const [password, mfa, recovery, forwarding] = plan.steps;
    expect(password!.step).toBe('check-password');
    plan = await first.call<WalkthroughPlan>('walkthrough.answer', { staffId: person.id, accountId: password!.accountId, step: 'check-password', answer: 'done' });
    plan = await first.call<WalkthroughPlan>('walkthrough.answer', {
      staffId: person.id,
      accountId: mfa!.accountId,
      step: 'enable-mfa',
      answer: 'done',
      mfaStatus: 'app',
      mfaMethod: 'totp',
      note: 'Google Authenticator sur le téléphone du cabinet',
    });
    plan = await first.call<WalkthroughPlan>('walkthrough.answer', {
      staffId: person.id,
      accountId: recovery!.accountId,
      step: 'recovery',
      answer: 'not-possible',
      note: 'ancien numéro, à changer',
    });
    expect(plan).toMatchObject({ answered: 3, resumeIndex: 3 });
    expect(plan.steps[3]!.key).toBe(forwarding!.key);
    first.close();

    const again = openCore({ dataDir: first.dataDir, secrets: first.secrets });
    const resumed = await again.call<WalkthroughPlan>('walkthrough.plan', { staffId: person.id });
    expect(resumed.resumeIndex).toBe(3);
    expect(resumed.steps[1]!.answer).toMatchObject({ answer: 'done', note: 'Google Authenticator sur le téléphone du cabinet', recordedBy: 'test:secretariat' });
    expect(resumed.steps[2]!.answer).toMatchObject({ answer: 'not-possible', note: 'ancien numéro, à changer' });

    // Answering again replaces, it does not add a step.
    const changed = await again.call<WalkthroughPlan>('walkthrough.answer', {
      staffId: person.id,
      accountId: recovery!.accountId,
      step: 'recovery',
      answer: 'done',
    });
    expect(changed.answered).toBe(3);
    expect(changed.steps[2]!.answer).toMatchObject({ answer: 'done', note: null });

    const audit = await again.call<AuditEntry[]>('audit.list', { limit: 5 });
    expect(audit[0]).toMatchObject({ action: 'walkthrough.answer', subject: person.id, details: { step: 'recovery', answer: 'done' } });
    // Notes are free text about a person's accounts: never in the audit log.
    expect(JSON.stringify(audit)).not.toContain('ancien numéro');
  });

  it('refuses "done" on the MFA step without the method now on, and a step the person does not have', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    const person = await addPerson(core, { services: [] });
    const plan = await core.call<WalkthroughPlan>('walkthrough.plan', { staffId: person.id });
    const accountId = plan.steps[0]!.accountId;
    await expect(core.call('walkthrough.answer', { staffId: person.id, accountId, step: 'enable-mfa', answer: 'done' })).rejects.toMatchObject({
      code: 'walkthrough-mfa-status-needed',
    });
    await expect(
      core.call('walkthrough.answer', { staffId: person.id, accountId, step: 'enable-mfa', answer: 'done', mfaStatus: 'none' }),
    ).rejects.toMatchObject({ code: 'walkthrough-mfa-status-needed' });
    await expect(core.call('walkthrough.answer', { staffId: person.id, accountId, step: 'login-notices', answer: 'done' })).rejects.toMatchObject({
      code: 'walkthrough-step-unknown',
    });
    const after = await core.call<WalkthroughPlan>('walkthrough.plan', { staffId: person.id });
    expect(after.answered).toBe(0);
  });

  it('count per person and for the practice', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    const helene = await addPerson(core, { emails: ['helene.lefevre@cabinet-dupont.fr'], services: [] });
    await addPerson(core, { firstName: 'Paul', lastName: 'Garçon', emails: ['paul.garcon@cabinet-dupont.fr'], services: ['amelipro'] });
    let plan = await core.call<WalkthroughPlan>('walkthrough.plan', { staffId: helene.id });
    for (const step of plan.steps) {
      plan = await core.call<WalkthroughPlan>('walkthrough.answer', {
        staffId: helene.id,
        accountId: step.accountId,
        step: step.step,
        answer: step.step === 'enable-mfa' ? 'not-possible' : 'done',
        ...(step.step === 'enable-mfa' ? { mfaStatus: 'none', note: 'pas proposé par le fournisseur' } : {}),
      });
    }
    expect(plan).toMatchObject({ complete: true, answered: plan.total });
    const progress = await core.call<WalkthroughProgress>('walkthrough.progress');
    const byName = Object.fromEntries(progress.people.map((p) => [p.firstName, p]));
    expect(byName['Hélène']).toMatchObject({ complete: true, answered: plan.total, lastAnsweredAt: expect.any(String) });
    expect(byName['Paul']).toMatchObject({ complete: false, answered: 0, lastAnsweredAt: null });
    expect(progress.practice).toMatchObject({ people: 2, complete: 1, started: 1, answered: plan.total, total: plan.total + byName['Paul']!.total });
  });
});

describe('the MFA matrix', () => {
  it('shows the status declared in the walkthrough, with who recorded it and when', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    const person = await addPerson(core, { emails: ['helene.lefevre@cabinet-dupont.fr'], services: ['amelipro'] });
    const plan = await core.call<WalkthroughPlan>('walkthrough.plan', { staffId: person.id });
    const amelipro = plan.steps.find((s) => s.service === 'amelipro' && s.step === 'enable-mfa')!;
    await core.call('walkthrough.answer', { staffId: person.id, accountId: amelipro.accountId, step: 'enable-mfa', answer: 'done', mfaStatus: 'phishing-resistant', mfaMethod: 'e-cps' });
    const matrix = await core.call<MfaMatrix>('mfa.matrix');
    const cells = matrix.rows[0]!.cells;
    expect(cells.map((c) => [c.service, c.status])).toEqual([
      ['mailbox', 'unknown'],
      ['amelipro', 'phishing-resistant'],
    ]);
    expect(cells[0]!.record).toBeNull();
    expect(cells[1]!.record).toMatchObject({ evidence: 'declared', recordedBy: 'test:secretariat', provider: 'amelipro', methods: ['e-cps'], checkedAt: expect.any(String) });
  });

  it('never counts unknown as protected, and puts people with a mailbox or amelipro gap first', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    // Alphabetically first, fully protected: must come after the gaps.
    const anne = await addPerson(core, { firstName: 'Anne', lastName: 'Aubert', emails: ['anne@cabinet-dupont.fr'], services: ['amelipro'] });
    const zoe = await addPerson(core, { firstName: 'Zoé', lastName: 'Zimmer', emails: ['zoe@cabinet-dupont.fr'], services: ['amelipro'] });
    const marc = await addPerson(core, { firstName: 'Marc', lastName: 'Martin', emails: ['marc@cabinet-dupont.fr'], services: ['amelipro', 'bank'] });
    const matrix0 = await core.call<MfaMatrix>('mfa.matrix');
    const cellOf = (m: MfaMatrix, staffId: string, service: string) => m.rows.find((r) => r.staffId === staffId)!.cells.find((c) => c.service === service)!;
    for (const service of ['mailbox', 'amelipro']) {
      await core.call<MfaRecord>('mfa.declare', { accountId: cellOf(matrix0, anne.id, service).accountId, status: 'app' });
    }
    // Marc: mailbox and amelipro protected, only his bank is unknown.
    await core.call('mfa.declare', { accountId: cellOf(matrix0, marc.id, 'mailbox').accountId, status: 'sms' });
    await core.call('mfa.declare', { accountId: cellOf(matrix0, marc.id, 'amelipro').accountId, status: 'phishing-resistant' });
    // Zoé said "unknown" out loud: still unknown, still a gap.
    await core.call('mfa.declare', { accountId: cellOf(matrix0, zoe.id, 'mailbox').accountId, status: 'unknown', note: 'ne sait pas' });

    const matrix = await core.call<MfaMatrix>('mfa.matrix');
    expect(matrix.rows.map((r) => [r.firstName, r.criticalGap, r.gaps])).toEqual([
      ['Zoé', true, 2],
      ['Marc', false, 1],
      ['Anne', false, 0],
    ]);
    const coverage = Object.fromEntries(matrix.coverage.map((c) => [c.service, c]));
    expect(matrix.coverage.map((c) => c.service)).toEqual(['mailbox', 'amelipro', 'bank']);
    expect(coverage.mailbox).toMatchObject({ accounts: 3, protected: 2, unknown: 1, none: 0, phishingResistant: 0 });
    expect(coverage.amelipro).toMatchObject({ accounts: 3, protected: 2, unknown: 1, phishingResistant: 1 });
    expect(coverage.bank).toMatchObject({ accounts: 1, protected: 0, unknown: 1 });

    // The latest record wins; the older stays as history.
    const mailbox = cellOf(matrix, anne.id, 'mailbox').accountId;
    await core.call('mfa.declare', { accountId: mailbox, status: 'none', note: 'désactivée par erreur' });
    const after = await core.call<MfaMatrix>('mfa.matrix');
    expect(cellOf(after, anne.id, 'mailbox')).toMatchObject({ status: 'none', record: { note: 'désactivée par erreur' } });
    expect(after.rows.find((r) => r.staffId === anne.id)!.criticalGap).toBe(true);
    const store = await core.host.open();
    expect(store.mfa.history(mailbox).map((r) => r.status)).toEqual(['none', 'app']);
  });

  it('refuses a declaration for an account that does not exist', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    await expect(core.call('mfa.declare', { accountId: 'nope', status: 'app' })).rejects.toMatchObject({ code: 'mfa-account-not-found' });
  });
});

describe('mailbox providers in the walkthrough', () => {
  it('uses the detected provider, else lets the person pick one, and refuses one the catalogue does not know', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    const person = await addPerson(core, { emails: ['helene.lefevre@cabinet-dupont.fr', 'h.lefevre@gmail.com'], services: [] });
    const store = await core.host.open();
    store.mailDomain.saveDetection({ domain: 'gmail.com', provider: 'google', mxHosts: ['gmail-smtp-in.l.google.com'], status: 'detected', source: 'known-domain' });
    let plan = await core.call<WalkthroughPlan>('walkthrough.plan', { staffId: person.id });
    const [practiceBox, gmail] = plan.accounts;
    expect(gmail!.provider).toMatchObject({ id: 'google', source: 'detected', generic: false });
    expect(practiceBox!.provider).toMatchObject({ source: 'default', generic: true });
    expect(practiceBox!.providerChoices.map((c) => c.id)).toEqual(expect.arrayContaining(['google', 'microsoft-365', 'ovh', 'imap-generic']));

    plan = await core.call<WalkthroughPlan>('walkthrough.chooseProvider', { staffId: person.id, accountId: practiceBox!.accountId, provider: 'ovh' });
    expect(plan.accounts[0]!.provider).toMatchObject({ id: 'ovh', source: 'chosen' });
    const ovhMfa = plan.steps.find((s) => s.accountId === practiceBox!.accountId && s.step === 'enable-mfa')!;
    expect(ovhMfa.methods.map((m) => m.kind)).toEqual(['totp']);

    await expect(
      core.call('walkthrough.chooseProvider', { staffId: person.id, accountId: practiceBox!.accountId, provider: 'amelipro' }),
    ).rejects.toMatchObject({ code: 'walkthrough-provider-unknown' });
  });
});
