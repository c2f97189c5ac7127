import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import Papa from 'papaparse';
import iconv from 'iconv-lite';
import { previewRoster } from '../electron/core/roster/preview.ts';
import { MIGRATIONS } from '../electron/core/store/migrations.ts';
import { openStore, type Store } from '../electron/core/store/store.ts';
import { MemorySecrets } from './memory-secrets.ts';
import { formatMs, measure, ratio } from './measure.ts';
import { startProbe } from './process-probes.ts';

// The store's figures, each beside a named peer measured in the same run on the same machine:
// - open + migrate: Hygie's first open (key, SQLCipher, quick check, WAL, every migration) against
//   plain SQLite creating the same schema;
// - reopen a populated store (what every start of the app costs) against plain SQLite's open and
//   quick check.
// - roster import, measured per size by growth-bench.ts in a process of its own (measureImport):
//   Hygie (detect encoding, parse, map headers, validate, check duplicates, insert person +
//   e-mails + accounts + audit in one encrypted transaction) against the minimal import anyone
//   would write first — papaparse + one INSERT per row into plain, unencrypted SQLite, no
//   validation — with the longest event-loop block and the peak memory beside the time.

export interface Line {
  name: string;
  hygie: string;
  peer: string;
  ratio: string;
  /** A rate (checks per second): the ratio reads "higher is better". Default: a time, lower is better. */
  higherIsBetter?: boolean;
}

export function rosterFile(rows: number): Uint8Array {
  const lines = ['Nom;Prénom;E-mail;Fonction'];
  for (let i = 1; i <= rows; i += 1) lines.push(`Lefèvre${i};Hélène${i};helene.lefevre${i}@cabinet-dupont.fr;Secrétaire médicale`);
  return iconv.encode(lines.join('\r\n') + '\r\n', 'win1252');
}

function temp(): string {
  return mkdtempSync(join(tmpdir(), 'hygie-bench-'));
}

async function freshStore(dir: string): Promise<Store> {
  return openStore({ dataDir: dir, secrets: new MemorySecrets(), actor: 'bench' });
}

export async function storeBench(rows: number, runs: number): Promise<Line[]> {
  const file = rosterFile(rows);
  const dirs: string[] = [];
  const lines: Line[] = [];

  // Open + migrate a new database.
  const hygieOpen = await measure(runs * 2, async () => {
    const dir = temp();
    dirs.push(dir);
    (await freshStore(dir)).close();
  });
  const peerOpen = await measure(runs * 2, () => {
    const dir = temp();
    dirs.push(dir);
    const db = new Database(join(dir, 'plain.db'));
    db.pragma('journal_mode = WAL');
    db.transaction(() => {
      for (const migration of MIGRATIONS) db.exec(migration.sql);
    })();
    db.close();
  });
  lines.push({
    name: `open + migrate a new store (schema v${MIGRATIONS.length})`,
    hygie: formatMs(hygieOpen.medianMs),
    peer: `${formatMs(peerOpen.medianMs)} plain SQLite, same schema`,
    ratio: ratio(hygieOpen.medianMs, peerOpen.medianMs),
  });

  // Reopen a store holding the imported roster (what every start of the app costs).
  const populated = temp();
  dirs.push(populated);
  const secrets = new MemorySecrets();
  const seed = await openStore({ dataDir: populated, secrets, actor: 'bench' });
  seed.transaction(() => {
    const preview = previewRoster(file, { fileName: 'personnel.csv', existing: new Map() });
    seed.staff.insertImported(preview.rows, { fileName: 'personnel.csv', encoding: preview.encoding, skipped: 0 });
  });
  seed.close();
  // The daily backup would be taken on the first reopen only; measure the steady state.
  (await openStore({ dataDir: populated, secrets, actor: 'bench' })).close();
  const hygieReopen = await measure(runs * 2, async () => (await openStore({ dataDir: populated, secrets, actor: 'bench' })).close());
  const plainCopy = join(temp(), 'plain.db');
  dirs.push(join(plainCopy, '..'));
  {
    const db = new Database(plainCopy);
    db.exec('CREATE TABLE person (id INTEGER PRIMARY KEY, last_name TEXT, first_name TEXT, email TEXT, role TEXT)');
    const insert = db.prepare('INSERT INTO person (last_name, first_name, email, role) VALUES (?, ?, ?, ?)');
    db.transaction(() => {
      for (let i = 0; i < rows * 3; i += 1) insert.run('n', 'p', `e${i}`, 'r');
    })();
    db.close();
  }
  const peerReopen = await measure(runs * 2, () => {
    const db = new Database(plainCopy);
    db.pragma('quick_check');
    db.close();
  });
  lines.push({
    name: `reopen a store of ${rows.toLocaleString('en')} people (key, quick check)`,
    hygie: formatMs(hygieReopen.medianMs),
    peer: `${formatMs(peerReopen.medianMs)} plain SQLite open + quick_check`,
    ratio: ratio(hygieReopen.medianMs, peerReopen.medianMs),
  });

  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  return lines;
}

export interface ImportMeasure {
  rows: number;
  fileBytes: number;
  medianMs: number;
  longestBlockMs: number;
  peakRssBytes: number;
  /** The resident memory at the start of the run whose peak it is. */
  startRssBytes: number;
  peerMs: number;
}

/** One roster size: each run into a new store, the probe running around the import alone. */
export async function measureImport(rows: number, runs: number): Promise<ImportMeasure> {
  const file = rosterFile(rows);
  const dirs: string[] = [];
  const importInto = (store: Store, roster: Uint8Array) =>
    store.transaction(() => {
      const preview = previewRoster(roster, { fileName: 'personnel.csv', existing: store.staff.emailOwners() });
      store.staff.insertImported(preview.rows, { fileName: 'personnel.csv', encoding: preview.encoding, skipped: 0 });
    });
  try {
    // Warm-up (code compiled, SQLCipher loaded), outside the figures.
    {
      const dir = temp();
      dirs.push(dir);
      const store = await freshStore(dir);
      importInto(store, rosterFile(50));
      store.close();
    }
    const times: number[] = [];
    let longestBlockMs = 0;
    let peakRssBytes = 0;
    let startRssBytes = 0;
    for (let run = 0; run < runs; run += 1) {
      const dir = temp();
      dirs.push(dir);
      const store = await freshStore(dir);
      globalThis.gc?.();
      const probe = await startProbe();
      const start = performance.now();
      importInto(store, file);
      times.push(performance.now() - start);
      const seen = await probe.stop();
      longestBlockMs = Math.max(longestBlockMs, seen.longestBlockMs);
      if (seen.peakRssBytes > peakRssBytes) [peakRssBytes, startRssBytes] = [seen.peakRssBytes, seen.startRssBytes];
      store.close();
    }
    const hygie = { medianMs: times.sort((a, b) => a - b)[Math.floor(times.length / 2)]! };
    let plain: InstanceType<typeof Database> | undefined;
    const peer = await measure(
      runs,
      () => {
        const text = iconv.decode(Buffer.from(file), 'win1252');
        const parsed = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true });
        const insert = plain!.prepare('INSERT INTO person (last_name, first_name, email, role) VALUES (?, ?, ?, ?)');
        plain!.transaction(() => {
          for (const row of parsed.data.slice(1)) insert.run(row[0], row[1], row[2], row[3]);
        })();
        plain!.close();
      },
      () => {
        const dir = temp();
        dirs.push(dir);
        plain = new Database(join(dir, 'plain.db'));
        plain.pragma('journal_mode = WAL');
        plain.exec('CREATE TABLE person (id INTEGER PRIMARY KEY, last_name TEXT, first_name TEXT, email TEXT, role TEXT)');
      },
    );
    return { rows, fileBytes: file.byteLength, medianMs: hygie.medianMs, longestBlockMs, peakRssBytes, startRssBytes, peerMs: peer.medianMs };
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}
