import { afterEach, describe, expect, it } from 'vitest';
import type { ActionList } from '../../electron/core/model/schemas/actions.ts';
import type { RosterImportResult, RosterPreview } from '../../electron/core/model/schemas/roster-import.ts';
import type { SharedAccount } from '../../electron/core/model/schemas/shared-account.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import type { WalkthroughPlan, WalkthroughProgress } from '../../electron/core/model/schemas/walkthrough.ts';
import { base64, closeAllCores, openCore, PRACTICE, type Core } from '../support/core.ts';

// Issue 17: one screen per account, answers that fit life ("later" with a day, "not possible" with
// why), roles deciding the items, shared mailboxes and shared personal logins — through the
// contract, on the real encrypted store.

afterEach(closeAllCores);

const screensOf = (plan: WalkthroughPlan) => new Set(plan.steps.map((step) => step.accountId ?? 'person')).size;

async function gp(core: Core): Promise<StaffMember> {
  return core.call<StaffMember>('staff.create', {
    firstName: 'Claire',
    lastName: 'Dupont',
    role: 'physician',
    roleLabel: null,
    emails: ['claire.dupont@cabinet-dupont.fr'],
    services: ['amelipro', 'pro-sante-connect', 'mssante', 'bank'],
  });
}

async function secretary(core: Core): Promise<StaffMember> {
  return core.call<StaffMember>('staff.create', {
    firstName: 'Hélène',
    lastName: 'Lefèvre',
    role: 'secretary',
    roleLabel: null,
    emails: ['helene.lefevre@cabinet-dupont.fr'],
    services: ['amelipro'],
  });
}

describe('one screen per account', () => {
  it('a GP with a mailbox, amelipro, Pro Santé Connect, MSSanté and a bank account answers in 6 screens or fewer, with a time left', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    const person = await gp(core);
    const plan = await core.call<WalkthroughPlan>('walkthrough.plan', { staffId: person.id });
    expect(plan.accounts.map((account) => account.service)).toEqual(['mailbox', 'amelipro', 'pro-sante-connect', 'mssante', 'bank']);
    expect(screensOf(plan)).toBeLessThanOrEqual(6);
    // "Recognise fake messages" once for the person, not once per account.
    expect(plan.steps.filter((step) => step.step === 'phishing')).toHaveLength(1);
    // Each account's MFA is one item.
    expect(plan.steps.filter((step) => step.step === 'enable-mfa')).toHaveLength(5);
    expect(plan.minutesLeft).toBe(plan.steps.reduce((sum, step) => sum + step.minutes, 0));
    expect(plan.minutesLeft).toBeGreaterThan(0);
  });

  it('a secretary on amelipro gets the delegation items, never "enable CPS/e-CPS"', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    const person = await secretary(core);
    const plan = await core.call<WalkthroughPlan>('walkthrough.plan', { staffId: person.id });
    const amelipro = plan.steps.filter((step) => step.service === 'amelipro').map((step) => step.step);
    expect(amelipro).toEqual(expect.arrayContaining(['amelipro-delegation', 'no-shared-credentials']));
    expect(amelipro).not.toContain('enable-mfa');
    expect(amelipro).not.toContain('check-password');
    // Her own mailbox still gets its second factor.
    expect(plan.steps.filter((step) => step.service === 'mailbox').map((step) => step.step)).toContain('enable-mfa');
  });
});

describe('answers that fit life', () => {
  it('"later" needs a day, stays pending (not answered for good), and lowers the time left only once done', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    const person = await secretary(core);
    const plan = await core.call<WalkthroughPlan>('walkthrough.plan', { staffId: person.id });
    const sessions = plan.steps.find((step) => step.step === 'sessions' && step.service === 'mailbox')!;
    await expect(core.call('walkthrough.answer', { staffId: person.id, accountId: sessions.accountId, step: 'sessions', answer: 'later' })).rejects.toMatchObject({
      code: 'walkthrough-date-needed',
    });
    const later = await core.call<WalkthroughPlan>('walkthrough.answer', {
      staffId: person.id,
      accountId: sessions.accountId,
      step: 'sessions',
      answer: 'later',
      until: '2027-01-15',
    });
    const saved = later.steps.find((step) => step.key === sessions.key)!;
    expect(saved.answer).toMatchObject({ answer: 'later', until: '2027-01-15' });
    expect(later.later).toBe(1);
    expect(later.answered).toBe(0);
    expect(later.minutesLeft).toBe(plan.minutesLeft);
    const done = await core.call<WalkthroughPlan>('walkthrough.answer', { staffId: person.id, accountId: sessions.accountId, step: 'sessions', answer: 'done' });
    expect(done.steps.find((step) => step.key === sessions.key)!.answer).toMatchObject({ answer: 'done', until: null });
    expect(done.minutesLeft).toBe(plan.minutesLeft - sessions.minutes);
    const progress = await core.call<WalkthroughProgress>('walkthrough.progress', undefined);
    expect(progress.people[0]).toMatchObject({ answered: 1, later: 0, minutesLeft: done.minutesLeft });
  });

  it('"not possible" needs its reason', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    const person = await secretary(core);
    await expect(core.call('walkthrough.answer', { staffId: person.id, accountId: null, step: 'phishing', answer: 'not-possible' })).rejects.toMatchObject({
      code: 'walkthrough-reason-needed',
    });
    const plan = await core.call<WalkthroughPlan>('walkthrough.answer', {
      staffId: person.id,
      accountId: null,
      step: 'phishing',
      answer: 'not-possible',
      note: 'pas de formation cette année',
    });
    expect(plan.steps.find((step) => step.step === 'phishing')!.answer).toMatchObject({ answer: 'not-possible', note: 'pas de formation cette année' });
  });

  it('a "later" item is on the Actions page as "later" with its day, and the score is the same as not answered', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    const person = await secretary(core);
    const before = await core.call<ActionList>('actions.list', { language: 'fr' });
    const scoreBefore = (await core.call<{ score: { value: number | null } }>('dashboard.summary', { language: 'fr' })).score.value;
    await core.call('walkthrough.answer', { staffId: person.id, accountId: null, step: 'phishing', answer: 'later', until: '2027-02-01' });
    const after = await core.call<ActionList>('actions.list', { language: 'fr' });
    const later = after.actions.filter((action) => action.kind === 'walkthrough-later');
    expect(later).toHaveLength(1);
    expect(later[0]).toMatchObject({ dueDate: '2027-02-01', status: { value: 'later', until: '2027-02-01' }, severity: 'low' });
    expect(later[0]!.title).toContain('reconnaître les faux messages');
    expect(before.actions.some((action) => action.kind === 'walkthrough-later')).toBe(false);
    const scoreAfter = (await core.call<{ score: { value: number | null } }>('dashboard.summary', { language: 'fr' })).score.value;
    expect(scoreAfter).toBe(scoreBefore);
  });
});

describe('shared mailboxes and shared accounts', () => {
  const ROSTER = [
    'Nom;Prénom;E-mail;Fonction',
    'Dupont;Claire;claire.dupont@cabinet-dupont.fr;Médecin',
    'Lefèvre;Hélène;helene.lefevre@cabinet-dupont.fr;Secrétaire',
    ';;accueil@cabinet-dupont.fr;',
    'Secrétariat;;secretariat@cabinet-dupont.fr;',
  ].join('\r\n');

  it('the import proposes accueil@ and secretariat@ as shared mailboxes owned by the secretary, whose walkthrough has them', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    const input = { fileName: 'equipe.csv', contentBase64: base64(ROSTER) };
    const preview = await core.call<RosterPreview>('staff.importPreview', input);
    expect(preview.rows.map((row) => row.shared)).toEqual([null, null, { name: 'Accueil', ownerLine: 3 }, { name: 'Secrétariat', ownerLine: 3 }]);
    expect(preview.totals).toMatchObject({ ready: 4, errors: 0 });
    const result = await core.call<RosterImportResult>('staff.importCommit', input);
    expect(result).toMatchObject({ imported: 4, sharedMailboxes: 2 });
    const staff = await core.call<StaffMember[]>('staff.list', undefined);
    expect(staff.map((person) => person.lastName).sort()).toEqual(['Dupont', 'Lefèvre']);
    const helene = staff.find((person) => person.lastName === 'Lefèvre')!;
    const shared = await core.call<SharedAccount[]>('staff.sharedList', undefined);
    expect(shared.map((account) => [account.name, account.identifier, account.owner.name, account.personalCredential])).toEqual([
      ['Accueil', 'accueil@cabinet-dupont.fr', 'Hélène Lefèvre', false],
      ['Secrétariat', 'secretariat@cabinet-dupont.fr', 'Hélène Lefèvre', false],
    ]);
    const plan = await core.call<WalkthroughPlan>('walkthrough.plan', { staffId: helene.id });
    const accueil = plan.accounts.find((account) => account.identifier === 'accueil@cabinet-dupont.fr');
    expect(accueil?.shared).toEqual({ name: 'Accueil', users: [] });
    // A shared mailbox is not a shared personal login: no finding for it.
    const actions = await core.call<ActionList>('actions.list', { language: 'fr' });
    expect(actions.actions.some((action) => action.kind === 'shared-credential')).toBe(false);
  });

  it('turning a proposal down imports the row as a person again', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    const preview = await core.call<RosterPreview>('staff.importPreview', { fileName: 'equipe.csv', contentBase64: base64(ROSTER), keepAsPeople: [5] });
    expect(preview.rows[3]).toMatchObject({ shared: null, status: 'ready' });
    expect(preview.rows[2]).toMatchObject({ status: 'ready', shared: { name: 'Accueil' } });
  });

  it('a shared mailbox changes owner: the address, its answers and its walkthrough go to the new owner', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    const input = { fileName: 'equipe.csv', contentBase64: base64(ROSTER) };
    await core.call<RosterImportResult>('staff.importCommit', input);
    const staff = await core.call<StaffMember[]>('staff.list', undefined);
    const helene = staff.find((person) => person.lastName === 'Lefèvre')!;
    const claire = staff.find((person) => person.lastName === 'Dupont')!;
    const before = await core.call<WalkthroughPlan>('walkthrough.plan', { staffId: helene.id });
    const accueil = before.accounts.find((account) => account.identifier === 'accueil@cabinet-dupont.fr')!;
    const step = before.steps.find((candidate) => candidate.accountId === accueil.accountId && candidate.step === 'sessions')!;
    await core.call('walkthrough.answer', { staffId: helene.id, accountId: accueil.accountId, step: 'sessions', answer: 'done' });

    // Claire answers for it now; Hélène still reads it.
    const shared = await core.call<SharedAccount[]>('staff.sharedSave', { accountId: accueil.accountId, name: 'Accueil', userIds: [helene.id], ownerId: claire.id });
    expect(shared.find((account) => account.accountId === accueil.accountId)).toMatchObject({
      owner: { id: claire.id, name: 'Claire Dupont' },
      users: [{ id: helene.id, name: 'Hélène Lefèvre' }],
      identifier: 'accueil@cabinet-dupont.fr',
    });
    const theirs = await core.call<WalkthroughPlan>('walkthrough.plan', { staffId: claire.id });
    expect(theirs.accounts.map((account) => account.identifier)).toContain('accueil@cabinet-dupont.fr');
    // The answer given for the mailbox comes with it.
    expect(theirs.steps.find((candidate) => candidate.key === step.key && candidate.accountId === accueil.accountId)?.answer).toMatchObject({ answer: 'done' });
    const hers = await core.call<WalkthroughPlan>('walkthrough.plan', { staffId: helene.id });
    expect(hers.accounts.map((account) => account.identifier)).not.toContain('accueil@cabinet-dupont.fr');
    const after = await core.call<StaffMember[]>('staff.list', undefined);
    expect(after.find((person) => person.id === claire.id)!.emails).toEqual(['claire.dupont@cabinet-dupont.fr', 'accueil@cabinet-dupont.fr']);
    expect(after.find((person) => person.id === helene.id)!.emails).toEqual(['helene.lefevre@cabinet-dupont.fr', 'secretariat@cabinet-dupont.fr']);
    // Editing Claire's record keeps the mailbox hers (its address is one of hers).
    const edited = after.find((person) => person.id === claire.id)!;
    await core.call('staff.update', { id: claire.id, person: { firstName: 'Claire', lastName: 'Dupont', role: 'physician', roleLabel: null, emails: edited.emails, services: edited.services } });
    const still = await core.call<SharedAccount[]>('staff.sharedList', undefined);
    expect(still.find((account) => account.accountId === accueil.accountId)?.owner.id).toBe(claire.id);
  });

  it('an owner change that cannot be is refused with its reason, and changes nothing', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    const doctor = await gp(core);
    const helene = await secretary(core);
    const plan = await core.call<WalkthroughPlan>('walkthrough.plan', { staffId: doctor.id });
    const amelipro = plan.accounts.find((account) => account.service === 'amelipro')!;
    await core.call('staff.sharedSave', { accountId: amelipro.accountId, name: 'amelipro du cabinet', userIds: [helene.id] });
    // Hélène has her own amelipro account: she cannot also answer for the doctor's.
    await expect(core.call('staff.sharedSave', { accountId: amelipro.accountId, name: 'amelipro du cabinet', userIds: [], ownerId: helene.id })).rejects.toMatchObject({
      code: 'shared-owner-has-account',
    });
    // The doctor's only address cannot leave her record.
    const mailbox = plan.accounts.find((account) => account.service === 'mailbox')!;
    await expect(core.call('staff.sharedSave', { accountId: mailbox.accountId, name: 'Boîte du docteur', userIds: [], ownerId: helene.id })).rejects.toMatchObject({
      code: 'shared-mailbox-only-address',
    });
    await expect(core.call('staff.sharedSave', { accountId: amelipro.accountId, name: 'amelipro du cabinet', userIds: [], ownerId: 'nobody' })).rejects.toMatchObject({
      code: 'staff-not-found',
    });
    const shared = await core.call<SharedAccount[]>('staff.sharedList', undefined);
    expect(shared.map((account) => [account.name, account.owner.id, account.users.map((user) => user.id)])).toEqual([['amelipro du cabinet', doctor.id, [helene.id]]]);
  });

  it("the doctor's amelipro login used by the secretary is a finding with its fix", async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    const doctor = await gp(core);
    const helene = await secretary(core);
    const plan = await core.call<WalkthroughPlan>('walkthrough.plan', { staffId: doctor.id });
    const amelipro = plan.accounts.find((account) => account.service === 'amelipro')!;
    const shared = await core.call<SharedAccount[]>('staff.sharedSave', { accountId: amelipro.accountId, name: 'amelipro du cabinet', userIds: [helene.id] });
    expect(shared[0]).toMatchObject({ service: 'amelipro', owner: { id: doctor.id }, users: [{ id: helene.id, name: 'Hélène Lefèvre' }], personalCredential: true });
    const actions = await core.call<ActionList>('actions.list', { language: 'fr' });
    const finding = actions.actions.find((action) => action.kind === 'shared-credential');
    expect(finding).toMatchObject({ severity: 'high', owner: 'Claire Dupont', area: 'passwords' });
    expect(finding!.title).toContain('Hélène Lefèvre');
    expect(finding!.action).toContain('CPE');
    await core.call('staff.sharedRemove', { accountId: amelipro.accountId });
    const after = await core.call<ActionList>('actions.list', { language: 'fr' });
    expect(after.actions.some((action) => action.kind === 'shared-credential')).toBe(false);
  });
});
