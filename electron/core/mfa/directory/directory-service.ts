import { HygieError } from '../../model/hygie-error.ts';
import type {
  DirectoryImportResult,
  DirectoryProvider,
  DirectorySettingsPatch,
  DirectoryStatus,
  GoogleCredentialInput,
  SignInPoll,
  SignInStart,
} from '../../model/schemas/directory.ts';
import type { SecretStore } from '../../store/secret-store.ts';
import type { Store } from '../../store/store.ts';
import { pollDeviceToken, refreshAccessToken, startDeviceAuthorization, type TokenSet } from './device-flow.ts';
import type { HttpOptions } from './directory-http.ts';
import { applyDirectoryImport } from './directory-import.ts';
import type { PageOptions, TokenSource } from './directory-pages.ts';
import {
  connectedAccount,
  directorySettings,
  lastImport,
  saveConnectedAccount,
  saveLastImport,
  updateDirectorySettings,
  type DirectorySettings,
} from './directory-settings.ts';
import { DirectoryCredentials, expiryFrom, type Connection, type Tokens } from './directory-tokens.ts';
import { domainOf, listGoogleUsers } from './google-directory.ts';
import { GRAPH_PERMISSION, listMicrosoftRegistrations } from './microsoft-graph.ts';
import { accountFromIdToken } from './id-token.ts';

// The directory imports as the contract offers them: settings, device-code sign-in (Microsoft),
// a token brought by the IT provider (Google, whose device flow refuses the Admin SDK scopes),
// the import itself and disconnecting. A sign-in under way lives in memory only: its device code
// never reaches the renderer, the database or the keychain. So does the access token; only the
// refresh token is kept, in the keychain (directory-tokens.ts).

interface PendingSignIn {
  deviceCode: string;
  clientId: string;
  tokenEndpoint: string;
  expiresAtMs: number;
  intervalSeconds: number;
  nextPollAtMs: number;
}

export interface DirectoryServiceOptions {
  userAgent: string;
  now?: () => Date;
  timeoutMs?: number;
  /** Waits after a 429 (tests pass one that does not wait). */
  sleep?: (ms: number) => Promise<void>;
}

/** Renew an access token a minute before the issuer said it would expire. */
const EXPIRY_MARGIN_MS = 60_000;

function microsoftScope(settings: DirectorySettings): string {
  return `openid profile offline_access ${settings.microsoft.graphBaseUrl}/${GRAPH_PERMISSION}`;
}

function microsoftEndpoint(settings: DirectorySettings, path: 'devicecode' | 'token'): string {
  return `${settings.microsoft.loginBaseUrl}/${encodeURIComponent(settings.microsoft.tenant)}/oauth2/v2.0/${path}`;
}

export class DirectoryService {
  readonly #secrets: SecretStore;
  readonly #credentials: DirectoryCredentials;
  readonly #now: () => Date;
  readonly #http: HttpOptions;
  readonly #sleep: ((ms: number) => Promise<void>) | undefined;
  readonly #pending = new Map<DirectoryProvider, PendingSignIn>();

  constructor(secrets: SecretStore, options: DirectoryServiceOptions) {
    this.#secrets = secrets;
    this.#credentials = new DirectoryCredentials(secrets);
    this.#now = options.now ?? (() => new Date());
    this.#http = { userAgent: options.userAgent, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) };
    this.#sleep = options.sleep;
  }

  async status(store: Store): Promise<DirectoryStatus> {
    const settings = directorySettings(store);
    const microsoft = await this.#connection(store, 'microsoft');
    const google = await this.#connection(store, 'google');
    const clientSecret = await this.#secrets.get('google-client-secret');
    return {
      microsoft: {
        settings: settings.microsoft,
        connection: microsoft ? 'connected' : 'not-connected',
        account: microsoft ? connectedAccount(store, 'microsoft') : null,
        lastImport: lastImport(store, 'microsoft'),
      },
      google: {
        settings: settings.google,
        connection: google ? 'connected' : 'not-connected',
        account: google ? connectedAccount(store, 'google') : null,
        lastImport: lastImport(store, 'google'),
        renewable: Boolean(google?.refresh && clientSecret),
        clientSecret: clientSecret ? 'set' : 'not-set',
      },
    };
  }

  async saveSettings(store: Store, patch: DirectorySettingsPatch): Promise<DirectoryStatus> {
    const changed = updateDirectorySettings(store, patch);
    // Tokens belong to the tenant, client and endpoints they were issued for: a change to
    // those ends the connection rather than sending a token somewhere new.
    for (const provider of ['microsoft', 'google'] as const) {
      if (changed.some((field) => field.startsWith(`${provider}.`))) {
        this.#pending.delete(provider);
        if (await this.#forget(store, provider)) store.audit.append('directory.disconnect', provider, { reason: 'settings-changed' });
      }
    }
    return this.status(store);
  }

  async signInStart(store: Store, provider: DirectoryProvider): Promise<SignInStart> {
    if (provider === 'google') throw new HygieError('directory-device-flow-unsupported');
    const settings = directorySettings(store);
    const clientId = settings.microsoft.clientId;
    if (!clientId) throw new HygieError('directory-not-configured');
    const authorization = await startDeviceAuthorization(
      microsoftEndpoint(settings, 'devicecode'),
      { clientId, scope: microsoftScope(settings) },
      this.#http,
    );
    const now = this.#now().getTime();
    this.#pending.set(provider, {
      deviceCode: authorization.deviceCode,
      clientId,
      tokenEndpoint: microsoftEndpoint(settings, 'token'),
      expiresAtMs: now + authorization.expiresIn * 1000,
      intervalSeconds: authorization.interval,
      nextPollAtMs: now + authorization.interval * 1000,
    });
    return {
      userCode: authorization.userCode,
      verificationUri: authorization.verificationUri,
      expiresAt: new Date(now + authorization.expiresIn * 1000).toISOString(),
      intervalSeconds: authorization.interval,
    };
  }

  /** One step of the sign-in: asks the token endpoint only when the server's interval has passed. */
  async signInPoll(store: Store, provider: DirectoryProvider): Promise<SignInPoll> {
    const pending = this.#pending.get(provider);
    if (!pending) return { state: 'none' };
    const now = this.#now().getTime();
    if (now >= pending.expiresAtMs) {
      this.#pending.delete(provider);
      return { state: 'expired' };
    }
    // Polling faster than the server asked earns slow_down, then a refusal: wait here instead.
    if (now < pending.nextPollAtMs) return { state: 'pending', intervalSeconds: pending.intervalSeconds };
    const result = await pollDeviceToken(pending.tokenEndpoint, { clientId: pending.clientId, deviceCode: pending.deviceCode }, this.#http);
    switch (result.state) {
      case 'pending':
        pending.nextPollAtMs = now + pending.intervalSeconds * 1000;
        return { state: 'pending', intervalSeconds: pending.intervalSeconds };
      case 'slow-down':
        pending.intervalSeconds += 5;
        pending.nextPollAtMs = now + pending.intervalSeconds * 1000;
        return { state: 'pending', intervalSeconds: pending.intervalSeconds };
      case 'expired':
      case 'denied':
        this.#pending.delete(provider);
        store.audit.append('directory.sign-in', provider, { result: result.state });
        return { state: result.state };
      case 'granted': {
        this.#pending.delete(provider);
        const account = accountFromIdToken(result.tokens.idToken) ?? directorySettings(store).microsoft.tenant;
        await this.#credentials.save(provider, this.#tokens(result.tokens));
        saveConnectedAccount(store, provider, account);
        store.audit.append('directory.sign-in', provider, { result: 'connected', account, renewable: result.tokens.refreshToken !== null });
        return { state: 'connected', account };
      }
    }
  }

  signInCancel(provider: DirectoryProvider): { cancelled: boolean } {
    return { cancelled: this.#pending.delete(provider) };
  }

  /** Google: keep the IT provider's token (or refresh token + client secret) after checking it reads the directory. */
  async setGoogleCredential(store: Store, input: GoogleCredentialInput): Promise<DirectoryStatus> {
    const settings = directorySettings(store);
    let tokens: Tokens;
    if ('accessToken' in input) {
      tokens = { access: input.accessToken, refresh: null, expiresAt: null };
    } else {
      if (!settings.google.clientId) throw new HygieError('directory-not-configured');
      const granted = await refreshAccessToken(
        `${settings.google.oauthBaseUrl}/token`,
        { clientId: settings.google.clientId, refreshToken: input.refreshToken, clientSecret: input.clientSecret },
        this.#http,
      );
      if (!granted) throw new HygieError('directory-session-expired');
      tokens = this.#tokens(granted);
    }
    // One page of one user proves the token, its scope and the admin's rights, and names the domain.
    const sample = await listGoogleUsers(settings.google.adminBaseUrl, this.#fixedToken(tokens.access), { ...this.#pageOptions(), firstPageOnly: true, pageSize: 1 });
    const account = sample[0] ? domainOf(sample[0].primary) : null;
    await this.#credentials.save('google', tokens);
    saveConnectedAccount(store, 'google', account);
    if ('clientSecret' in input) await this.#secrets.set('google-client-secret', input.clientSecret);
    else await this.#secrets.delete('google-client-secret');
    store.audit.append('directory.sign-in', 'google', { result: 'connected', account, renewable: tokens.refresh !== null });
    return this.status(store);
  }

  async import(store: Store, provider: DirectoryProvider): Promise<DirectoryImportResult> {
    const settings = directorySettings(store);
    const connection = await this.#connection(store, provider);
    if (!connection) throw new HygieError('directory-not-connected');
    const tokens = this.#tokenSource(store, provider, connection, settings);
    const people =
      provider === 'microsoft'
        ? await listMicrosoftRegistrations(settings.microsoft.graphBaseUrl, tokens, this.#pageOptions())
        : await listGoogleUsers(settings.google.adminBaseUrl, tokens, this.#pageOptions());
    const at = this.#now();
    const result = applyDirectoryImport(store, provider, people, { account: connectedAccount(store, provider), at });
    saveLastImport(store, provider, {
      at: at.toISOString(),
      directoryUsers: result.directoryUsers,
      matched: result.matched,
      updated: result.updated,
      unmatched: result.unmatchedCount,
    });
    return result;
  }

  async disconnect(store: Store, provider: DirectoryProvider): Promise<DirectoryStatus> {
    this.#pending.delete(provider);
    const deleted = await this.#forget(store, provider);
    store.audit.append('directory.disconnect', provider, { deleted });
    return this.status(store);
  }

  #tokens(tokens: TokenSet): Tokens {
    return { access: tokens.accessToken, refresh: tokens.refreshToken, expiresAt: expiryFrom(this.#now(), tokens.expiresIn) };
  }

  /** The connection, with the account an earlier version kept beside the tokens moved to the settings. */
  async #connection(store: Store, provider: DirectoryProvider): Promise<Connection | null> {
    const connection = await this.#credentials.read(provider);
    if (connection?.legacyAccount !== undefined) saveConnectedAccount(store, provider, connection.legacyAccount);
    return connection;
  }

  async #forget(store: Store, provider: DirectoryProvider): Promise<boolean> {
    saveConnectedAccount(store, provider, null);
    return this.#credentials.forget(provider);
  }

  #pageOptions(): PageOptions {
    return { ...this.#http, now: this.#now, ...(this.#sleep ? { sleep: this.#sleep } : {}) };
  }

  #fixedToken(access: string): TokenSource {
    return { current: async () => access, renew: async () => null };
  }

  /** The stored token, renewed through the refresh grant when expired or refused; saved back to the keychain. */
  #tokenSource(store: Store, provider: DirectoryProvider, connection: Connection, settings: DirectorySettings): TokenSource {
    let current = connection;
    const forget = async (reason: string): Promise<null> => {
      // A token that no longer works is not a connection: the status says "not connected" again.
      await this.#forget(store, provider);
      store.audit.append('directory.disconnect', provider, { reason });
      return null;
    };
    const renew = async (): Promise<string | null> => {
      if (!current.refresh) return forget('token-refused');
      let tokens: TokenSet | null;
      if (provider === 'microsoft') {
        tokens = await refreshAccessToken(
          microsoftEndpoint(settings, 'token'),
          { clientId: settings.microsoft.clientId, refreshToken: current.refresh, scope: microsoftScope(settings) },
          this.#http,
        );
      } else {
        const clientSecret = await this.#secrets.get('google-client-secret');
        if (!clientSecret || !settings.google.clientId) return forget('token-refused');
        tokens = await refreshAccessToken(
          `${settings.google.oauthBaseUrl}/token`,
          { clientId: settings.google.clientId, refreshToken: current.refresh, clientSecret },
          this.#http,
        );
      }
      // The refresh token was refused (revoked, expired): the user signs in again.
      if (!tokens) return forget('refresh-refused');
      // Microsoft sends a new refresh token with each grant and the old one is to be deleted:
      // saving replaces it (refreshAccessToken keeps Google's, which is not resent).
      const fresh = this.#tokens(tokens);
      await this.#credentials.save(provider, fresh);
      current = fresh;
      return fresh.access;
    };
    return {
      current: async () => {
        const expired = current.access === null || (current.expiresAt !== null && Date.parse(current.expiresAt) - EXPIRY_MARGIN_MS <= this.#now().getTime());
        if (expired && current.refresh) {
          const fresh = await renew();
          if (!fresh) throw new HygieError('directory-session-expired');
          return fresh;
        }
        if (current.access === null) throw new HygieError('directory-session-expired');
        return current.access;
      },
      renew,
    };
  }
}

