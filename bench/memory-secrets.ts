import type { SecretName, SecretStore } from '../electron/core/store/secret-store.ts';

/**
 * The benchmark measures the database, not the OS keychain (whose latency depends on the
 * desktop): secrets are held in memory for the length of the run, never written anywhere.
 */
export class MemorySecrets implements SecretStore {
  readonly description = 'in-memory secrets (benchmark only)';
  readonly #values = new Map<SecretName, string>();

  async get(name: SecretName): Promise<string | null> {
    return this.#values.get(name) ?? null;
  }

  async set(name: SecretName, value: string): Promise<void> {
    this.#values.set(name, value);
  }

  async delete(name: SecretName): Promise<boolean> {
    return this.#values.delete(name);
  }
}
