import { existsSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, extname, isAbsolute, relative, resolve } from 'node:path';
import { HygieError } from '../model/hygie-error.ts';
import { backupsDir } from '../store/backups.ts';
import { isDatabaseKey } from '../store/database-key.ts';
import type { SecretStore } from '../store/secret-store.ts';
import type { Store } from '../store/store.ts';
import { renderRecoveryKitPdf } from './recovery-kit-pdf.ts';
import type { RecoveryLanguage } from './recovery-words.ts';

// Writing the recovery kit: the key of the open store (proven right by opening it), as a PDF,
// to the one path the user chose (the app's save dialog, or `hygie recovery-kit --out`), and
// nowhere else: no temporary copy, never in the data folder. Then the audit log records who made
// one and when, in which language; never the words, nor where the sheet was saved.

export type KitDestinationProblem = 'not-pdf' | 'folder-missing' | 'in-data-folder';

/** The folder itself, through links, so that a link into the data folder is seen for what it is. */
function realFolder(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function isWithin(child: string, parent: string): boolean {
  const caseless = process.platform === 'win32' || process.platform === 'darwin';
  const [c, p] = caseless ? [child.toLowerCase(), parent.toLowerCase()] : [child, parent];
  const rel = relative(p, c);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Why the kit may not be written at `path` (absolute), or null when it may. */
export function kitDestinationProblem(path: string, dataDir: string): KitDestinationProblem | null {
  if (extname(path).toLowerCase() !== '.pdf') return 'not-pdf';
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return 'folder-missing';
  // Where the bytes would really go: an existing file may be a link to elsewhere.
  const target = existsSync(path) ? realFolder(path) : resolve(realFolder(folder), basename(path));
  // A kit next to the database gives whoever takes the folder the key with it.
  if (isWithin(target, realFolder(dataDir))) return 'in-data-folder';
  return null;
}

/** "app:jdupont" → "jdupont"; the kit names the person, the audit log keeps the full actor. */
function personOf(actor: string): string {
  return actor.replace(/^(app|cli|e2e|test):/u, '') || actor;
}

export interface KitWrite {
  store: Store;
  secrets: SecretStore;
  language: RecoveryLanguage;
  /** Absolute path, checked with kitDestinationProblem. */
  destination: string;
  hygieVersion: string;
  now: Date;
}

/**
 * Write the kit and record it. A failed write leaves no file behind (nor a half one); a kit whose
 * record cannot be written is removed, so that every kit made is in the audit log.
 */
export async function writeRecoveryKit({ store, secrets, language, destination, hygieVersion, now }: KitWrite): Promise<void> {
  const problem = kitDestinationProblem(destination, store.dataDir);
  if (problem === 'not-pdf') throw new HygieError('recovery-kit-not-pdf');
  if (problem === 'in-data-folder') throw new HygieError('recovery-kit-in-data-folder');
  if (problem === 'folder-missing') throw new HygieError('recovery-kit-write-failed', { reason: 'folder-missing' });
  const keyHex = await secrets.get('database-key');
  // The store is open, so its key is in the keychain; anything else is a bug, not a user's problem.
  if (keyHex === null || !isDatabaseKey(keyHex)) throw new Error('the open store has no readable key in the keychain');
  const pdf = await renderRecoveryKitPdf({
    language,
    keyHex,
    practiceName: store.practice.get()?.name ?? null,
    computerName: hostname(),
    dataDir: store.dataDir,
    backupsDir: backupsDir(store.dataDir),
    generatedAt: now.toISOString(),
    generatedBy: personOf(store.actor),
    hygieVersion,
  });
  try {
    // Readable by this user only, where the system allows it: the sheet is a key.
    writeFileSync(destination, pdf, { mode: 0o600 });
  } catch (error) {
    removeQuietly(destination);
    throw new HygieError('recovery-kit-write-failed', { reason: (error as NodeJS.ErrnoException).code ?? 'io' }, { cause: error });
  }
  try {
    store.audit.append('recovery-kit.generate', null, { language });
  } catch (error) {
    removeQuietly(destination);
    throw error;
  }
}

/** Remove what a failed write left, if anything; the failure being reported is the one that matters. */
function removeQuietly(path: string): void {
  try {
    if (existsSync(path) && statSync(path).isFile()) rmSync(path, { force: true });
  } catch {
    // Nothing more can be done here; the caller reports why the write failed.
  }
}
