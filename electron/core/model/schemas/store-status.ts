import * as z from 'zod';
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

/**
 * The latest daily backups that failed in a row (cleared by the next one that works). A failed
 * daily backup never stops Hygie from opening: it is recorded here and shown in Settings.
 */
export const BackupFailureSchema = z.object({
  firstFailedAt: z.string(),
  lastFailedAt: z.string(),
  /** How many openings in a row could not take it. */
  attempts: z.number().int().positive(),
  /** The system's code (EBUSY, EPERM, ENOTDIR, ENOSPC…) or Hygie's, for the IT provider. */
  code: z.string(),
  folder: z.string(),
});
export type BackupFailure = z.infer<typeof BackupFailureSchema>;

/**
 * Moving the data out of a roaming profile (Windows: %APPDATA% → %LOCALAPPDATA%). `moved`: the
 * copy was verified and is in use; the old files sit in `leftover` (never deleted by Hygie), or
 * are still in `from` when they could not be renamed. `failed`: this start used the old folder.
 */
export const DataFolderMoveSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('moved'), at: z.string(), from: z.string(), to: z.string(), leftover: z.string().nullable() }),
  z.object({ state: z.literal('failed'), at: z.string(), from: z.string(), to: z.string(), code: z.string() }),
]);
export type DataFolderMove = z.infer<typeof DataFolderMoveSchema>;

export const DataFolderSchema = z.object({
  /** Where hygie.db, backups/ and reports/ are. */
  folder: z.string(),
  /** Newest first. */
  backups: z.array(BackupInfoSchema),
  dailyBackupFailure: BackupFailureSchema.nullable(),
  move: DataFolderMoveSchema.nullable(),
});
export type DataFolder = z.infer<typeof DataFolderSchema>;
