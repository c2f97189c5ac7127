import * as z from 'zod';
import { withoutSurroundingQuotes } from '../pasted-path.ts';
import { NotCheckedReasonSchema } from './breach.ts';

// What one Pwned Passwords check comes back as. "not-checked" (offline, timeout, a mirror that
// lacks the range, …) is an outcome of its own: it is never shown or counted as "not pwned".

/**
 * Who answered: the Pwned Passwords service at its usual address, another base URL (a practice
 * group's mirror), or a folder of `{PREFIX}.txt` range files on this computer.
 */
export const PWNED_SOURCES = ['pwned-passwords', 'pwned-mirror-url', 'pwned-mirror-dir'] as const;
export const PwnedSourceSchema = z.enum(PWNED_SOURCES);
export type PwnedSource = z.infer<typeof PwnedSourceSchema>;

export const PwnedPasswordOutcomeSchema = z.discriminatedUnion('status', [
  /** Found in the corpus: `count` times (always ≥ 1; padding lines of count 0 are dropped). */
  z.object({ status: z.literal('pwned'), source: PwnedSourceSchema, count: z.number().int().positive() }),
  /** The range answered and this hash's suffix is not in it. */
  z.object({ status: z.literal('not-pwned'), source: PwnedSourceSchema }),
  z.object({
    status: z.literal('not-checked'),
    source: PwnedSourceSchema,
    reason: NotCheckedReasonSchema,
    httpStatus: z.number().int().optional(),
  }),
]);
export type PwnedPasswordOutcome = z.infer<typeof PwnedPasswordOutcomeSchema>;

/**
 * An absolute folder path: `/…` on Linux and macOS, `C:\…` or `\\server\share\…` on Windows;
 * quotes around it (Explorer's "Copy as path") are taken off first.
 */
export const AbsolutePathSchema = z
  .string()
  .overwrite(withoutSurroundingQuotes)
  .min(2)
  .max(1000)
  .refine((value) => /^(?:\/|[A-Za-z]:[\\/]|\\\\[^\\])/u.test(value) && !value.includes('\u0000'));
