import type { ServiceId } from '../model/schemas/staff.ts';
import type { WalkthroughStepId } from '../model/schemas/walkthrough.ts';
import type { CatalogueEntry } from '../mfa/catalogue-schema.ts';

// Which steps an account gets, in the order they are asked. The mailbox's come first because
// whoever holds it can reset every other password (docs/architecture.md, "The attack chain": amelipro 2022).
// Recovery, forwarding and sessions are asked where the provider's catalogue entry says how to
// check them: a step without instructions would only leave the person guessing.

export interface AccountStepContext {
  service: ServiceId;
  entry: CatalogueEntry;
  /** The address was found in a breach (mailboxes). */
  breached: boolean;
}

export function stepsForAccount({ service, entry, breached }: AccountStepContext): WalkthroughStepId[] {
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
