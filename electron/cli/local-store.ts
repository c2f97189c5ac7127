import { existsSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { databasePath } from '../core/store/backups.ts';
import type { SecretStore } from '../core/store/secret-store.ts';
import { openStore, type Store } from '../core/store/store.ts';

// The practice's own data, when Hygie's data folder has a database: its local breach corpora
// are asked beside HIBP, and its service settings apply. The CLI never creates a database: with
// no file there, the audit runs on HIBP alone.

function actor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

export function hasStore(dataDir: string): boolean {
  const path = databasePath(dataDir);
  return existsSync(path) && statSync(path).size > 0;
}

/** The open store, or null when the folder has none. Throws the HygieError explaining why not. */
export async function openExistingStore(dataDir: string, secrets: SecretStore): Promise<Store | null> {
  if (!hasStore(dataDir)) return null;
  return openStore({ dataDir, secrets, actor: actor() });
}
