import { HygieError } from '../model/hygie-error.ts';

// SQLite's failure codes, turned into what the user can act on. Anything else is a bug and
// stays an internal error (the router logs it).

const UNREADABLE = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_INDEX']);
const BUSY = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED', 'SQLITE_LOCKED_SHAREDCACHE']);

function sqliteCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

export function asStoreError(error: unknown): unknown {
  if (error instanceof HygieError) return error;
  const code = sqliteCode(error);
  if (!code) return error;
  if (UNREADABLE.has(code)) return new HygieError('database-unreadable', { sqlite: code }, { cause: error });
  if (BUSY.has(code)) return new HygieError('database-busy', { sqlite: code }, { cause: error });
  if (/^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|PERM)/u.test(code)) {
    return new HygieError('database-unwritable', { sqlite: code }, { cause: error });
  }
  return error;
}

/** Run `work`, rethrowing SQLite failures as the HygieError the user can act on. */
export function withStoreErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw asStoreError(error);
  }
}
