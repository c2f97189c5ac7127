import { opendirSync, statSync } from 'node:fs';
import { HygieError } from '../model/hygie-error.ts';

// A local Pwned Passwords copy is the folder the official downloader writes: 1,048,576 files
// named `{5 hex}.txt`. Before it is kept as a setting, the folder must exist and hold at least one
// such file; the listing stops at the first one found (the full folder is huge).

const RANGE_FILE = /^[0-9A-Fa-f]{5}\.txt$/u;

export function checkPwnedMirrorDir(dir: string): void {
  try {
    if (!statSync(dir).isDirectory()) throw new HygieError('pwned-mirror-dir-missing');
  } catch (error) {
    if (error instanceof HygieError) throw error;
    throw new HygieError('pwned-mirror-dir-missing', {}, { cause: error });
  }
  let handle;
  try {
    handle = opendirSync(dir);
  } catch (error) {
    throw new HygieError('pwned-mirror-dir-missing', {}, { cause: error });
  }
  try {
    for (let entry = handle.readSync(); entry !== null; entry = handle.readSync()) {
      if (!entry.isDirectory() && RANGE_FILE.test(entry.name)) return;
    }
  } finally {
    handle.closeSync();
  }
  throw new HygieError('pwned-mirror-dir-empty');
}
