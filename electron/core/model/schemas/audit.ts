import * as z from 'zod';

// The append-only audit log: who did what, when. It never holds a secret or a password.
export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  subject: z.string().nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditListInputSchema = z
  .object({ limit: z.number().int().min(1).max(1000) })
  .strict()
  .optional();
