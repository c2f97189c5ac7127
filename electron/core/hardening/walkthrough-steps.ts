import type { ServiceId, StaffRole } from '../model/schemas/staff.ts';
import type { WalkthroughStepId } from '../model/schemas/walkthrough.ts';
import type { CatalogueEntry } from '../mfa/catalogue-schema.ts';

// Which steps an account gets, in the order they are asked. The mailbox's come first because
// whoever holds it can reset every other password (docs/architecture.md, "The attack chain": amelipro 2022).
// Recovery, forwarding and sessions are asked where the provider's catalogue entry says how to
// check them: a step without instructions would only leave the person guessing.

/**
 * Roles that hold no CPS card of their own (a secretary, a medical assistant, a practice manager):
 * on amelipro they work through delegated access with their own CPE card, never with a doctor's
 * login or card (docs/references.md, "amelipro delegation"). They get no "enable CPS/e-CPS" item there.
 */
export const DELEGATED_ROLES: readonly StaffRole[] = ['secretary', 'medical-assistant', 'manager'];

export interface AccountStepContext {
  service: ServiceId;
  role: StaffRole;
  entry: CatalogueEntry;
  /** The address was found in a breach (mailboxes). */
  breached: boolean;
}

export function stepsForAccount({ service, role, entry, breached }: AccountStepContext): WalkthroughStepId[] {
  if (service === 'amelipro' && DELEGATED_ROLES.includes(role)) {
    // Her own card and her own access: the CPS/e-CPS items are the doctor's, not hers.
    return ['amelipro-delegation', 'no-shared-credentials', 'login-notices', ...(entry.sessions ? (['sessions'] as const) : [])];
  }
  const steps: WalkthroughStepId[] = [];
  // A leaked password first: MFA turned on over a password someone else knows is a race.
  if (service === 'mailbox' && breached) steps.push('password-changed-since-breach');
  // The chain's two links (docs/architecture.md, "The attack chain"): the mailbox password, and the same one
  // reused on amelipro. Checked in one sitting, so the second check says "same as the mailbox".
  if (service === 'mailbox') steps.push('check-password');
  steps.push('enable-mfa');
  if (service === 'amelipro') steps.push('check-password', 'dedicated-mailbox', 'login-notices');
  if (service === 'pro-sante-connect') steps.push('device-lock');
  if (service === 'franceconnect') steps.push('bank-details-alerts');
  if (service === 'mailbox' || entry.recovery) steps.push('recovery');
  if (service === 'mailbox' || entry.forwarding) steps.push('forwarding');
  if (service === 'mailbox' || entry.sessions) steps.push('sessions');
  return steps;
}

/**
 * About how long each item takes at the desk, in minutes: the time-left estimate per person.
 * Turning on a second factor and changing a password take longest; reading a rule, a minute.
 */
export const STEP_MINUTES: Readonly<Record<WalkthroughStepId, number>> = {
  'password-changed-since-breach': 3,
  'check-password': 2,
  'enable-mfa': 5,
  recovery: 2,
  forwarding: 2,
  sessions: 1,
  'dedicated-mailbox': 2,
  'login-notices': 1,
  'device-lock': 1,
  'bank-details-alerts': 2,
  'amelipro-delegation': 3,
  'no-shared-credentials': 1,
  phishing: 2,
};

/** Steps about the person, asked once after their accounts. */
export const PERSON_STEPS: readonly WalkthroughStepId[] = ['phishing'];

/** The catalogue's own instructions for a step, when it has them. */
export function catalogueHow(entry: CatalogueEntry, step: WalkthroughStepId): CatalogueEntry['enableMfa'] | null {
  switch (step) {
    case 'enable-mfa':
      return entry.enableMfa;
    case 'recovery':
      return entry.recovery ?? null;
    case 'forwarding':
      return entry.forwarding ?? null;
    case 'sessions':
      return entry.sessions ?? null;
    default:
      return null;
  }
}
