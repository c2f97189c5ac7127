// The secrets Hygie keeps, and the one interface through which it keeps them. The desktop app
// and the CLI use the OS keychain (keytar-secret-store.ts); tests use the same keychain under a
// throwaway service name, or a failing store to prove what happens without one.

/**
 * What is kept: the key that encrypts the database, the HIBP API key, and the directory
 * connections (Microsoft Graph and Google Workspace tokens as JSON, Google's OAuth client
 * secret). Nothing else.
 */
export const SECRET_NAMES = ['database-key', 'hibp-api-key', 'microsoft-graph-token', 'google-directory-token', 'google-client-secret'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

export interface SecretStore {
  /** Where the secrets live, for messages and logs (e.g. "OS keychain, service Hygie"). Never a secret. */
  readonly description: string;
  /** null when nothing is stored under that name. Throws HygieError('keychain-unavailable'). */
  get(name: SecretName): Promise<string | null>;
  set(name: SecretName, value: string): Promise<void>;
  /** true when something was deleted. */
  delete(name: SecretName): Promise<boolean>;
}
