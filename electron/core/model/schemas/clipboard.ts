import * as z from 'zod';

/** A secret the page shows and the user copies: a passphrase of a few words, a sign-in code. */
export const CopySecretInputSchema = z.object({ text: z.string().min(1).max(256) }).strict();
export type CopySecretInput = z.infer<typeof CopySecretInputSchema>;

export const CopySecretResultSchema = z.object({
  copied: z.literal(true),
  /** Hygie erases it from the clipboard after this long, if nothing else was copied since. */
  clearedAfterSeconds: z.number().int().positive(),
});
export type CopySecretResult = z.infer<typeof CopySecretResultSchema>;
