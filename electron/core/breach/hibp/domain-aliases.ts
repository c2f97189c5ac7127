import { jsonOf } from './hibp-fetch.ts';

// The answer /breacheddomain and /stealerlogsbyemaildomain share: a JSON object whose keys are the
// aliases (the part of an address before "@") and whose values are lists of names — breach Names
// for the one, website domains for the other. Anything else is not the documented answer.

/** Alias (lower-cased) → its names, without duplicates; aliases with no name are left out. */
export type DomainAliases = Map<string, string[]>;

const MAX_ALIASES = 100_000;
const MAX_NAME_LENGTH = 300;

export function readDomainAliases(body: string): DomainAliases | null {
  const json = jsonOf(body);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const entries = Object.entries(json as Record<string, unknown>);
  if (entries.length > MAX_ALIASES) return null;
  const aliases: DomainAliases = new Map();
  for (const [alias, names] of entries) {
    const key = alias.trim().toLowerCase();
    if (key === '' || key.includes('@') || !Array.isArray(names)) return null;
    if (!names.every((name): name is string => typeof name === 'string')) return null;
    const kept = [...new Set(names.map((name) => name.trim()).filter((name) => name !== '' && name.length <= MAX_NAME_LENGTH))];
    if (kept.length === 0) continue;
    aliases.set(key, [...new Set([...(aliases.get(key) ?? []), ...kept])]);
  }
  return aliases;
}
