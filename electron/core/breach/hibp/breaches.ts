import type { BreachFound } from '../../model/schemas/breach.ts';
import { toBreachFound } from './breach-object.ts';
import { hibpFetch, jsonOf, type HibpOptions, type HibpResult } from './hibp-fetch.ts';

// GET /breaches (free, no key): HIBP's catalogue of every breach, what turns a breach Name from a
// range answer ("Adobe") into its title, date, data classes and description.

/** The answer as breaches, or null when it is not a JSON array of breach objects. */
export function parseCatalogue(body: string): BreachFound[] | null {
  const json = jsonOf(body);
  if (!Array.isArray(json)) return null;
  const breaches = json.map(toBreachFound).filter((breach): breach is BreachFound => breach !== null);
  // A few odd entries are skipped; an answer with none usable is not a catalogue.
  if (json.length > 0 && breaches.length === 0) return null;
  return breaches;
}

/** The key is never sent: the catalogue is public. */
export function breaches(options: Omit<HibpOptions, 'apiKey'>): Promise<HibpResult<BreachFound[]>> {
  return hibpFetch({ path: '/breaches', read: parseCatalogue, defaultTimeoutMs: 30_000 }, options);
}
