import { z } from 'zod';
import type { DirectoryProvider } from '../../model/schemas/directory.ts';
import type { SecretName, SecretStore } from '../../store/secret-store.ts';

// Where a directory connection's tokens live. The refresh token, when there is one, is the only
// thing kept, alone, in the OS keychain (split in parts there if it is longer than one Windows
// credential holds, see keychain-chunks.ts). The access token lives in this process's memory
// only: it lasts an hour, a refresh grant gives a new one, and kept with the refresh token it made
// an entry too large for Windows Credential Manager (2,560 bytes). The database, the settings,
// the logs and the renderer never see a token.

export interface Connection {
  /** null when not in memory (after a restart): the refresh token gets a new one. */
  access: string | null;
  refresh: string | null;
  /** When the access token expires (ISO); null when the issuer did not say. */
  expiresAt: string | null;
}

export interface Tokens {
  access: string;
  refresh: string | null;
  expiresAt: string | null;
}

/** How connections were kept before: the whole connection as JSON in one entry (issue 14). */
const LegacyConnectionSchema = z.object({
  access: z.string().min(1),
  refresh: z.string().min(1).nullable(),
  expiresAt: z.string().nullable(),
  account: z.string().nullable(),
});

const SECRET_OF: Record<DirectoryProvider, SecretName> = {
  microsoft: 'microsoft-graph-token',
  google: 'google-directory-token',
};

/** A connection read back: the tokens, and the account when it came from the former format. */
export interface ReadConnection extends Connection {
  legacyAccount?: string | null;
}

export class DirectoryCredentials {
  readonly #secrets: SecretStore;
  readonly #access = new Map<DirectoryProvider, { access: string; expiresAt: string | null }>();

  constructor(secrets: SecretStore) {
    this.#secrets = secrets;
  }

  /** The connection as known now, or null when there is neither a refresh token nor an access token. */
  async read(provider: DirectoryProvider): Promise<ReadConnection | null> {
    const raw = await this.#secrets.get(SECRET_OF[provider]);
    const memory = this.#access.get(provider) ?? null;
    if (raw?.startsWith('{')) return this.#migrate(provider, raw, memory);
    if (!raw && !memory) return null;
    return { access: memory?.access ?? null, refresh: raw || null, expiresAt: memory?.expiresAt ?? null };
  }

  /** Keep fresh tokens: the access token in memory, the refresh token (if any) alone in the keychain. */
  async save(provider: DirectoryProvider, tokens: Tokens): Promise<void> {
    // The keychain first: when it refuses, nothing is half-connected.
    if (tokens.refresh) await this.#secrets.set(SECRET_OF[provider], tokens.refresh);
    else await this.#secrets.delete(SECRET_OF[provider]);
    this.#access.set(provider, { access: tokens.access, expiresAt: tokens.expiresAt });
  }

  /** Forget everything about a connection; true when there was something to forget. */
  async forget(provider: DirectoryProvider): Promise<boolean> {
    const inMemory = this.#access.delete(provider);
    const deleted = await this.#secrets.delete(SECRET_OF[provider]);
    const secret = provider === 'google' ? await this.#secrets.delete('google-client-secret') : false;
    return inMemory || deleted || secret;
  }

  async #migrate(provider: DirectoryProvider, raw: string, memory: { access: string; expiresAt: string | null } | null): Promise<ReadConnection | null> {
    let legacy: z.infer<typeof LegacyConnectionSchema> | null = null;
    try {
      const parsed = LegacyConnectionSchema.safeParse(JSON.parse(raw));
      if (parsed.success) legacy = parsed.data;
    } catch {
      legacy = null;
    }
    if (!legacy) {
      // Something else under our name (a manual edit): not a connection.
      await this.#secrets.delete(SECRET_OF[provider]);
      return memory ? { access: memory.access, refresh: null, expiresAt: memory.expiresAt } : null;
    }
    // An entry written by an earlier version: rewritten as the refresh token alone.
    await this.save(provider, { access: legacy.access, refresh: legacy.refresh, expiresAt: legacy.expiresAt });
    return { access: legacy.access, refresh: legacy.refresh, expiresAt: legacy.expiresAt, legacyAccount: legacy.account };
  }
}

/** Seconds from now → ISO date, or null. */
export function expiryFrom(now: Date, expiresIn: number | null): string | null {
  return expiresIn === null ? null : new Date(now.getTime() + expiresIn * 1000).toISOString();
}
