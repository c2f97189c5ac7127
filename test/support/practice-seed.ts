import type { MfaStatus } from '../../electron/core/model/schemas/mfa.ts';
import type { StaffRole } from '../../electron/core/model/schemas/staff.ts';
import { answerStep, walkthroughPlan } from '../../electron/core/hardening/walkthrough.ts';
import type { Store } from '../../electron/core/store/store.ts';

// A practice of any size, filled as months of use would (the benchmark's reports and the test that
// a large report keeps the main thread free): each person with a mailbox and an amelipro account,
// a quarter of the mailboxes breached, MFA mixed, password verdicts of every kind, walkthroughs
// half answered. Deterministic, so runs compare.

const FIRST = ['Hélène', 'François', 'Zoé', 'Jérôme', 'Anaïs', 'Loïc', 'Cécile', 'Noël', 'Maëlle', 'Benoît'];
const LAST = ['Lefèvre', 'Garçon', 'Ngô', 'Dubœuf', 'Château', 'Lemaître', 'Müller', 'Évrard', 'Piñeiro', 'Roussel'];
const ROLES: StaffRole[] = ['physician', 'secretary', 'nurse', 'medical-assistant', 'locum'];
const MFA: (MfaStatus | null)[] = ['app', 'none', 'sms', null, 'email-code'];

/** A practice of `people` people, filled as months of use would: deterministic, so runs compare. */
export function seedPractice(store: Store, people: number): void {
  const now = new Date();
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
  store.practice.save({
    name: 'Maison de santé des Lilas',
    address: { street: '3 rue des Lilas', postalCode: '69003', city: 'Lyon' },
    profession: 'general-practice',
    finess: null,
    emailDomain: 'msp-lilas.fr',
    referent: { name: 'Dr Jeanne Dupont', email: null, phone: null },
    policy: 'cnil-2022',
  });
  store.transaction(() => {
    for (let index = 0; index < people; index += 1) {
      const firstName = FIRST[index % FIRST.length]!;
      const lastName = `${LAST[Math.floor(index / FIRST.length) % LAST.length]!}${index >= 100 ? ` ${index}` : ''}`;
      store.staff.create({
        firstName,
        lastName,
        role: ROLES[index % ROLES.length]!,
        roleLabel: null,
        emails: [`personne${index}@msp-lilas.fr`],
        services: ['amelipro'],
      });
    }
    const accounts = store.db.prepare('SELECT id, staff_id AS staffId, service FROM account ORDER BY rowid').all() as { id: string; staffId: string; service: string }[];
    const insertBreach = store.db.prepare(
      `INSERT INTO check_result (account_id, kind, status, reason, source, checked_at, details) VALUES (?, 'breach', ?, NULL, 'hibp-range', ?, ?)`,
    );
    accounts.forEach((account, index) => {
      if (account.service === 'mailbox' && index % 8 !== 6) {
        const breached = index % 8 === 0 || index % 8 === 4;
        const breaches = breached
          ? [
              { name: 'Adobe', title: 'Adobe', breachDate: '2013-10-04', dataClasses: ['Email addresses', 'Passwords'] },
              { name: 'Doctissimo', title: 'Doctissimo', breachDate: '2020-01-01', dataClasses: ['Email addresses', 'Names'] },
            ]
          : [];
        insertBreach.run(account.id, breached ? 'breached' : 'clean', at(40), JSON.stringify({ breaches }));
      }
      const mfa = MFA[index % MFA.length]!;
      if (mfa) store.mfa.record({ accountId: account.id, status: mfa, evidence: 'declared', recordedBy: 'bench', note: null, at: new Date(at(20)) });
      const kind = index % 3;
      if (kind < 2) {
        const pass = kind === 0;
        store.passwords.record({
          accountId: account.id,
          checkedAt: at(10),
          verdict: pass ? 'pass' : 'fail',
          reason: null,
          policy: 'cnil-2022',
          cnilCase: '1',
          score: pass ? 4 : 1,
          failedRules: pass ? [] : ['min-theoretical-bits', 'not-pwned'],
          policies: { 'cnil-2022': pass ? 'pass' : 'fail', 'anssi-2021': pass ? 'pass' : 'fail', 'nist-800-63b': pass ? 'pass' : 'fail', hipaa: pass ? 'pass' : 'fail' },
          pwned: pass ? { status: 'not-pwned' } : { status: 'pwned', count: 4417 },
          contextKinds: [],
          reusedWith: [],
          recordedBy: 'bench',
        });
      }
    });
  });
  // Half the people answered the first steps of their walkthrough.
  const staff = store.staff.list();
  staff.forEach((person, index) => {
    if (index % 2 !== 0) return;
    for (const step of walkthroughPlan(store, person.id).steps.slice(0, 3)) {
      if (step.step === 'enable-mfa') continue;
      answerStep(store, { staffId: person.id, accountId: step.accountId, step: step.step, answer: 'done' });
    }
  });
}
