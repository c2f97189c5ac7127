import { z } from 'zod';
import {
  BreachSourceSchema,
  combineOutcomes,
  NotCheckedReasonSchema,
  type BreachFound,
  type EmailBreachOutcome,
} from '../model/schemas/breach.ts';
import { RowIssueCodeSchema } from '../model/schemas/roster-import.ts';
import { ServiceIdSchema } from '../model/schemas/staff.ts';

// The JSON the `hygie audit` command writes: one entry per e-mail of the roster, its combined
// breach status, and a summary. Scripts and IT providers read it, so its shape is versioned and
// every report is validated against this schema before it is written.
//
// Several sources can answer for one address (HIBP and the practice's local corpora). The entry's
// status is combineOutcomes() of all of them (breached if any found it, not-checked if any could
// not answer, clean only if all answered clean); `source` names every source asked, joined by
// "+" in the order they were asked, and `sources` keeps each one's own answer so that a
// not-checked HIBP behind a clean corpus stays visible.

/** 2: stealer-log websites per address and the verified domains' searches (issue 20). */
export const AUDIT_REPORT_SCHEMA_VERSION = 2;

export const AuditBreachSchema = z
  .object({
    name: z.string(),
    title: z.string(),
    /** YYYY-MM-DD when known. */
    breachDate: z.string().nullable(),
    dataClasses: z.array(z.string()),
  })
  .strict();
export type AuditBreach = z.infer<typeof AuditBreachSchema>;

export const AuditSourceAnswerSchema = z
  .object({
    source: BreachSourceSchema,
    status: z.enum(['breached', 'clean', 'not-checked']),
    reason: NotCheckedReasonSchema.optional(),
    /** Cloudflare's ray id when HIBP's answer was a 403 block, for the IT provider. */
    rayId: z.string().max(100).optional(),
    /** 'rate-limited': when HIBP takes requests again (from its retry-after). */
    retryAt: z.iso.datetime().optional(),
  })
  .strict();

const SourceListSchema = z
  .string()
  .refine((value) => value.split('+').every((part) => BreachSourceSchema.safeParse(part).success));

export const AuditEntryBreachSchema = z
  .object({
    status: z.enum(['breached', 'clean', 'not-checked']),
    /** Only when not-checked: why (the first source that could not answer). */
    reason: NotCheckedReasonSchema.optional(),
    /** With reason 'rate-limited', when HIBP said it takes requests again: run the audit after it. */
    retryAt: z.iso.datetime().optional(),
    /** Every source asked, joined by "+": e.g. "hibp-range" or "hibp-range+corpus:leak-2024". */
    source: SourceListSchema,
    sources: z.array(AuditSourceAnswerSchema).min(1),
    breaches: z.array(AuditBreachSchema),
  })
  .strict()
  .refine((breach) => (breach.status === 'not-checked') === (breach.reason !== undefined), {
    message: 'a reason is given exactly when the address was not checked',
  })
  .refine((breach) => (breach.status === 'breached') === breach.breaches.length > 0, {
    message: 'breaches are listed exactly when the address was found in one',
  });

/** A website infostealer malware captured the address's credentials on, with its catalogue service. */
export const AuditStealerLogSchema = z.object({ website: z.string(), service: ServiceIdSchema.nullable() }).strict();

export const AuditEntrySchema = z
  .object({
    name: z.string(),
    email: z.string(),
    breach: AuditEntryBreachSchema,
    /** The stealer logs of its verified domain: [] none found; absent when its domain's were not searched. */
    stealerLogWebsites: z.array(AuditStealerLogSchema).optional(),
  })
  .strict();
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditSummarySchema = z
  .object({
    /** Addresses with an answer from every source (breached + clean). */
    checked: z.number().int().nonnegative(),
    breached: z.number().int().nonnegative(),
    clean: z.number().int().nonnegative(),
    notChecked: z.number().int().nonnegative(),
  })
  .strict()
  .refine((summary) => summary.checked === summary.breached + summary.clean);
export type AuditSummary = z.infer<typeof AuditSummarySchema>;

export const AuditDomainSearchSchema = z
  .object({
    /** Each verified domain the roster uses, and how its two searches ended. */
    domains: z.array(
      z
        .object({
          domain: z.string(),
          breaches: z.enum(['answered', 'not-checked', 'too-large']),
          stealerLogs: z.enum(['answered', 'not-checked', 'not-in-plan']).nullable(),
          /** Why a search did not answer (the first that did not). */
          reason: NotCheckedReasonSchema.optional(),
        })
        .strict(),
    ),
    /** Whether the key's plan includes stealer logs; null: not known (no search). */
    stealerLogsInPlan: z.boolean().nullable(),
    /** Addresses of those domains HIBP found that are not on the roster (former staff, shared boxes, typos). */
    aliasesNotOnRoster: z.array(z.object({ address: z.string(), breaches: z.array(z.string()), stealerLogWebsites: z.array(z.string()) }).strict()),
  })
  .strict();
export type AuditDomainSearch = z.infer<typeof AuditDomainSearchSchema>;

export const AuditReportSchema = z
  .object({
    schemaVersion: z.literal(AUDIT_REPORT_SCHEMA_VERSION),
    generatedAt: z.iso.datetime(),
    /** The verified domains' searches (empty lists when none was made: --no-domain-search, no key, none verified). */
    domainSearch: AuditDomainSearchSchema,
    /** Roster rows that held no e-mail to check, with their line in the file and why. */
    skippedRows: z.array(z.object({ line: z.number().int().positive(), issues: z.array(RowIssueCodeSchema) }).strict()),
    staff: z.array(AuditEntrySchema),
    summary: AuditSummarySchema,
  })
  .strict()
  .refine(
    (report) =>
      report.summary.breached + report.summary.clean + report.summary.notChecked === report.staff.length &&
      report.staff.filter((entry) => entry.breach.status === 'breached').length === report.summary.breached &&
      report.staff.filter((entry) => entry.breach.status === 'clean').length === report.summary.clean,
    { message: 'the summary counts the entries' },
  );
export type AuditReport = z.infer<typeof AuditReportSchema>;

function toAuditBreach(breach: BreachFound): AuditBreach {
  return { name: breach.name, title: breach.title, breachDate: breach.breachDate, dataClasses: [...breach.dataClasses] };
}

/** One address's answers (one per source asked) as its report entry's `breach`. */
export function combineForReport(outcomes: readonly EmailBreachOutcome[]): AuditEntry['breach'] {
  if (outcomes.length === 0) throw new Error('combineForReport needs at least one source');
  const status = combineOutcomes(outcomes);
  const breaches = new Map<string, AuditBreach>();
  for (const outcome of outcomes) {
    if (outcome.status !== 'breached') continue;
    for (const breach of outcome.breaches) if (!breaches.has(breach.name)) breaches.set(breach.name, toAuditBreach(breach));
  }
  const firstUnanswered = outcomes.find((outcome) => outcome.status === 'not-checked');
  const unanswered = status === 'not-checked' && firstUnanswered?.status === 'not-checked' ? firstUnanswered : null;
  return {
    status,
    ...(unanswered ? { reason: unanswered.reason } : {}),
    ...(unanswered?.retryAt ? { retryAt: unanswered.retryAt } : {}),
    source: outcomes.map((outcome) => outcome.source).join('+'),
    sources: outcomes.map((outcome) => ({
      source: outcome.source,
      status: outcome.status,
      ...(outcome.status === 'not-checked' ? { reason: outcome.reason } : {}),
      ...(outcome.status === 'not-checked' && outcome.rayId ? { rayId: outcome.rayId } : {}),
      ...(outcome.status === 'not-checked' && outcome.retryAt ? { retryAt: outcome.retryAt } : {}),
    })),
    breaches: status === 'breached' ? [...breaches.values()] : [],
  };
}

export function summariseEntries(entries: readonly AuditEntry[]): AuditSummary {
  const count = (status: AuditEntry['breach']['status']) => entries.filter((entry) => entry.breach.status === status).length;
  const breached = count('breached');
  const clean = count('clean');
  return { checked: breached + clean, breached, clean, notChecked: count('not-checked') };
}

/** The report, validated: a report that does not match its schema is a bug, never written. */
export function buildAuditReport(input: {
  generatedAt: Date;
  staff: readonly AuditEntry[];
  skippedRows: AuditReport['skippedRows'];
  domainSearch?: AuditDomainSearch;
}): AuditReport {
  return AuditReportSchema.parse({
    schemaVersion: AUDIT_REPORT_SCHEMA_VERSION,
    generatedAt: input.generatedAt.toISOString(),
    domainSearch: input.domainSearch ?? { domains: [], stealerLogsInPlan: null, aliasesNotOnRoster: [] },
    skippedRows: input.skippedRows,
    staff: input.staff,
    summary: summariseEntries(input.staff),
  });
}
