import {
  DEFAULT_GOOGLE_ADMIN_BASE_URL,
  DEFAULT_GOOGLE_OAUTH_BASE_URL,
  DEFAULT_MICROSOFT_GRAPH_BASE_URL,
  DEFAULT_MICROSOFT_LOGIN_BASE_URL,
  DEFAULT_MICROSOFT_TENANT,
  type DirectoryProvider,
  type DirectorySettingsPatch,
  type GoogleDirectorySettings,
  type MicrosoftDirectorySettings,
} from '../../model/schemas/directory.ts';
import type { Store } from '../../store/store.ts';

// The directory settings the IT provider fills in: tenant, application (client) ids, and the
// base URLs (a national cloud, a proxy, or the tests' loopback fake). No secret among them: the
// Google client secret, when there is one, is in the keychain.

const KEY = 'directory.settings';
const LAST_IMPORT = (provider: DirectoryProvider) => `directory.${provider}.lastImport`;

interface Saved {
  microsoft?: Partial<MicrosoftDirectorySettings>;
  google?: Partial<GoogleDirectorySettings>;
}

export interface DirectorySettings {
  microsoft: MicrosoftDirectorySettings;
  google: GoogleDirectorySettings;
}

export function directorySettings(store: Store): DirectorySettings {
  const saved = store.settings.get<Saved>(KEY, {});
  return {
    microsoft: {
      tenant: saved.microsoft?.tenant || DEFAULT_MICROSOFT_TENANT,
      clientId: saved.microsoft?.clientId ?? '',
      loginBaseUrl: saved.microsoft?.loginBaseUrl || DEFAULT_MICROSOFT_LOGIN_BASE_URL,
      graphBaseUrl: saved.microsoft?.graphBaseUrl || DEFAULT_MICROSOFT_GRAPH_BASE_URL,
    },
    google: {
      clientId: saved.google?.clientId ?? '',
      oauthBaseUrl: saved.google?.oauthBaseUrl || DEFAULT_GOOGLE_OAUTH_BASE_URL,
      adminBaseUrl: saved.google?.adminBaseUrl || DEFAULT_GOOGLE_ADMIN_BASE_URL,
    },
  };
}

/** Save a patch; returns the names of the fields that changed (for the audit log). */
export function updateDirectorySettings(store: Store, patch: DirectorySettingsPatch): string[] {
  return store.transaction(() => {
    const before = directorySettings(store);
    const saved = store.settings.get<Saved>(KEY, {});
    const next: Saved = {
      microsoft: { ...saved.microsoft, ...patch.microsoft },
      google: { ...saved.google, ...patch.google },
    };
    store.settings.set(KEY, next);
    const after = directorySettings(store);
    const changed: string[] = [];
    for (const provider of ['microsoft', 'google'] as const) {
      for (const [field, value] of Object.entries(after[provider])) {
        if ((before[provider] as unknown as Record<string, string>)[field] !== value) changed.push(`${provider}.${field}`);
      }
    }
    store.audit.append('directory.settings', null, { changed: changed.join(', ') || null });
    return changed;
  });
}

export interface ImportSummary {
  at: string;
  directoryUsers: number;
  matched: number;
  updated: number;
  unmatched: number;
}

export function lastImport(store: Store, provider: DirectoryProvider): ImportSummary | null {
  return store.settings.get<ImportSummary | null>(LAST_IMPORT(provider), null);
}

export function saveLastImport(store: Store, provider: DirectoryProvider, summary: ImportSummary): void {
  store.settings.set(LAST_IMPORT(provider), summary);
}

// The account or domain a connection belongs to ("connected to cabinet-dupont.fr"): not a
// secret, so it is kept here, beside the settings, while the tokens stay out of the database.
const ACCOUNT = (provider: DirectoryProvider) => `directory.${provider}.account`;

export function connectedAccount(store: Store, provider: DirectoryProvider): string | null {
  return store.settings.get<string | null>(ACCOUNT(provider), null);
}

export function saveConnectedAccount(store: Store, provider: DirectoryProvider, account: string | null): void {
  store.settings.set(ACCOUNT(provider), account);
}
