import { KeytarSecretStore } from '../../electron/core/store/keytar-secret-store.ts';
import { SECRET_NAMES, type SecretStore } from '../../electron/core/store/secret-store.ts';
import { HygieError } from '../../electron/core/api/hygie-error.ts';

// Tests use the real OS keychain (gnome-keyring under dbus-run-session in CI), each under a
// service name of its own, removed afterwards.

export function testKeychainService(): string {
  return `Hygie-test-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
}

const created = new Set<string>();

export function testSecrets(service: string = testKeychainService()): KeytarSecretStore {
  created.add(service);
  return new KeytarSecretStore(service);
}

export async function forgetTestSecrets(): Promise<void> {
  for (const service of created) {
    const keychain = new KeytarSecretStore(service);
    for (const name of SECRET_NAMES) await keychain.delete(name).catch(() => false);
  }
  created.clear();
}

/** A keychain that cannot be reached, as on a Linux session without a keyring daemon. */
export class UnreachableKeychain implements SecretStore {
  readonly description = 'unreachable keychain (test)';
  reachable = false;
  readonly #real: SecretStore;

  constructor(real: SecretStore) {
    this.#real = real;
  }

  get(name: Parameters<SecretStore['get']>[0]) {
    return this.reachable ? this.#real.get(name) : Promise.reject(new HygieError('keychain-unavailable'));
  }

  set(name: Parameters<SecretStore['set']>[0], value: string) {
    return this.reachable ? this.#real.set(name, value) : Promise.reject(new HygieError('keychain-unavailable'));
  }

  delete(name: Parameters<SecretStore['delete']>[0]) {
    return this.reachable ? this.#real.delete(name) : Promise.reject(new HygieError('keychain-unavailable'));
  }
}
