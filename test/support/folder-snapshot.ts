import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Every file under a folder with the SHA-256 of its bytes: "nothing was touched" means two
// snapshots taken before and after are equal (no file added, removed, or changed by one byte).

export function folderSnapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[path.slice(dir.length + 1)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

/** Every row of every table of an open database, as text: to look for what must never be stored. */
export function databaseText(db: { prepare(sql: string): { all(): unknown[]; pluck(): { all(): unknown[] } } }): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  return tables.map((table) => JSON.stringify(db.prepare(`SELECT * FROM "${table.replace(/"/gu, '""')}"`).all())).join('\n');
}
