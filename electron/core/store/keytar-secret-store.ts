import { HygieError } from '../api/hygie-error.ts';
import type { SecretName, SecretStore } from './secret-store.ts';

// The OS keychain through keytar's maintained fork: Windows Credential Manager, macOS Keychain,
// libsecret (GNOME Keyring, KWallet) on Linux. Loaded lazily, so that a machine without a
// keychain gets Hygie's explanation instead of a crash at startup.

type Keytar = typeof import('@github/keytar');

/** The keychain service name; HYGIE_KEYCHAIN_SERVICE gives tests (and a second install) their own. */
export const DEFAULT_KEYCHAIN_SERVICE = 'Hygie';

let loading: Promise<Keytar> | undefined;

async function loadKeytar(): Promise<Keytar> {
  loading ??= import('@github/keytar').then((module) => {
    const candidate = module as Keytar & { default?: Keytar };
    return candidate.default ?? candidate;
  });
  return loading;
}

export function keychainServiceFrom(env: NodeJS.ProcessEnv): string {
  return env.HYGIE_KEYCHAIN_SERVICE?.trim() || DEFAULT_KEYCHAIN_SERVICE;
}

export class KeytarSecretStore implements SecretStore {
  readonly service: string;
  readonly description: string;

  constructor(service: string = DEFAULT_KEYCHAIN_SERVICE) {
    this.service = service;
    this.description = `OS keychain, service "${service}"`;
  }

  async get(name: SecretName): Promise<string | null> {
    return this.#withKeychain((keytar) => keytar.getPassword(this.service, name));
  }

  async set(name: SecretName, value: string): Promise<void> {
    await this.#withKeychain((keytar) => keytar.setPassword(this.service, name, value));
  }

  async delete(name: SecretName): Promise<boolean> {
    return this.#withKeychain((keytar) => keytar.deletePassword(this.service, name));
  }

  async #withKeychain<T>(use: (keytar: Keytar) => Promise<T>): Promise<T> {
    try {
      return await use(await loadKeytar());
    } catch (error) {
      // The cause stays attached for the log; its text (D-Bus, Credential Manager) says nothing
      // a secretary can act on, and holds no secret.
      throw new HygieError('keychain-unavailable', undefined, { cause: error });
    }
  }
}
