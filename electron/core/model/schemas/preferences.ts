import * as z from 'zod';

// The interface's language and what the app says about itself: read by the main process, the CLI
// and the renderer before the store opens.

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
