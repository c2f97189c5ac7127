import { expect } from 'vitest';
import type { BreachResults } from '../../electron/core/model/schemas/breach-check.ts';
import type { MfaMatrix } from '../../electron/core/model/schemas/mfa-matrix.ts';
import type { Sitting } from '../../electron/core/model/schemas/password.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import type { WalkthroughPlan } from '../../electron/core/model/schemas/walkthrough.ts';
import type { HygieSession } from '../support/browser-harness.ts';
import { CORE_KEY, type FakeHibp } from '../support/fake-hibp.ts';
import { callCore } from './setup-fixtures.ts';

// A practice with something to show, arranged through the same calls the pages make: two people,
// one mailbox found in a breach (Adobe, from the fake HIBP) and one clean, MFA declared on one
// mailbox (app) and absent on one amelipro account, a weak password, one walkthrough step done.
// Shared by the dashboard and reports end-to-end tests.

export const CLEAN_MAILBOX = 'helene.lefevre@cabinet-du-parc.fr';
/** In the fake HIBP's Adobe breach. */
export const BREACHED_MAILBOX = 'account-exists@hibp-integration-tests.com';
/** Fails the CNIL policy (too short for its classes), in no breach corpus. */
export const WEAK_PASSWORD = 'Parc-Lyon-2024';

export interface Seeded {
  helene: StaffMember;
  francois: StaffMember;
}

/** Two people and their accounts; the breach sources point at the fake, nothing checked yet. */
export async function seedStaff(session: HygieSession, hibp: FakeHibp): Promise<Seeded> {
  await callCore(session, 'services.set', { hibpBaseUrl: hibp.baseUrl, pwnedPasswordsBaseUrl: hibp.pwnedBaseUrl });
  await callCore(session, 'services.setHibpKey', { apiKey: CORE_KEY });
  const helene = await callCore<StaffMember>(session, 'staff.create', {
    firstName: 'Hélène',
    lastName: 'Lefèvre',
    role: 'secretary',
    roleLabel: null,
    emails: [CLEAN_MAILBOX],
    services: ['amelipro'],
  });
  const francois = await callCore<StaffMember>(session, 'staff.create', {
    firstName: 'François',
    lastName: 'Garçon',
    role: 'physician',
    roleLabel: null,
    emails: [BREACHED_MAILBOX],
    services: ['amelipro'],
  });
  return { helene, francois };
}

/** MFA, a password verdict and a walkthrough answer, as the MFA, Passwords and Walkthrough pages record them. */
export async function seedChecks(session: HygieSession, { helene, francois }: Seeded): Promise<void> {
  const matrix = await callCore<MfaMatrix>(session, 'mfa.matrix');
  const cell = (person: StaffMember, service: string) => {
    const found = matrix.rows.find((row) => row.staffId === person.id)?.cells.find((candidate) => candidate.service === service);
    if (!found) throw new Error(`no ${service} account for ${person.firstName}`);
    return found;
  };
  await callCore(session, 'mfa.declare', { accountId: cell(helene, 'mailbox').accountId, status: 'app' });
  await callCore(session, 'mfa.declare', { accountId: cell(francois, 'amelipro').accountId, status: 'none' });

  const sitting = await callCore<Sitting>(session, 'password.beginSitting', { staffId: francois.id });
  await callCore(session, 'password.check', { sittingId: sitting.sittingId, accountId: cell(francois, 'amelipro').accountId, password: WEAK_PASSWORD });
  await callCore(session, 'password.endSitting', { sittingId: sitting.sittingId });

  const plan = await callCore<WalkthroughPlan>(session, 'walkthrough.plan', { staffId: helene.id });
  const step = plan.steps.find((candidate) => candidate.step !== 'enable-mfa' && candidate.step !== 'password-changed-since-breach');
  if (!step) throw new Error('no simple walkthrough step to answer');
  await callCore(session, 'walkthrough.answer', { staffId: helene.id, accountId: step.accountId, step: step.step, answer: 'done' });
}

/** Check every address against the fake HIBP, and wait for the job to end. */
export async function runBreachCheck(session: HygieSession): Promise<void> {
  await callCore(session, 'breach.checkAll', {});
  await expect
    .poll(
      async () => {
        const results = await callCore<BreachResults>(session, 'breach.results');
        return results.activeJob === null && results.summary.neverChecked === 0;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
}
