import * as z from 'zod';
import { AbsolutePathSchema } from './pwned-passwords.ts';

// Where breach checks go, and whether an HIBP key is set. The key itself never reaches the
// renderer: it goes in once (set) and comes back only as "set / not set" and a test result.

export const DEFAULT_HIBP_BASE_URL = 'https://haveibeenpwned.com/api/v3';
export const DEFAULT_PWNED_PASSWORDS_BASE_URL = 'https://api.pwnedpasswords.com';

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/u.test(hostname);
}

/** https everywhere; plain http only to this machine (a local mirror, the tests' fake HIBP). */
export const ServiceBaseUrlSchema = z
  .string()
  .trim()
  .max(500)
  .refine((value) => {
    try {
      const url = new URL(value);
      if (url.username || url.password || url.search || url.hash) return false;
      return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
    } catch {
      return false;
    }
  })
  .transform((value) => value.replace(/\/+$/u, ''));

export const ServicesSettingsSchema = z.object({
  hibpBaseUrl: z.string(),
  pwnedPasswordsBaseUrl: z.string(),
  /** A folder of `{PREFIX}.txt` range files that answers password checks instead of the URL. */
  pwnedPasswordsMirrorDir: z.string().nullable(),
  hibpApiKey: z.enum(['set', 'not-set']),
});
export type ServicesSettings = z.infer<typeof ServicesSettingsSchema>;

export const ServicesPatchSchema = z
  .object({
    hibpBaseUrl: ServiceBaseUrlSchema,
    pwnedPasswordsBaseUrl: ServiceBaseUrlSchema,
    /** null: no folder mirror (checks go to pwnedPasswordsBaseUrl). Must exist and hold range files. */
    pwnedPasswordsMirrorDir: AbsolutePathSchema.nullable(),
  })
  .partial()
  .strict();

/** HIBP keys are 32 hexadecimal characters; anything else is a paste gone wrong. */
export const HibpApiKeyInputSchema = z
  .object({ apiKey: z.string().trim().regex(/^[0-9a-f]{32}$/iu) })
  .strict();

/**
 * What a plan includes, as /subscription/status states it (null: the answer did not say). Kept
 * for the features that depend on it: the e-mail range search now, domain search and stealer
 * logs later.
 */
export const HibpPlanFeaturesSchema = z.object({
  /** IncludesKAnon: the k-anonymity e-mail search (/breachedaccount/range). */
  kAnon: z.boolean().nullable(),
  /** IncludesStealerLogs. */
  stealerLogs: z.boolean().nullable(),
  /** DomainSearchMaxBreachedAccounts: the largest domain the plan can search. */
  domainSearchMaxBreachedAccounts: z.number().nullable(),
  /** MaxBreachedDomains: how many domains it can add; HIBP's null means no limit. */
  maxBreachedDomains: z.union([z.number(), z.literal('unlimited')]).nullable(),
});
export type HibpPlanFeatures = z.infer<typeof HibpPlanFeaturesSchema>;

/** What testing the key can come back as when it is not 'valid'. */
export const HIBP_KEY_TEST_FAILURES = ['not-set', 'invalid', 'blocked', 'rate-limited', 'unavailable', 'timeout', 'network', 'unexpected'] as const;

export const HibpKeyTestSchema = z.discriminatedUnion('result', [
  z.object({
    result: z.literal('valid'),
    plan: z.string().nullable(),
    rpm: z.number().nullable(),
    expiresAt: z.string().nullable(),
    /** Whether addresses can be checked by hash prefix only (the range search). */
    rangeSearch: z.boolean(),
    /** Where that came from: HIBP's IncludesKAnon flag, or a guess from the plan's name without it. */
    rangeSearchFrom: z.enum(['flag', 'plan-name']),
    features: HibpPlanFeaturesSchema,
  }),
  z.object({
    result: z.enum(HIBP_KEY_TEST_FAILURES),
    /** Cloudflare's ray id on a 403 block, for the IT provider. */
    rayId: z.string().optional(),
    httpStatus: z.number().optional(),
    /** A 429's retry-after, in seconds. */
    retryAfterSeconds: z.number().nonnegative().optional(),
  }),
]);
export type HibpKeyTest = z.infer<typeof HibpKeyTestSchema>;
