import { z } from 'zod';
import type { CallName } from './channels.ts';

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
} as const satisfies Record<CallName, CallSpec>;

export type Contract = typeof contract;
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>;
