import * as z from 'zod';

// What one breach check of one e-mail can come back as. Shared by the HIBP client, the local
// corpora, the "check all staff" job, the CLI's JSON and the Breaches page. "not-checked" is an
// outcome of its own, with its reason: it is never counted or shown as clean.

/** Why an e-mail (or a password) could not be checked. */
export const NOT_CHECKED_REASONS = [
  'no-key', // no HIBP key set, and no other source configured
  'invalid-key', // 401
  'blocked', // 403 (Cloudflare block or missing user agent)
  'bad-request', // 400: the address is not in a format HIBP accepts
  'rate-limited', // 429 beyond the retry budget
  'unavailable', // 5xx
  'timeout',
  'network', // refused, reset, DNS, TLS: the service was not reached
  'malformed', // an answer that does not parse as documented
  'cancelled', // the user cancelled the job before this item finished
] as const;
export const NotCheckedReasonSchema = z.enum(NOT_CHECKED_REASONS);
export type NotCheckedReason = z.infer<typeof NotCheckedReasonSchema>;

/**
 * Where a result comes from: 'hibp' (the address itself was sent), 'hibp-range' (only the first
 * 6 hex characters of its SHA-1 were sent), 'hibp-domain' (HIBP's search of a verified domain:
 * only the domain was sent), or 'corpus:<id>' for a local corpus.
 */
export const BreachSourceSchema = z.string().regex(/^(?:hibp|hibp-range|hibp-domain|corpus:[\w-]{1,64})$/u);
export type BreachSource = z.infer<typeof BreachSourceSchema>;

/** One breach an address was found in, as shown to the user (from the catalogue when known). */
export const BreachFoundSchema = z.object({
  /** HIBP's stable Name (e.g. "Adobe"), or the local corpus's name. */
  name: z.string().max(200),
  title: z.string().max(300),
  /** YYYY-MM-DD when known. */
  breachDate: z.string().nullable(),
  dataClasses: z.array(z.string().max(200)).max(100),
  domain: z.string().max(300).nullable().optional(),
  /** HIBP's description is HTML: sanitise before display (the renderer does, with DOMPurify). */
  descriptionHtml: z.string().max(20_000).nullable().optional(),
  isVerified: z.boolean().optional(),
  isSensitive: z.boolean().optional(),
  /** When HIBP added the breach (its AddedDate): the newest one known tells a new breach apart. */
  addedAt: z.string().max(40).optional(),
});
export type BreachFound = z.infer<typeof BreachFoundSchema>;

export const EmailBreachOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('breached'), source: BreachSourceSchema, breaches: z.array(BreachFoundSchema).min(1) }),
  /** Only on a 404, or a range answer without this address's suffix, or a corpus without it. */
  z.object({ status: z.literal('clean'), source: BreachSourceSchema }),
  z.object({
    status: z.literal('not-checked'),
    source: BreachSourceSchema,
    reason: NotCheckedReasonSchema,
    /** Cloudflare's ray id on a 403, for the IT provider. */
    rayId: z.string().max(100).optional(),
    httpStatus: z.number().int().optional(),
    /** 'rate-limited': when HIBP will take requests again (from its retry-after). */
    retryAt: z.iso.datetime().optional(),
  }),
]);
export type EmailBreachOutcome = z.infer<typeof EmailBreachOutcomeSchema>;

/**
 * Several sources for one address combine so that nothing unchecked looks clean: breached if any
 * source found it; otherwise not-checked if any source could not answer; clean only if all did.
 */
export function combineOutcomes(outcomes: readonly EmailBreachOutcome[]): 'breached' | 'clean' | 'not-checked' {
  if (outcomes.length === 0) return 'not-checked';
  if (outcomes.some((outcome) => outcome.status === 'breached')) return 'breached';
  if (outcomes.some((outcome) => outcome.status === 'not-checked')) return 'not-checked';
  return 'clean';
}
