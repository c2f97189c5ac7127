import type { BreachSource, EmailBreachOutcome } from '../model/schemas/breach.ts';

// One place an e-mail can be looked up: HIBP (by range or by address) or a local corpus the
// practice imported. A check asks every configured source; each answer records its source, and
// combineOutcomes() (model/schemas/breach.ts) makes sure an unanswered source never reads as clean.

export interface EmailBreachSource {
  /** 'hibp', 'hibp-range' or 'corpus:<id>': stored with each result. */
  readonly source: BreachSource;
  /** Never throws for a service failure: that is a 'not-checked' outcome with its reason. */
  check(email: string, signal?: AbortSignal): Promise<EmailBreachOutcome>;
}
