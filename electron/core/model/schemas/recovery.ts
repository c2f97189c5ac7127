import * as z from 'zod';

// The recovery kit (the database key as 24 words on paper) and "Restore on a new PC". Where the kit
// is written and which backup is read are chosen in the system's own dialogs, in the main process:
// no call takes a path, and no answer carries the words.

const KitLanguageSchema = z.enum(['fr', 'en']);

export const RecoveryKitSaveInputSchema = z.object({ language: KitLanguageSchema }).strict();

export const RecoveryKitSavedSchema = z.discriminatedUnion('saved', [
  /** The user closed the save dialog: nothing was written. */
  z.object({ saved: z.literal(false) }),
  /** The kit was written where the user chose; only the file's name comes back, for the message. */
  z.object({ saved: z.literal(true), fileName: z.string() }),
]);
export type RecoveryKitSaved = z.infer<typeof RecoveryKitSavedSchema>;

export const RecoveryChooseBackupInputSchema = z.object({ language: KitLanguageSchema }).strict();

export const ChosenBackupSchema = z.discriminatedUnion('chosen', [
  z.object({ chosen: z.literal(false) }),
  z.object({
    chosen: z.literal(true),
    fileName: z.string(),
    sizeBytes: z.number().int().nonnegative(),
    /** The file's modification time: when the backup was taken, for a copy that kept it. */
    modifiedAt: z.string(),
  }),
]);
export type ChosenBackup = z.infer<typeof ChosenBackupSchema>;

/** The 24 words as typed: any case, accents or not, any spacing or numbering. */
export const RecoveryRestoreInputSchema = z.object({ words: z.string().min(1).max(2000) }).strict();
