import { breachSummary } from '../../../electron/core/model/breach-summary.ts';
import type { BreachResults, PersonResult } from '../../../electron/core/model/schemas/breach-check.ts';

/**
 * The page's results with these persons' new answers in place of their old ones, and the counts
 * taken again. null when one of them is not on the page yet: then it reads everything again.
 */
export function withPersons(results: BreachResults, persons: readonly PersonResult[]): BreachResults | null {
  if (persons.length === 0) return results;
  const onPage = new Set(results.persons.map((person) => person.staffId));
  if (persons.some((person) => !onPage.has(person.staffId))) return null;
  const updated = new Map(persons.map((person) => [person.staffId, person]));
  const list = results.persons.map((person) => updated.get(person.staffId) ?? person);
  return { ...results, persons: list, summary: breachSummary(list) };
}
