import type { BreachSummary, PersonResult } from './schemas/breach-check.ts';

// The Breaches page's counts, from the persons: the engine's answer (breach.results) and the page
// that has just put one person's new results in place (breach.person) count the same way. Types
// only from the schemas, so the page takes this without zod.

export function breachSummary(persons: readonly PersonResult[]): BreachSummary {
  const emails = persons.flatMap((person) => person.emails);
  return {
    people: persons.length,
    emails: emails.length,
    breached: emails.filter((email) => email.status === 'breached').length,
    clean: emails.filter((email) => email.status === 'clean').length,
    /** Includes neverChecked: both are "we do not know", never clean. */
    notChecked: emails.filter((email) => email.status === 'not-checked').length,
    neverChecked: emails.filter((email) => email.checkedAt === null).length,
  };
}
