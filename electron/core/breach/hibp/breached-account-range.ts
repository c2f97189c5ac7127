import { createHash } from 'node:crypto';
import { z } from 'zod';
import { hibpFetch, jsonBody, type HibpOptions, type HibpResult } from './hibp-fetch.ts';

// GET /breachedaccount/range/{first 6 hex of SHA-1(address)} (key, Pro plans and higher): the
// e-mail k-anonymity search. Only the prefix leaves the computer; the answer lists every hashed
// address sharing it, with the breach names of each, and the suffix is matched here. A 404 is
// read as "no breached address has this prefix", as for the account search whose 404 HIBP
// documents as "not found" (Hygie has always read this one so; the range page does not say).

const RangeAnswerSchema = z.array(z.looseObject({ hashSuffix: z.string(), websites: z.array(z.string()) }));

export type RangeEntry = z.infer<typeof RangeAnswerSchema>[number];

/** SHA-1 of the trimmed, lower-cased address, upper-case hex: what the e-mail range search hashes. */
export function emailSha1(email: string): string {
  return createHash('sha1').update(email.trim().toLowerCase(), 'utf8').digest('hex').toUpperCase();
}

export const EMAIL_RANGE_PREFIX_LENGTH = 6;

/** The entries sharing `prefix` (6 hex characters); [] on HIBP's 404. */
export function breachedAccountRange(prefix: string, options: HibpOptions): Promise<HibpResult<RangeEntry[]>> {
  return hibpFetch({ path: `/breachedaccount/range/${prefix}`, read: jsonBody(RangeAnswerSchema), notFound: () => [] }, options);
}
