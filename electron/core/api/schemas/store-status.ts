import { z } from 'zod';
import { ApiErrorSchema } from '../envelope.ts';

// Whether the encrypted store could be opened. The renderer asks first: a missing keychain or
// an unreadable database stops the app with an explanation, never a half-working window.

export const BackupInfoSchema = z.object({
  /** The backup's file name inside the backups folder; it is also its identifier. */
  id: z.string(),
  takenAt: z.string(),
  reason: z.enum(['before-migration', 'daily']),
  schemaVersion: z.number().int().nonnegative(),
  sizeBytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

export const StoreStatusSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('ready'),
    practiceConfigured: z.boolean(),
    schemaVersion: z.number().int(),
  }),
  z.object({
    state: z.literal('unavailable'),
    error: ApiErrorSchema,
    /** Newest first; empty when none can help (e.g. the keychain itself is unreachable). */
    backups: z.array(BackupInfoSchema),
  }),
]);
export type StoreStatus = z.infer<typeof StoreStatusSchema>;

export const RestoreBackupInputSchema = z.object({ backupId: z.string().min(1).max(200) }).strict();
