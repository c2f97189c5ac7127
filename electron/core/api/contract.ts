import { z } from 'zod';
import type { CallName } from './channels.ts';
import { AuditEntrySchema, AuditListInputSchema } from './schemas/audit.ts';
import { PracticeInputSchema, PracticeSchema } from './schemas/practice.ts';
import {
  RosterExportInputSchema,
  RosterExportSchema,
  RosterImportInputSchema,
  RosterImportResultSchema,
  RosterPreviewSchema,
} from './schemas/roster-import.ts';
import {
  HibpApiKeyInputSchema,
  HibpKeyTestSchema,
  ServicesPatchSchema,
  ServicesSettingsSchema,
} from './schemas/services.ts';
import { StaffIdSchema, StaffInputSchema, StaffMemberSchema, StaffUpdateSchema } from './schemas/staff.ts';
import { RestoreBackupInputSchema, StoreStatusSchema } from './schemas/store-status.ts';

// The contract: every call the renderer, the CLI or a test can make, declared once with
// its input and output schemas. The main process, the preload and the renderer's typed
// client are all generated from CALL_NAMES + this table.

export const LanguageSchema = z.enum(['fr', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** 'electron' in the desktop app, 'browser-harness' in end-to-end tests, 'cli' for the command line. */
  shell: z.enum(['electron', 'browser-harness', 'cli']),
  platform: z.string(),
  versions: z.record(z.string(), z.string()),
  dataDir: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const PreferencesSchema = z.object({
  /** null: follow the operating system's language. */
  language: LanguageSchema.nullable(),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const PreferencesPatchSchema = PreferencesSchema.partial().strict();

export interface CallSpec {
  input: z.ZodType;
  output: z.ZodType;
  summary: string;
}

export const contract = {
  'app.info': {
    input: z.undefined(),
    output: AppInfoSchema,
    summary: 'Name, version and environment of the running Hygie.',
  },
  'settings.get': {
    input: z.undefined(),
    output: PreferencesSchema,
    summary: "The user's interface preferences.",
  },
  'settings.set': {
    input: PreferencesPatchSchema,
    output: PreferencesSchema,
    summary: 'Change interface preferences; returns them as saved.',
  },
  'store.status': {
    input: z.undefined(),
    output: StoreStatusSchema,
    summary: 'Open the encrypted store if it is not open yet; say whether it is usable, and if not why and which backups could help.',
  },
  'store.restoreBackup': {
    input: RestoreBackupInputSchema,
    output: StoreStatusSchema,
    summary: 'Set the unreadable database aside (kept, renamed) and put an automatic backup in its place.',
  },
  'practice.get': {
    input: z.undefined(),
    output: PracticeSchema.nullable(),
    summary: 'The practice profile, or null before the first-run setup.',
  },
  'practice.save': {
    input: PracticeInputSchema,
    output: PracticeSchema,
    summary: 'Create or update the practice profile.',
  },
  'staff.list': {
    input: z.undefined(),
    output: z.array(StaffMemberSchema),
    summary: 'Everyone on the roster (removed people excluded), sorted by last name.',
  },
  'staff.create': {
    input: StaffInputSchema,
    output: StaffMemberSchema,
    summary: 'Add a person; refuses an e-mail already used by someone on the roster.',
  },
  'staff.update': {
    input: StaffUpdateSchema,
    output: StaffMemberSchema,
    summary: "Change a person's details.",
  },
  'staff.remove': {
    input: StaffIdSchema,
    output: z.object({ removed: z.literal(true) }),
    summary: 'Take a person off the roster (kept in the database and the audit log).',
  },
  'staff.importPreview': {
    input: RosterImportInputSchema,
    output: RosterPreviewSchema,
    summary: 'Read a roster file and show each row as it would be imported, with per-row errors.',
  },
  'staff.importCommit': {
    input: RosterImportInputSchema,
    output: RosterImportResultSchema,
    summary: 'Import the ready rows of a roster file in one transaction; list every row not imported.',
  },
  'staff.exportCsv': {
    input: RosterExportInputSchema,
    output: RosterExportSchema,
    summary: 'The roster as CSV (formulas neutralised), ready to save.',
  },
  'services.get': {
    input: z.undefined(),
    output: ServicesSettingsSchema,
    summary: 'Base URLs of the breach services and whether an HIBP API key is set.',
  },
  'services.set': {
    input: ServicesPatchSchema,
    output: ServicesSettingsSchema,
    summary: 'Change the base URLs of the breach services.',
  },
  'services.setHibpKey': {
    input: HibpApiKeyInputSchema,
    output: ServicesSettingsSchema,
    summary: 'Keep an HIBP API key in the OS keychain.',
  },
  'services.removeHibpKey': {
    input: z.undefined(),
    output: ServicesSettingsSchema,
    summary: 'Delete the HIBP API key from the OS keychain.',
  },
  'services.testHibpKey': {
    input: z.undefined(),
    output: HibpKeyTestSchema,
    summary: "Ask HIBP's subscription status with the stored key: valid (with plan and rate), or why not.",
  },
  'audit.list': {
    input: AuditListInputSchema,
    output: z.array(AuditEntrySchema),
    summary: 'The latest entries of the audit log, newest first.',
  },
} as const satisfies Record<CallName, CallSpec>;

export type Contract = typeof contract;
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>;
