import { MFA_STATUSES } from '../model/schemas/mfa.ts';
import type { ServiceId } from '../model/schemas/staff.ts';
import {
  type CatalogueEntry,
  type MfaMethod,
  type ServicesCatalogue,
  ServicesCatalogueSchema,
} from './catalogue-schema.ts';
// JSON so the catalogue stays data: Node (type stripping) and electron-vite both read this form,
// and the bundler inlines it into out/main.
import rawCatalogue from './services-catalogue.json' with { type: 'json' };

export type { CatalogueEntry, MfaMethod, ServicesCatalogue } from './catalogue-schema.ts';

/**
 * Validates catalogue data and returns it with each entry's methods strongest first. Throws an
 * Error naming every problem (path and reason) when the data does not match the schema.
 */
export function parseCatalogue(raw: unknown): ServicesCatalogue {
  const parsed = ServicesCatalogueSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `- ${describePath(raw, issue.path)}: ${issue.message}`);
    throw new Error(`The services catalogue is invalid:\n${problems.join('\n')}`);
  }
  const data = parsed.data;
  return {
    ...data,
    entries: data.entries.map((entry) => ({ ...entry, methods: sortStrongestFirst(entry.methods) })),
  };
}

/** "entries[3] (orange).mx[0]": the index alone is hard to find in a long JSON file, so name the entry. */
function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  let text = '';
  path.forEach((key, depth) => {
    text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
    if (depth === 1 && path[0] === 'entries' && typeof key === 'number') {
      const id = entryIdAt(raw, key);
      if (id) text += ` (${id})`;
    }
  });
  return text || '(root)';
}

function entryIdAt(raw: unknown, index: number): string | undefined {
  const entries = (raw as { entries?: unknown } | null)?.entries;
  const entry: unknown = Array.isArray(entries) ? entries[index] : undefined;
  const id = (entry as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

function sortStrongestFirst(methods: readonly MfaMethod[]): MfaMethod[] {
  // Array.prototype.sort is stable, so methods of equal strength keep the order the data gives.
  return [...methods].sort((a, b) => MFA_STATUSES.indexOf(a.strength) - MFA_STATUSES.indexOf(b.strength));
}

let loaded: ServicesCatalogue | undefined;

/** The bundled catalogue, validated on first use. */
export function catalogue(): ServicesCatalogue {
  loaded ??= parseCatalogue(rawCatalogue);
  return loaded;
}

/** One entry by its id ("google", "amelipro"…), or undefined. */
export function serviceEntry(id: string): CatalogueEntry | undefined {
  return catalogue().entries.find((entry) => entry.id === id);
}

/** Every entry giving instructions for an account service (several for 'mailbox'). */
export function entriesForService(service: ServiceId): CatalogueEntry[] {
  return catalogue().entries.filter((entry) => entry.service === service);
}

/**
 * The instructions for one account: the detected provider's entry when it applies to that
 * service, otherwise the service's generic entry (or its only one). The schema guarantees that
 * every service has one, so this never returns undefined.
 */
export function entryForService(service: ServiceId, providerId?: string | null): CatalogueEntry {
  const entries = entriesForService(service);
  const detected = providerId ? entries.find((entry) => entry.id === providerId) : undefined;
  const fallback = entries.length === 1 ? entries[0] : entries.find((entry) => entry.generic);
  const chosen = detected ?? fallback;
  if (!chosen) throw new Error(`The services catalogue has no entry for ${service}`);
  return chosen;
}

/** The mailbox providers, generic IMAP included, in catalogue order. */
export function mailboxProviders(): CatalogueEntry[] {
  return catalogue().entries.filter((entry) => entry.kind === 'mailbox-provider');
}

function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/** Whether an MX host matches a catalogue pattern ("host" exactly, or "*.domain" for any host under it). */
export function mxPatternMatches(pattern: string, host: string): boolean {
  const name = normaliseHost(host);
  if (pattern.startsWith('*.')) return name.endsWith(pattern.slice(1));
  return name === pattern;
}

/**
 * The mailbox provider behind a domain's MX hosts, or undefined when none is recognised.
 * Give the hosts best first (lowest MX preference): the first host any provider claims decides,
 * and when several patterns claim it the most specific (longest) wins, so
 * "*.mail.protection.outlook.com" beats a broader Microsoft pattern.
 */
export function providerForMx(hosts: readonly string[]): CatalogueEntry | undefined {
  const providers = catalogue().entries.filter((entry) => entry.mx.length > 0);
  for (const host of hosts) {
    let best: { entry: CatalogueEntry; length: number } | undefined;
    for (const entry of providers) {
      for (const pattern of entry.mx) {
        if (mxPatternMatches(pattern, host) && (!best || pattern.length > best.length)) {
          best = { entry, length: pattern.length };
        }
      }
    }
    if (best) return best.entry;
  }
  return undefined;
}

/** The strongest method an entry offers, or undefined when it offers none. */
export function strongestMethod(entry: CatalogueEntry): MfaMethod | undefined {
  return entry.methods[0];
}

/**
 * The entry whose sign-in website a stealer log names: the website is one of an entry's
 * `websites` or a host under it ("www.espacepro.ameli.fr"), and the most specific domain wins
 * ("espacepro.ameli.fr" is amelipro, "assure.ameli.fr" is Ameli). Undefined: no service of the
 * catalogue (the website is still named as it is).
 */
export function entryForWebsite(website: string): CatalogueEntry | undefined {
  const host = normaliseHost(website).replace(/^[a-z][a-z0-9+.-]*:\/\//u, '').split(/[/:?#]/u)[0]!;
  let best: { entry: CatalogueEntry; length: number } | undefined;
  for (const entry of catalogue().entries) {
    for (const domain of entry.websites ?? []) {
      if ((host === domain || host.endsWith(`.${domain}`)) && (!best || domain.length > best.length)) best = { entry, length: domain.length };
    }
  }
  return best?.entry;
}
