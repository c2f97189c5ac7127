import { z } from 'zod';
import { MfaStatusSchema } from '../model/schemas/mfa.ts';
import { ServiceIdSchema } from '../model/schemas/staff.ts';

// The shape of services-catalogue.json: for each service a French practice uses, the MFA methods
// it offers (with their strength class), where to turn them on, what to check, and the official
// help pages, in French and English. The data is checked against this schema when it is loaded,
// so a typo in the JSON fails the tests instead of reaching a walkthrough.

export const CATALOGUE_KINDS = ['mailbox-provider', 'health-professional-portal', 'public-service', 'other'] as const;
export const CatalogueKindSchema = z.enum(CATALOGUE_KINDS);
export type CatalogueKind = z.infer<typeof CatalogueKindSchema>;

/** What a method is, so the UI can name and order it; its strength is given separately. */
export const MFA_METHOD_KINDS = [
  'security-key', // FIDO2 / WebAuthn key
  'passkey',
  'cps-card', // Carte de professionnel de santé in a reader
  'e-cps', // the e-CPS app of Pro Santé Connect
  'authenticator-push', // the provider's app approves the sign-in (with number matching when offered)
  'totp', // a code from an authenticator app
  'sms', // a code by SMS
  'email-code', // a code sent to an e-mail address
  'bank-app', // strong customer authentication in the bank's own app
  'france-connect-plus', // FranceConnect+ (identity with a substantial-level provider)
] as const;
export const MfaMethodKindSchema = z.enum(MFA_METHOD_KINDS);
export type MfaMethodKind = z.infer<typeof MfaMethodKindSchema>;

/** A method offers some protection by definition: 'none' and 'unknown' describe accounts, not methods. */
export const MethodStrengthSchema = MfaStatusSchema.exclude(['none', 'unknown']);
export type MethodStrength = z.infer<typeof MethodStrengthSchema>;

/**
 * 'documented': the provider's own help describes it for this kind of account.
 * 'depends': it depends on the plan, the administrator, the bank or the software vendor; the
 * notes say what to check.
 */
export const METHOD_AVAILABILITY = ['documented', 'depends'] as const;

const text = z.string().trim().min(1, 'must not be empty');

/** One text in both languages; neither may be empty. */
export const LocalizedTextSchema = z.object({ fr: text, en: text }).strict();

/** Numbered steps (or a list of notes) in both languages, the same number in each. */
export const LocalizedStepsSchema = z
  .object({ fr: z.array(text).min(1), en: z.array(text).min(1) })
  .strict()
  .refine((steps) => steps.fr.length === steps.en.length, {
    message: 'fr and en must have the same number of steps',
  });
export type LocalizedSteps = z.infer<typeof LocalizedStepsSchema>;

const httpsUrl = z.url({ protocol: /^https$/, message: 'must be an https URL' });

export const HelpLinkSchema = z
  .object({
    label: LocalizedTextSchema,
    /** The page in each language (the same page when the service has only a French one). */
    url: z.object({ fr: httpsUrl, en: httpsUrl }).strict(),
  })
  .strict();
export type HelpLink = z.infer<typeof HelpLinkSchema>;

export const MfaMethodSchema = z
  .object({
    kind: MfaMethodKindSchema,
    strength: MethodStrengthSchema,
    availability: z.enum(METHOD_AVAILABILITY),
    label: LocalizedTextSchema,
  })
  .strict();
export type MfaMethod = z.infer<typeof MfaMethodSchema>;

/**
 * An MX host pattern: an exact host ("smtp-in.orange.fr") or "*." and a domain, which matches
 * any host under that domain ("*.google.com" matches "aspmx.l.google.com", not "google.com").
 */
export const MxPatternSchema = z
  .string()
  .regex(/^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, 'must be a lower-case host or *.domain');

/** A website's domain as stealer logs name it: lower-case, no scheme, no path, no wildcard. */
export const WebsiteDomainSchema = z.string().regex(/^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, 'must be a lower-case domain');

export const ENTRY_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const CatalogueEntrySchema = z
  .object({
    id: z.string().regex(ENTRY_ID_PATTERN, 'must be kebab-case'),
    kind: CatalogueKindSchema,
    /** The account service (staff.ts SERVICE_IDS) this entry gives the instructions for. */
    service: ServiceIdSchema,
    /** Generic guidance for a service with many providers (any IMAP host, any bank…). */
    generic: z.boolean(),
    name: LocalizedTextSchema,
    /** Best first is not required; the loader sorts by strength. Empty: the service offers none. */
    methods: z.array(MfaMethodSchema),
    enableMfa: LocalizedStepsSchema,
    /** Check that the recovery e-mail and phone still belong to the person. */
    recovery: LocalizedStepsSchema.optional(),
    /** Mailboxes: find and remove unknown forwarding rules, filters and delegations. */
    forwarding: LocalizedStepsSchema.optional(),
    /** See open sessions and connected devices, sign out the others. */
    sessions: LocalizedStepsSchema.optional(),
    notes: LocalizedStepsSchema,
    links: z.array(HelpLinkSchema).min(1),
    /** Mailbox providers: the MX hosts that reveal them (none for a generic entry). */
    mx: z.array(MxPatternSchema),
    /**
     * The website domains where the service's password is typed (sign-in pages): a stealer log
     * naming one of them (or a host under it) is about this service. Checked sources in
     * docs/references.md, "Services catalogue: website domains".
     */
    websites: z.array(WebsiteDomainSchema).optional(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    const isMailbox = entry.kind === 'mailbox-provider';
    if (isMailbox && entry.service !== 'mailbox' && entry.service !== 'mssante') {
      ctx.addIssue({ code: 'custom', path: ['service'], message: 'a mailbox provider applies to mailbox or mssante' });
    }
    if (!isMailbox && entry.mx.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['mx'], message: 'only mailbox providers have MX patterns' });
    }
    if (isMailbox && !entry.generic && entry.mx.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['mx'], message: 'a named mailbox provider needs its MX patterns' });
    }
    if (isMailbox) {
      for (const field of ['recovery', 'forwarding', 'sessions'] as const) {
        if (!entry[field]) {
          ctx.addIssue({ code: 'custom', path: [field], message: `a mailbox provider must say how to check ${field}` });
        }
      }
    }
    const kinds = entry.methods.map((method) => method.kind);
    const repeated = kinds.find((kind, index) => kinds.indexOf(kind) !== index);
    if (repeated) ctx.addIssue({ code: 'custom', path: ['methods'], message: `method ${repeated} is listed twice` });
  });
export type CatalogueEntry = z.infer<typeof CatalogueEntrySchema>;

export const ServicesCatalogueSchema = z
  .object({
    /** Bumped whenever an entry changes, so reports can say which catalogue they were built with. */
    version: z.number().int().positive(),
    /** The day the data was last reviewed against the providers' help pages (YYYY-MM-DD). */
    updated: z.iso.date(),
    entries: z.array(CatalogueEntrySchema).min(1),
  })
  .strict()
  .superRefine((catalogue, ctx) => {
    const seenIds = new Set<string>();
    const mxOwner = new Map<string, string>();
    const websiteOwner = new Map<string, string>();
    catalogue.entries.forEach((entry, index) => {
      if (seenIds.has(entry.id)) {
        ctx.addIssue({ code: 'custom', path: ['entries', index, 'id'], message: `duplicate entry id ${entry.id}` });
      }
      seenIds.add(entry.id);
      for (const pattern of entry.mx) {
        const owner = mxOwner.get(pattern);
        if (owner && owner !== entry.id) {
          ctx.addIssue({
            code: 'custom',
            path: ['entries', index, 'mx'],
            message: `MX pattern ${pattern} is claimed by both ${owner} and ${entry.id}`,
          });
        }
        mxOwner.set(pattern, entry.id);
      }
      for (const website of entry.websites ?? []) {
        const owner = websiteOwner.get(website);
        if (owner && owner !== entry.id) {
          ctx.addIssue({ code: 'custom', path: ['entries', index, 'websites'], message: `website ${website} is claimed by both ${owner} and ${entry.id}` });
        }
        websiteOwner.set(website, entry.id);
      }
    });
    // Every service must resolve to instructions: its only entry, or its one generic entry.
    for (const service of ServiceIdSchema.options) {
      const entries = catalogue.entries.filter((entry) => entry.service === service);
      const generic = entries.filter((entry) => entry.generic);
      if (entries.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['entries'], message: `no entry for service ${service}` });
      } else if (entries.length > 1 && generic.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['entries'],
          message: `service ${service} has several entries, so exactly one must be generic (found ${generic.length})`,
        });
      }
    }
  });
export type ServicesCatalogue = z.infer<typeof ServicesCatalogueSchema>;
