import { HygieError } from '../model/hygie-error.ts';
import { deleteChunked, readChunked, writeChunked, type KeychainEntries } from './keychain-chunks.ts';
import type { SecretName, SecretStore } from './secret-store.ts';

// The OS keychain through keytar's maintained fork: Windows Credential Manager, macOS Keychain,
// libsecret (GNOME Keyring, KWallet) on Linux. Loaded lazily, so that a machine without a
// keychain gets Hygie's explanation instead of a crash at startup. Secrets longer than one
// Windows credential are kept in parts (keychain-chunks.ts), on every OS alike.

/** The part of keytar Hygie uses; tests pass one with Windows' size limit in front of the real keychain. */
export interface KeytarApi {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

/** The keychain service name; HYGIE_KEYCHAIN_SERVICE gives tests (and a second install) their own. */
export const DEFAULT_KEYCHAIN_SERVICE = 'Hygie';

let loading: Promise<KeytarApi> | undefined;

export async function loadKeytar(): Promise<KeytarApi> {
  loading ??= import('@github/keytar').then((module) => {
    const candidate = module as typeof import('@github/keytar') & { default?: typeof import('@github/keytar') };
    return candidate.default ?? candidate;
  });
  return loading;
}

export function keychainServiceFrom(env: NodeJS.ProcessEnv): string {
  return env.HYGIE_KEYCHAIN_SERVICE?.trim() || DEFAULT_KEYCHAIN_SERVICE;
}

/**
 * Refusals with a known cause and a known remedy, which keytar passes on as the system's own
 * sentence (no code: keytar_win.cc gives FormatMessage's text for GetLastError(), keytar_mac.cc
 * SecCopyErrorMessageString's):
 * - windows-network-logon: ERROR_NO_SUCH_LOGON_SESSION (1312), "A specified logon session does
 *   not exist…": a network logon (OpenSSH, a scheduled task that does not store the password)
 *   has no credential set (CredRead's documentation);
 * - macos-no-user-interaction: errSecInteractionNotAllowed (-25308), "User interaction is not
 *   allowed.": the item was created by Hygie.app, macOS must ask before `node` reads it, and
 *   cannot ask (SSH, no screen);
 * - macos-denied: errSecUserCanceled (-128), "User canceled the operation.": Deny was chosen.
 * Windows words its messages in the system's language, so over SSH (SSH_CONNECTION or SSH_CLIENT
 * set, as OpenSSH does on both systems) any refusal is taken for the remote-session one.
 */
export const KEYCHAIN_REFUSALS = ['windows-network-logon', 'macos-no-user-interaction', 'macos-denied'] as const;
export type KeychainRefusal = (typeof KEYCHAIN_REFUSALS)[number];

export interface KeychainContext {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
}

export function keychainRefusal(error: unknown, { platform, env }: KeychainContext): KeychainRefusal | null {
  const text = error instanceof Error ? error.message : String(error);
  const overSsh = Boolean(env.SSH_CONNECTION?.trim() || env.SSH_CLIENT?.trim());
  if (platform === 'win32' && (/logon session does not exist|\b1312\b/iu.test(text) || overSsh)) return 'windows-network-logon';
  if (platform === 'darwin') {
    if (/user canceled the operation|(^|\D)-128\b/iu.test(text)) return 'macos-denied';
    if (/user interaction is not allowed|-25308/iu.test(text) || overSsh) return 'macos-no-user-interaction';
  }
  return null;
}

/** The refusal's cause as the error's details ({ reason }), when it is one Hygie can explain. */
export function keychainRefusalDetails(error: unknown, context: KeychainContext): { reason: KeychainRefusal } | undefined {
  const reason = keychainRefusal(error, context);
  return reason ? { reason } : undefined;
}

export interface KeytarSecretStoreOptions extends Partial<KeychainContext> {
  /** keytar itself; tests pass one that fails as Windows or macOS would. */
  keytar?: () => Promise<KeytarApi>;
}

/**
 * RPC_X_BAD_STUB_DATA (1783), "The stub received bad data.", is what CredWrite answers for a
 * blob over 2,560 bytes. keytar passes on FormatMessage's text in the
 * system's language ("Le stub a reçu des données incorrectes." on a French Windows), without the
 * number; "stub" is in every translation Windows ships of it, and the number when a wrapper adds it.
 */
export function isCredentialTooLarge(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /\bstub\b|\b1783\b/iu.test(message);
}

export class KeytarSecretStore implements SecretStore {
  readonly service: string;
  readonly description: string;
  readonly #context: KeychainContext;
  readonly #load: () => Promise<KeytarApi>;

  constructor(service: string = DEFAULT_KEYCHAIN_SERVICE, options: KeytarSecretStoreOptions = {}) {
    this.service = service;
    this.description = `OS keychain, service "${service}"`;
    this.#context = { platform: options.platform ?? process.platform, env: options.env ?? process.env };
    this.#load = options.keytar ?? loadKeytar;
  }

  async get(name: SecretName): Promise<string | null> {
    return this.#withKeychain((entries) => readChunked(entries, name));
  }

  async set(name: SecretName, value: string): Promise<void> {
    await this.#withKeychain((entries) => writeChunked(entries, name, value));
  }

  async delete(name: SecretName): Promise<boolean> {
    return this.#withKeychain((entries) => deleteChunked(entries, name));
  }

  async #withKeychain<T>(use: (entries: KeychainEntries) => Promise<T>): Promise<T> {
    let keytar: KeytarApi;
    try {
      keytar = await this.#load();
    } catch (error) {
      throw new HygieError('keychain-unavailable', undefined, { cause: error });
    }
    const entries: KeychainEntries = {
      get: (account) => keytar.getPassword(this.service, account),
      set: (account, value) => keytar.setPassword(this.service, account, value),
      delete: (account) => keytar.deletePassword(this.service, account),
    };
    try {
      return await use(entries);
    } catch (error) {
      if (error instanceof HygieError) throw error;
      // The cause stays attached for the log; its text (D-Bus, Credential Manager) says nothing
      // a secretary can act on, and holds no secret. A refusal with a known remedy is named.
      if (isCredentialTooLarge(error)) throw new HygieError('keychain-entry-too-large', { windowsError: 1783 }, { cause: error });
      throw new HygieError('keychain-unavailable', keychainRefusalDetails(error, this.#context), { cause: error });
    }
  }
}
