import { describe, expect, it } from 'vitest';
import { MFA_STATUSES } from '../../electron/core/model/schemas/mfa.ts';
import { SERVICE_IDS } from '../../electron/core/model/schemas/staff.ts';
import { ServicesCatalogueSchema } from '../../electron/core/mfa/catalogue-schema.ts';
import {
  entryForWebsite,
  catalogue,
  entriesForService,
  entryForService,
  mailboxProviders,
  mxPatternMatches,
  parseCatalogue,
  providerForMx,
  serviceEntry,
  strongestMethod,
} from '../../electron/core/mfa/catalogue.ts';
import rawCatalogue from '../../electron/core/mfa/services-catalogue.json' with { type: 'json' };
import { isAllowedExternalUrl } from '../../electron/main/external-links.ts';

type Localized = { fr: unknown; en: unknown };

/** Every { fr, en } pair anywhere in the data, with where it is, so a failure names the spot. */
function localizedPairs(value: unknown, path = ''): Array<{ path: string; pair: Localized }> {
  if (Array.isArray(value)) return value.flatMap((item, index) => localizedPairs(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  const keys = Object.keys(value);
  if (keys.length === 2 && keys.includes('fr') && keys.includes('en')) return [{ path, pair: value as Localized }];
  return Object.entries(value).flatMap(([key, child]) => localizedPairs(child, path ? `${path}.${key}` : key));
}

function isFilledText(text: unknown): boolean {
  if (typeof text === 'string') return text.trim().length > 0;
  return Array.isArray(text) && text.length > 0 && text.every((item) => typeof item === 'string' && item.trim().length > 0);
}

function brokenCopy(): { entries: Array<Record<string, unknown>> } & Record<string, unknown> {
  return structuredClone(rawCatalogue) as never;
}

describe('services catalogue', () => {
  it('validates against its schema, with a version and a review date', () => {
    const parsed = ServicesCatalogueSchema.safeParse(rawCatalogue);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(catalogue().version).toBeGreaterThanOrEqual(1);
    expect(catalogue().updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('says every text in both French and English', () => {
    const pairs = localizedPairs(rawCatalogue);
    // name, enableMfa, notes, method and link labels, link URLs at least, for every entry.
    expect(pairs.length).toBeGreaterThan(catalogue().entries.length * 5);
    const missing = pairs.filter(({ pair }) => !isFilledText(pair.fr) || !isFilledText(pair.en)).map(({ path }) => path);
    expect(missing).toEqual([]);
    const uneven = pairs
      .filter(({ pair }) => Array.isArray(pair.fr) && Array.isArray(pair.en) && pair.fr.length !== pair.en.length)
      .map(({ path }) => path);
    expect(uneven).toEqual([]);
  });

  it('links only to https pages that the openExternal allow-list accepts', () => {
    const urls = catalogue().entries.flatMap((entry) => entry.links.flatMap((link) => [link.url.fr, link.url.en]));
    expect(urls.length).toBeGreaterThanOrEqual(catalogue().entries.length);
    expect(urls.filter((url) => !url.startsWith('https://'))).toEqual([]);
    expect(urls.filter((url) => !isAllowedExternalUrl(url))).toEqual([]);
  });

  it('gives instructions for every account service', () => {
    for (const service of SERVICE_IDS) {
      expect(entriesForService(service).length, service).toBeGreaterThan(0);
      expect(entryForService(service).service).toBe(service);
    }
    expect(entryForService('mailbox').id).toBe('imap-generic');
    expect(entryForService('mailbox', 'ovh').id).toBe('ovh');
    // A provider detected for another service does not hijack the instructions.
    expect(entryForService('amelipro', 'google').id).toBe('amelipro');
  });

  it('has unique kebab-case ids and finds entries by id', () => {
    const ids = catalogue().entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(serviceEntry('amelipro')?.name.fr).toBe('amelipro');
    expect(serviceEntry('no-such-service')).toBeUndefined();
  });

  it('rates each method with a strength class from the MFA scale and lists the strongest first', () => {
    for (const entry of catalogue().entries) {
      const ranks = entry.methods.map((method) => MFA_STATUSES.indexOf(method.strength));
      expect(ranks.every((rank) => rank >= 0)).toBe(true);
      expect(ranks, entry.id).toEqual([...ranks].sort((a, b) => a - b));
    }
    // policies.md "MFA strength": the CPS card and e-CPS are phishing-resistant.
    expect(strongestMethod(serviceEntry('amelipro')!)?.strength).toBe('phishing-resistant');
    expect(serviceEntry('pro-sante-connect')!.methods.map((method) => method.strength)).toEqual([
      'phishing-resistant',
      'phishing-resistant',
    ]);
    // A provider without documented MFA offers none; it is not promoted to a method.
    expect(strongestMethod(serviceEntry('free')!)).toBeUndefined();
  });

  it('covers the mailbox providers the issue names, each with forwarding and session checks', () => {
    const ids = mailboxProviders().map((entry) => entry.id);
    expect(ids).toEqual(
      expect.arrayContaining(['google', 'microsoft-365', 'outlook-com', 'orange', 'free', 'sfr', 'la-poste', 'ovh', 'ionos', 'imap-generic', 'mailiz']),
    );
    for (const entry of mailboxProviders()) {
      expect(entry.forwarding?.fr.length, entry.id).toBeGreaterThan(0);
      expect(entry.sessions?.en.length, entry.id).toBeGreaterThan(0);
      expect(entry.recovery?.fr.length, entry.id).toBeGreaterThan(0);
    }
  });
});

describe('mailbox provider from MX hosts', () => {
  it.each([
    ['gmail-smtp-in.l.google.com', 'google'],
    ['aspmx.l.google.com', 'google'],
    ['alt2.aspmx.l.google.com.', 'google'],
    ['smtp.google.com', 'google'],
    ['aspmx2.googlemail.com', 'google'],
    ['cabinet-fr.mail.protection.outlook.com', 'microsoft-365'],
    ['hotmail-com.olc.protection.outlook.com', 'outlook-com'],
    ['smtp-in.orange.fr', 'orange'],
    ['mx1.free.fr', 'free'],
    ['mx1.mail.ovh.net', 'ovh'],
    ['mx00.ionos.fr', 'ionos'],
    ['mx01.kundenserver.de', 'ionos'],
    ['MX1.MAIL.OVH.NET', 'ovh'],
  ])('%s → %s', (host, provider) => {
    expect(providerForMx([host])?.id).toBe(provider);
  });

  it('recognises no provider for an unknown host, a look-alike or no host at all', () => {
    expect(providerForMx(['mx.cabinet-dupont.example'])).toBeUndefined();
    expect(providerForMx(['google.com.evil.example'])).toBeUndefined();
    expect(providerForMx(['evilgoogle.com'])).toBeUndefined();
    expect(providerForMx([])).toBeUndefined();
  });

  it('lets the first recognised host decide, in the order given', () => {
    expect(providerForMx(['mx.unknown.example', 'mx1.mail.ovh.net', 'aspmx.l.google.com'])?.id).toBe('ovh');
  });

  it('matches "*." patterns below the domain only', () => {
    expect(mxPatternMatches('*.google.com', 'aspmx.l.google.com')).toBe(true);
    expect(mxPatternMatches('*.google.com', 'google.com')).toBe(false);
    expect(mxPatternMatches('smtp-in.orange.fr', 'SMTP-IN.orange.fr.')).toBe(true);
  });
});

describe('a broken catalogue', () => {
  it('is refused with a message naming the entry and the problem', () => {
    const data = brokenCopy();
    const google = data.entries[0]!;
    (google.name as Localized).en = '';
    expect(() => parseCatalogue(data)).toThrow('entries[0] (google).name.en: must not be empty');
  });

  it('refuses a plain-http link, an unknown strength, a duplicate id and a missing service', () => {
    const http = brokenCopy();
    const links = http.entries[1]!.links as Array<{ url: { fr: string } }>;
    links[0]!.url.fr = 'http://support.microsoft.com/';
    expect(() => parseCatalogue(http)).toThrow(/must be an https URL/);

    const strength = brokenCopy();
    (strength.entries[0]!.methods as Array<{ strength: string }>)[0]!.strength = 'very-strong';
    expect(() => parseCatalogue(strength)).toThrow(/entries\[0\] \(google\)\.methods\[0\]\.strength: /);

    const duplicate = brokenCopy();
    duplicate.entries[1]!.id = duplicate.entries[0]!.id;
    expect(() => parseCatalogue(duplicate)).toThrow(/duplicate entry id google/);

    const noBank = brokenCopy();
    noBank.entries = noBank.entries.filter((entry) => entry.service !== 'bank');
    expect(() => parseCatalogue(noBank)).toThrow(/no entry for service bank/);
  });

  it('refuses steps that differ in number between the languages and MX patterns claimed twice', () => {
    const uneven = brokenCopy();
    (uneven.entries[0]!.enableMfa as { fr: string[] }).fr.pop();
    expect(() => parseCatalogue(uneven)).toThrow(/same number of steps/);

    const clash = brokenCopy();
    (clash.entries[3]!.mx as string[]).push('*.google.com');
    expect(() => parseCatalogue(clash)).toThrow(/claimed by both google and orange/);
  });
  it('maps a stealer log’s website to its service, the most specific domain first, and nothing else', () => {
    expect(entryForWebsite('espacepro.ameli.fr')?.id).toBe('amelipro');
    expect(entryForWebsite('www.espacepro.ameli.fr')?.service).toBe('amelipro');
    expect(entryForWebsite('assure.ameli.fr')?.id).toBe('ameli');
    expect(entryForWebsite('mailiz.mssante.fr')?.service).toBe('mssante');
    expect(entryForWebsite('https://auth.esw.esante.gouv.fr/auth')?.service).toBe('pro-sante-connect');
    expect(entryForWebsite('app.franceconnect.gouv.fr')?.service).toBe('franceconnect');
    expect(entryForWebsite('accounts.google.com')?.id).toBe('google');
    expect(entryForWebsite('particuliers.lcl.fr')?.service).toBe('bank');
    // A look-alike or an unknown site is no service of the catalogue.
    expect(entryForWebsite('espacepro-ameli.fr')).toBeUndefined();
    expect(entryForWebsite('ameli.fr.example.com')).toBeUndefined();
    expect(entryForWebsite('netflix.com')).toBeUndefined();
  });

  it('refuses a website domain claimed by two entries, or written as a URL', () => {
    const raw = structuredClone(catalogue()) as { entries: { id: string; websites?: string[] }[] };
    raw.entries.find((entry) => entry.id === 'ameli')!.websites = ['espacepro.ameli.fr'];
    expect(() => parseCatalogue(raw)).toThrow(/espacepro\.ameli\.fr is claimed by both amelipro and ameli/u);
    raw.entries.find((entry) => entry.id === 'ameli')!.websites = ['https://ameli.fr/'];
    expect(() => parseCatalogue(raw)).toThrow(/lower-case domain/u);
  });
});
