import { randomBytes } from 'node:crypto';
import { HygieError } from '../model/hygie-error.ts';
import type { SecretStore } from './secret-store.ts';

/** 256 random bits, as 64 hex characters: used as SQLCipher's raw key (no passphrase derivation). */
export function newDatabaseKey(): string {
  return randomBytes(32).toString('hex');
}

export function isDatabaseKey(value: string): boolean {
  return /^[0-9a-f]{64}$/u.test(value);
}

/**
 * The key of the database: read from the keychain, or created there on first run. A database
 * that exists without its key is refused: Hygie never creates a second database beside the first.
 */
export async function databaseKey(secrets: SecretStore, databaseExists: boolean): Promise<string> {
  const stored = await secrets.get('database-key');
  if (stored !== null) {
    if (!isDatabaseKey(stored)) throw new HygieError('database-key-missing', { reason: 'malformed' });
    return stored;
  }
  if (databaseExists) throw new HygieError('database-key-missing');
  const created = newDatabaseKey();
  await secrets.set('database-key', created);
  // Read it back: a keychain that accepts a write and loses it would lock the data out forever.
  if ((await secrets.get('database-key')) !== created) throw new HygieError('keychain-unavailable', { reason: 'not-persisted' });
  return created;
}
