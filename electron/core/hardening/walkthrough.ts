import { HygieError } from '../model/hygie-error.ts';
import { PROTECTED_MFA_STATUSES } from '../model/schemas/mfa.ts';
import type { ServiceId } from '../model/schemas/staff.ts';
import type {
  PersonProgress,
  PlanAccount,
  PlanStep,
  WalkthroughAnswerInput,
  WalkthroughPlan,
  WalkthroughProgress,
} from '../model/schemas/walkthrough.ts';
import { entriesForService, entryForService } from '../mfa/catalogue.ts';
import type { CatalogueEntry } from '../mfa/catalogue-schema.ts';
import { serviceRank } from '../model/service-risk-order.ts';
import type { Store } from '../store/store.ts';
import { catalogueHow, PERSON_STEPS, STEP_MINUTES, stepsForAccount } from './walkthrough-steps.ts';
import type { StaffRole } from '../model/schemas/staff.ts';
import type { SavedAnswer } from '../model/schemas/walkthrough.ts';

// The walkthrough for one person: their accounts in risk order (mailbox first, each address in
// the roster's order; then amelipro, Pro Santé Connect, FranceConnect, the rest), each with its
// steps and the provider's own instructions, and what was already answered. The plan is built
// from the store every time, so a breach found or a service added since shows up at once.

interface ResolvedAccount {
  account: PlanAccount;
  entry: CatalogueEntry;
  stepIds: ReturnType<typeof stepsForAccount>;
}

function resolveAccounts(store: Store, staffId: string, role: StaffRole): ResolvedAccount[] {
  const shared = new Map(store.sharedAccounts.list().map((account) => [account.accountId, account]));
  const accounts = store.walkthrough.accountsOf(staffId);
  accounts.sort((a, b) => serviceRank(a.service) - serviceRank(b.service) || a.position - b.position);
  const chosen = store.walkthrough.chosenProviders(staffId);
  const breaches = store.walkthrough.breaches(accounts.filter((a) => a.service === 'mailbox').map((a) => a.accountId));
  return accounts.map((account) => {
    const detected = account.service === 'mailbox' ? store.mailDomain.providerForEmail(account.emailKey) : null;
    const picked = chosen.get(account.accountId) ?? null;
    const entries = entriesForService(account.service);
    const pickedEntry = picked ? entries.find((entry) => entry.id === picked) : undefined;
    const detectedEntry = detected ? entries.find((entry) => entry.id === detected) : undefined;
    const entry = pickedEntry ?? detectedEntry ?? entryForService(account.service);
    const source = pickedEntry ? 'chosen' : detectedEntry ? 'detected' : 'default';
    const breach = breaches.get(account.accountId) ?? null;
    return {
      entry,
      stepIds: stepsForAccount({ service: account.service, role, entry, breached: breach !== null }),
      account: {
        accountId: account.accountId,
        service: account.service,
        identifier: account.identifier,
        provider: { id: entry.id, name: entry.name, generic: entry.generic, source },
        providerChoices:
          entries.length > 1 ? entries.map((choice) => ({ id: choice.id, name: choice.name, generic: choice.generic })) : [],
        mfa: store.mfa.latestFor(account.accountId),
        breach,
        notes: entry.notes,
        shared: sharedOf(shared.get(account.accountId)),
      },
    };
  });
}

function sharedOf(account: ReturnType<Store['sharedAccounts']['list']>[number] | undefined): PlanAccount['shared'] {
  return account ? { name: account.name, users: account.users } : null;
}

/** Answered for good: "later" is an answer, but the item is still pending. */
const settled = (answer: SavedAnswer | null) => answer !== null && answer.answer !== 'later';

export function walkthroughPlan(store: Store, staffId: string): WalkthroughPlan {
  const person = store.staff.get(staffId);
  if (!person) throw new HygieError('staff-not-found');
  const answers = store.walkthrough.answersOf(staffId);
  const resolved = resolveAccounts(store, staffId, person.role);
  const steps: PlanStep[] = [];
  for (const { account, entry, stepIds } of resolved) {
    for (const step of stepIds) {
      const key = `${account.accountId}:${step}`;
      steps.push({
        key,
        step,
        accountId: account.accountId,
        service: account.service,
        how: catalogueHow(entry, step),
        links: entry.links,
        methods:
          step === 'enable-mfa'
            ? entry.methods.map((method) => ({
                kind: method.kind,
                strength: method.strength,
                label: method.label,
                availability: method.availability,
              }))
            : [],
        breachDate: step === 'password-changed-since-breach' ? (account.breach?.date ?? null) : null,
        answer: answers.get(key) ?? null,
        minutes: STEP_MINUTES[step],
      });
    }
  }
  for (const step of PERSON_STEPS) {
    const key = `person:${step}`;
        steps.push({
      key,
      step,
      accountId: null,
      service: null,
      how: null,
      links: [],
      methods: [],
      breachDate: null,
      answer: answers.get(key) ?? null,
      minutes: STEP_MINUTES[step],
    });
  }
  const answered = steps.filter((step) => settled(step.answer)).length;
  const firstOpen = steps.findIndex((step) => step.answer === null);
  return {
    staffId,
    firstName: person.firstName,
    lastName: person.lastName,
    role: person.role,
    accounts: resolved.map(({ account }) => account),
    steps,
    answered,
    total: steps.length,
    complete: answered === steps.length,
    later: steps.filter((step) => step.answer?.answer === 'later').length,
    minutesLeft: steps.reduce((sum, step) => sum + (settled(step.answer) ? 0 : step.minutes), 0),
    resumeIndex: firstOpen === -1 ? 0 : firstOpen,
  };
}

/**
 * Save one answer (and, on the MFA step, the status the person declares) in one transaction,
 * then return the plan as it now stands.
 */
export function answerStep(store: Store, input: WalkthroughAnswerInput): WalkthroughPlan {
  store.transaction(() => {
    const plan = walkthroughPlan(store, input.staffId);
    const step = plan.steps.find((candidate) => candidate.accountId === input.accountId && candidate.step === input.step);
    if (!step) throw new HygieError('walkthrough-step-unknown', { step: input.step });
    const account = plan.accounts.find((candidate) => candidate.accountId === input.accountId) ?? null;
    if (input.mfaStatus !== undefined && input.step !== 'enable-mfa') throw new HygieError('invalid-input', { field: 'mfaStatus' });
    if (input.until !== undefined && input.answer !== 'later') throw new HygieError('invalid-input', { field: 'until' });
    if (input.answer === 'later' && !input.until) throw new HygieError('walkthrough-date-needed');
    // "Not possible" is worth something only with its reason: whoever takes it up again starts from there.
    if (input.answer === 'not-possible' && !input.note) throw new HygieError('walkthrough-reason-needed');
    // "Done" on the MFA step means a second factor is now on: say which, or the matrix cannot tell.
    if (input.step === 'enable-mfa' && input.answer === 'done' && (!input.mfaStatus || !PROTECTED_MFA_STATUSES.includes(input.mfaStatus))) {
      throw new HygieError('walkthrough-mfa-status-needed');
    }
    const note = input.note ? input.note : null;
    if (account && input.mfaStatus !== undefined) {
      store.mfa.record(
        {
          accountId: account.accountId,
          status: input.mfaStatus,
          evidence: 'declared',
          recordedBy: store.actor,
          provider: account.provider.generic ? null : account.provider.id,
          methods: input.mfaMethod ? [input.mfaMethod] : [],
          note,
        },
        // The walkthrough's own entry below says it, with the step.
        { audit: false },
      );
    }
    store.walkthrough.saveAnswer({
      staffId: input.staffId,
      accountId: input.accountId,
      service: account?.service ?? null,
      step: input.step,
      answer: input.answer,
      note,
      until: input.until ?? null,
      mfaStatus: input.mfaStatus ?? null,
    });
  });
  return walkthroughPlan(store, input.staffId);
}

export function chooseProvider(store: Store, input: { staffId: string; accountId: string; provider: string }): WalkthroughPlan {
  store.transaction(() => {
    const account = store.walkthrough.accountsOf(input.staffId).find((candidate) => candidate.accountId === input.accountId);
    if (!account) throw new HygieError('walkthrough-step-unknown', { account: input.accountId });
    if (!entriesForService(account.service).some((entry) => entry.id === input.provider)) {
      throw new HygieError('walkthrough-provider-unknown', { provider: input.provider });
    }
    store.walkthrough.chooseProvider(input.staffId, input.accountId, account.service as ServiceId, input.provider);
  });
  return walkthroughPlan(store, input.staffId);
}

/** Where everyone stands, and the practice as a whole. Only counts: no answer or note. */
export function walkthroughProgress(store: Store): WalkthroughProgress {
  const lastDates = store.walkthrough.lastAnswerDates();
  const people: PersonProgress[] = store.staff.list().map((person) => {
    const plan = walkthroughPlan(store, person.id);
    return {
      staffId: person.id,
      firstName: person.firstName,
      lastName: person.lastName,
      answered: plan.answered,
      total: plan.total,
      complete: plan.complete,
      later: plan.later,
      minutesLeft: plan.minutesLeft,
      lastAnsweredAt: lastDates.get(person.id) ?? null,
    };
  });
  return {
    people,
    practice: {
      people: people.length,
      complete: people.filter((person) => person.complete).length,
      started: people.filter((person) => person.answered > 0).length,
      answered: people.reduce((sum, person) => sum + person.answered, 0),
      total: people.reduce((sum, person) => sum + person.total, 0),
    },
  };
}
