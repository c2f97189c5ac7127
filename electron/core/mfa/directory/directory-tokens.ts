import { z } from 'zod';
import type { DirectoryProvider } from '../../api/schemas/directory.ts';
import type { SecretName, SecretStore } from '../../store/secret-store.ts';

// A directory connection as kept in the OS keychain, and only there: the access token, the
// refresh token when there is one, when the access token expires, and the account or domain
// shown to the user. The database, the settings, the logs and the renderer never see a token.

const StoredConnectionSchema = z.object({
  access: z.string().min(1),
  refresh: z.string().min(1).nullable(),
  /** ISO date; null when the issuer did not say (a pasted Google access token). */
  expiresAt: z.string().nullable(),
  account: z.string().nullable(),
});
export type StoredConnection = z.infer<typeof StoredConnectionSchema>;

const SECRET_OF: Record<DirectoryProvider, SecretName> = {
  microsoft: 'microsoft-graph-token',
  google: 'google-directory-token',
};

export async function readConnection(secrets: SecretStore, provider: DirectoryProvider): Promise<StoredConnection | null> {
  const raw = await secrets.get(SECRET_OF[provider]);
  if (!raw) return null;
  try {
    const parsed = StoredConnectionSchema.safeParse(JSON.parse(raw));
    // Something else under our name (an older format, a manual edit): treat as not connected.
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function saveConnection(secrets: SecretStore, provider: DirectoryProvider, connection: StoredConnection): Promise<void> {
  await secrets.set(SECRET_OF[provider], JSON.stringify(StoredConnectionSchema.parse(connection)));
}

export async function deleteConnection(secrets: SecretStore, provider: DirectoryProvider): Promise<boolean> {
  const deleted = await secrets.delete(SECRET_OF[provider]);
  if (provider === 'google') return (await secrets.delete('google-client-secret')) || deleted;
  return deleted;
}

/** Seconds from now → ISO date, or null. */
export function expiryFrom(now: Date, expiresIn: number | null): string | null {
  return expiresIn === null ? null : new Date(now.getTime() + expiresIn * 1000).toISOString();
}
