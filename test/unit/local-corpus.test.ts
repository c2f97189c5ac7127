import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../../electron/core/model/schemas/audit.ts';
import { EmailBreachOutcomeSchema } from '../../electron/core/model/schemas/breach.ts';
import type { JobEvent } from '../../electron/core/model/job-event.ts';
import type { Corpus, CorpusImportInput, CorpusImportResult } from '../../electron/core/model/schemas/corpora.ts';
import type { ServicesSettings } from '../../electron/core/model/schemas/services.ts';
import { LocalCorpusSource, localCorpusSources } from '../../electron/core/breach/local-corpus-source.ts';
import { base64, closeAllCores, openCore, PRACTICE, type Core } from '../support/core.ts';
import { importCorpus, runCorpusImport } from '../support/corpus-import.ts';
import { findSecrets } from '../support/secret-scan.ts';

afterEach(closeAllCores);
const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const LEAKED = 'helene.lefevre@cabinet-dupont.fr';
const OTHER = 'francois.garcon@cabinet-dupont.fr';
const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function ready(): Promise<Core> {
  const core = openCore();
  await core.call('practice.save', PRACTICE);
  return core;
}

function importInput(content: string | Uint8Array, options: Record<string, unknown> = {}): CorpusImportInput {
  return { fileName: 'fuite.txt', contentBase64: base64(content), name: 'Fuite Doctolib-like 2024', breachDate: '2024-11-02', ...options };
}

/** Through the job, as the window does: refusals at start and failures of the job both throw their code. */
function importFile(core: Core, content: string | Uint8Array, options: Record<string, unknown> = {}): Promise<CorpusImportResult> {
  return importCorpus(core, importInput(content, options));
}

async function errorOf(pending: Promise<unknown>): Promise<{ code: string; details?: Record<string, unknown> }> {
  try {
    await pending;
  } catch (error) {
    return error as { code: string; details?: Record<string, unknown> };
  }
  throw new Error('expected the call to fail');
}

async function check(core: Core, corpusId: string, email: string) {
  return core.host.use((store) => new LocalCorpusSource(store, corpusId).check(email));
}

describe('local breach corpora', () => {
  it('imports plain addresses one per line, reports bad lines by number only, and finds an address in any case', async () => {
    const core = await ready();
    const file = [` ${LEAKED.toUpperCase()} `, '', 'jean:MotDePasse-Secret-123', OTHER.replace('francois', 'paul'), LEAKED, 'pas une adresse'].join('\r\n');
    const result = await importFile(core, file);
    expect(result).toMatchObject({ imported: 2, duplicates: 1, rejectedTotal: 2, column: null });
    expect(result.rejected).toEqual([
      { line: 3, issue: 'invalid-entry' },
      { line: 6, issue: 'invalid-entry' },
    ]);
    // A dump line can hold a password: the answer never repeats a rejected line.
    expect(JSON.stringify(result)).not.toContain('MotDePasse');
    expect(result.corpus).toMatchObject({ name: 'Fuite Doctolib-like 2024', breachDate: '2024-11-02', entries: 2, rejected: 2, forms: ['email'] });

    const found = await check(core, result.corpus.id, 'Helene.Lefevre@Cabinet-Dupont.fr ');
    expect(EmailBreachOutcomeSchema.parse(found)).toEqual({
      status: 'breached',
      source: `corpus:${result.corpus.id}`,
      breaches: [{ name: 'Fuite Doctolib-like 2024', title: 'Fuite Doctolib-like 2024', breachDate: '2024-11-02', dataClasses: ['Email addresses'] }],
    });
    expect(await check(core, result.corpus.id, OTHER)).toEqual({ status: 'clean', source: `corpus:${result.corpus.id}` });
  });

  it('keeps SHA-1 and SHA-256 lists as given and finds the address they were made from', async () => {
    const core = await ready();
    const sha1List = await importFile(core, `${sha1(LEAKED).toUpperCase()}\n${sha1('someone@else.fr')}\n`, { name: 'Liste SHA-1' });
    expect(sha1List.corpus.forms).toEqual(['sha1']);
    const sha256List = await importFile(core, `${sha256(LEAKED)}\n`, { name: 'Liste SHA-256' });
    expect(sha256List.corpus.forms).toEqual(['sha256']);
    for (const list of [sha1List, sha256List]) {
      expect(await check(core, list.corpus.id, LEAKED.toUpperCase())).toMatchObject({ status: 'breached' });
      expect(await check(core, list.corpus.id, OTHER)).toMatchObject({ status: 'clean' });
    }
    const sources = await core.host.use((store) => localCorpusSources(store).map((source) => source.source).sort());
    expect(sources).toEqual([`corpus:${sha1List.corpus.id}`, `corpus:${sha256List.corpus.id}`].sort());
  });

  it('reads the one CSV column of addresses, and asks which column when several hold addresses or hashes', async () => {
    const core = await ready();
    const oneColumn = ['Nom;Adresse;Ville', `Lefèvre;${LEAKED};Lyon`, 'Martin;;Paris', `Durand;${OTHER};Lyon`].join('\n');
    const read = await importFile(core, oneColumn, { fileName: 'fuite.csv' });
    expect(read).toMatchObject({ imported: 2, column: { index: 1, header: 'Adresse' }, rejected: [{ line: 3, issue: 'empty-cell' }] });

    const twoColumns = ['email,sha1,pseudo', `${LEAKED},${sha1('x@y.fr')},hl`, `${OTHER},${sha1('z@y.fr')},fg`].join('\n');
    const refused = await errorOf(importFile(core, twoColumns, { fileName: 'dump.csv', name: 'Dump 2' }));
    expect(refused.code).toBe('corpus-column-ambiguous');
    expect(JSON.parse(String(refused.details!.columns))).toEqual([
      { index: 0, header: 'email' },
      { index: 1, header: 'sha1' },
    ]);
    expect(await core.call<Corpus[]>('corpora.list')).toHaveLength(1); // nothing stored for the refused file

    const chosen = await importFile(core, twoColumns, { fileName: 'dump.csv', name: 'Dump 2', column: 1 });
    expect(chosen).toMatchObject({ imported: 2, column: { index: 1, header: 'sha1' } });
    expect(await check(core, chosen.corpus.id, 'x@y.fr')).toMatchObject({ status: 'breached' });
    expect(await check(core, chosen.corpus.id, LEAKED)).toMatchObject({ status: 'clean' });
    expect((await errorOf(importFile(core, twoColumns, { name: 'Dump 3', column: 7 }))).code).toBe('corpus-column-not-found');
  });

  it('refuses an empty, binary or address-less file, a taken name and a future date, storing nothing', async () => {
    const core = await ready();
    expect((await errorOf(importFile(core, ''))).code).toBe('corpus-empty-file');
    expect((await errorOf(importFile(core, '\r\n  \r\n'))).code).toBe('corpus-empty-file');
    expect((await errorOf(importFile(core, Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).code).toBe('corpus-unreadable');
    expect((await errorOf(importFile(core, 'bonjour\nau revoir\n'))).code).toBe('corpus-no-entries');
    expect((await errorOf(importFile(core, LEAKED, { breachDate: '2999-01-01' }))).code).toBe('corpus-date-in-future');
    expect((await errorOf(importFile(core, LEAKED, { breachDate: '2024-02-30' }))).code).toBe('invalid-input');
    expect(await core.call<Corpus[]>('corpora.list')).toEqual([]);
    await importFile(core, LEAKED);
    expect((await errorOf(importFile(core, OTHER, { name: 'fuite doctolib-like 2024' }))).code).toBe('corpus-name-taken');
    expect(await core.call<Corpus[]>('corpora.list')).toHaveLength(1);
  });

  it('keeps hashes only: the clear address is in no file of the data folder and no table', async () => {
    const core = await ready();
    const result = await importFile(core, `${LEAKED}\n${OTHER}\n`);
    const rows = await core.host.use((store) => {
      const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
      return tables.flatMap((table) => store.db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]);
    });
    const dump = rows.map((row) => Object.values(row).map((value) => (Buffer.isBuffer(value) ? value.toString('latin1') : String(value))).join('|')).join('\n');
    expect(dump).toContain(result.corpus.name); // the dump is real: it holds what was imported…
    for (const address of [LEAKED, OTHER]) {
      expect(dump.toLowerCase()).not.toContain(address); // …but no address in clear
      expect(dump).not.toContain(address.split('@')[0]!);
    }
    // Stored as SHA-256 of the lower-cased address.
    const hashes = await core.host.use((store) => store.db.prepare('SELECT hex(hash) FROM breach_corpus_entry ORDER BY 1').pluck().all());
    expect(hashes).toEqual([sha256(LEAKED), sha256(OTHER)].map((hash) => hash.toUpperCase()).sort());
    core.close();
    expect(findSecrets(core.dataDir, [LEAKED, OTHER, 'helene.lefevre'])).toEqual([]);
  });

  it('removes a corpus with all its hashes and journals import and removal without addresses', async () => {
    const core = await ready();
    const result = await importFile(core, `${LEAKED}\n`);
    await core.call('corpora.remove', { id: result.corpus.id });
    expect(await core.call<Corpus[]>('corpora.list')).toEqual([]);
    expect(await core.host.use((store) => store.db.prepare('SELECT count(*) FROM breach_corpus_entry').pluck().get())).toBe(0);
    expect(await check(core, result.corpus.id, LEAKED)).toEqual({ status: 'not-checked', source: `corpus:${result.corpus.id}`, reason: 'unavailable' });
    expect((await errorOf(core.call('corpora.remove', { id: result.corpus.id }))).code).toBe('corpus-not-found');
    const journal = await core.call<AuditEntry[]>('audit.list');
    const entries = journal.filter((entry) => entry.action.startsWith('corpora.'));
    expect(entries.map((entry) => entry.action)).toEqual(['corpora.remove', 'corpora.import']);
    expect(entries[1]!.details).toMatchObject({ name: 'Fuite Doctolib-like 2024', entries: 1 });
    expect(JSON.stringify(journal)).not.toContain(LEAKED);
  });
});

/** A big list: 50,000 lines, with a repeat every 1,000 lines and a bad line every 10,000. */
const BIG_LINES = 50_000;
function bigList(): { text: string; badLines: number[] } {
  const lines: string[] = [];
  const badLines: number[] = [];
  for (let index = 1; index <= BIG_LINES; index += 1) {
    if (index % 10_000 === 0) {
      lines.push(`ligne abîmée ${index}`);
      badLines.push(index);
    } else if (index % 1_000 === 0) lines.push(`patient${index - 1}@exemple.fr`);
    else lines.push(`patient${index}@exemple.fr`);
  }
  return { text: `${lines.join('\n')}\n`, badLines };
}

const progressOf = (events: JobEvent[]) => events.filter((event): event is Extract<JobEvent, { type: 'progress' }> => event.type === 'progress');

async function tableCounts(core: Core): Promise<{ corpora: number; entries: number }> {
  return core.host.use((store) => ({
    corpora: store.db.prepare('SELECT count(*) FROM breach_corpus').pluck().get() as number,
    entries: store.db.prepare('SELECT count(*) FROM breach_corpus_entry').pluck().get() as number,
  }));
}

/** Resolves once the job has written some chunks (and so some hashes) but not all of them. */
async function midway(events: JobEvent[]): Promise<void> {
  await vi.waitFor(() => expect(progressOf(events).some((event) => (event.units?.done ?? 0) >= 10_000)).toBe(true), { timeout: 20_000, interval: 5 });
}

describe('importing a big corpus as a job', () => {
  it('reports progress in lines with a time left, shows nothing until done, then gives the summary', async () => {
    const core = await ready();
    const { text, badLines } = bigList();
    let seenMidway: { listed: number; found: unknown } | undefined;
    const run = await runCorpusImport(core, importInput(text, { name: 'Grosse fuite' }), async (_started, events) => {
      await midway(events);
      // Half written: the list and a check do not see it yet.
      seenMidway = { listed: (await core.call<Corpus[]>('corpora.list')).length, found: (await core.host.use((store) => localCorpusSources(store))).length };
    });
    expect(run.started.lines).toBe(BIG_LINES);
    expect(seenMidway).toEqual({ listed: 0, found: 0 });

    const steps = progressOf(run.events).map((event) => event.units?.done).filter((done) => done !== undefined);
    expect(new Set(steps).size).toBeGreaterThan(10); // many steps, each further on
    expect(steps).toEqual([...steps].sort((a, b) => a! - b!));
    expect(progressOf(run.events).every((event) => event.units === undefined || event.units.total === BIG_LINES)).toBe(true);
    expect(progressOf(run.events).some((event) => event.etaSeconds !== undefined)).toBe(true);
    expect(run.finished).toMatchObject({ outcome: 'completed', units: { done: BIG_LINES, total: BIG_LINES } });

    const result = await core.call<CorpusImportResult>('corpora.importResult', { jobId: run.started.jobId });
    const repeats = BIG_LINES / 1_000 - badLines.length;
    expect(result).toMatchObject({ imported: BIG_LINES - badLines.length - repeats, duplicates: repeats, rejectedTotal: badLines.length, column: null });
    expect(result.rejected).toEqual(badLines.map((line) => ({ line, issue: 'invalid-entry' })));
    expect(await core.call<Corpus[]>('corpora.list')).toEqual([result.corpus]);
    expect(result.corpus).toMatchObject({ name: 'Grosse fuite', entries: result.imported, rejected: badLines.length });
    expect(await tableCounts(core)).toEqual({ corpora: 1, entries: result.imported });
    expect(await check(core, result.corpus.id, 'patient49999@exemple.fr')).toMatchObject({ status: 'breached' });
    expect(await check(core, result.corpus.id, 'patient1000@exemple.fr')).toMatchObject({ status: 'clean' }); // line 1000 repeated 999
  });

  it('cancelled midway keeps no corpus and no hash, and frees the name', async () => {
    const core = await ready();
    const run = await runCorpusImport(core, importInput(bigList().text), async (started, events) => {
      await midway(events);
      expect(await core.call('jobs.cancel', { jobId: started.jobId })).toEqual({ cancelled: true });
    });
    expect(run.finished.outcome).toBe('cancelled');
    expect(run.finished.units!.done).toBeLessThan(BIG_LINES);
    expect(await core.call<Corpus[]>('corpora.list')).toEqual([]);
    expect(await tableCounts(core)).toEqual({ corpora: 0, entries: 0 });
    expect((await errorOf(core.call('corpora.importResult', { jobId: run.started.jobId }))).code).toBe('corpus-import-no-result');
    expect((await importFile(core, LEAKED)).imported).toBe(1); // same name, now free
  });

  it('failing midway (the database refuses a write) keeps no corpus and no hash', async () => {
    const core = await ready();
    // The store refuses the hash of line 30,000's address, as a full disk would refuse a page.
    await core.host.use((store) =>
      store.db.exec(
        `CREATE TEMP TRIGGER refuse_one BEFORE INSERT ON breach_corpus_entry
         WHEN NEW.hash = X'${sha256('patient30001@exemple.fr')}' BEGIN SELECT RAISE(ABORT, 'refused'); END`,
      ),
    );
    const run = await runCorpusImport(core, importInput(bigList().text));
    expect(run.finished.outcome).toBe('failed');
    expect(run.finished.error?.code).toBeDefined();
    // It did write chunks before the refusal: they are gone.
    expect(progressOf(run.events).some((event) => (event.units?.done ?? 0) >= 20_000)).toBe(true);
    expect(await core.call<Corpus[]>('corpora.list')).toEqual([]);
    expect(await tableCounts(core)).toEqual({ corpora: 0, entries: 0 });
  });

  it('interrupted midway (Hygie closed) shows nothing, and is discarded when Hygie opens again', async () => {
    const first = await ready();
    const seen: JobEvent[] = [];
    first.router.onJobEvent((event) => seen.push(event));
    const { jobId } = await first.call<{ jobId: string }>('corpora.import', importInput(bigList().text));
    await midway(seen);
    first.host.close(); // as a crash: the job stays 'running' with hashes written
    expect(await first.jobs.finished(jobId)).toBe('interrupted');
    const again = openCore({ dataDir: first.dataDir, secrets: first.secrets });
    const events: JobEvent[] = [];
    again.router.onJobEvent((event) => events.push(event));
    expect(await again.call<Corpus[]>('corpora.list')).toEqual([]);
    await vi.waitFor(() => expect(events.find((event) => event.type === 'finished' && event.jobId === jobId)).toBeDefined(), { timeout: 20_000 });
    expect(events.find((event) => event.type === 'finished')).toMatchObject({ outcome: 'failed', error: { code: 'corpus-import-interrupted' } });
    expect(await tableCounts(again)).toEqual({ corpora: 0, entries: 0 });
    again.close();
    expect(findSecrets(first.dataDir, ['patient12@exemple.fr', 'patient12@'])).toEqual([]);
  });
});

describe('the Pwned Passwords local mirror folder setting', () => {
  it('refuses a missing folder or one without range files, keeps a real one, and clears it', async () => {
    const core = await ready();
    const dir = mkdtempSync(join(tmpdir(), 'hygie-mirror-'));
    tempDirs.push(dir);
    expect((await errorOf(core.call('services.set', { pwnedPasswordsMirrorDir: join(dir, 'absent') }))).code).toBe('pwned-mirror-dir-missing');
    mkdirSync(join(dir, 'copy'));
    writeFileSync(join(dir, 'copy', 'readme.txt'), 'not a range');
    expect((await errorOf(core.call('services.set', { pwnedPasswordsMirrorDir: join(dir, 'copy') }))).code).toBe('pwned-mirror-dir-empty');
    expect((await errorOf(core.call('services.set', { pwnedPasswordsMirrorDir: 'relative/folder' }))).code).toBe('invalid-input');
    expect((await core.call<ServicesSettings>('services.get')).pwnedPasswordsMirrorDir).toBeNull();

    writeFileSync(join(dir, 'copy', '5BAA6.txt'), '1E4C9B93F3F0682250B6CF8331B7EE68FD8:10437277\r\n');
    // Pasted from Explorer's "Copy as path": in double quotes, which are not part of the folder (issue 14).
    const quoted = await core.call<ServicesSettings>('services.set', { pwnedPasswordsMirrorDir: ` "${join(dir, 'copy')}" ` });
    expect(quoted.pwnedPasswordsMirrorDir).toBe(join(dir, 'copy'));
    await core.call('services.set', { pwnedPasswordsMirrorDir: null });
    const saved = await core.call<ServicesSettings>('services.set', { pwnedPasswordsMirrorDir: join(dir, 'copy') });
    expect(saved).toMatchObject({ pwnedPasswordsMirrorDir: join(dir, 'copy'), pwnedPasswordsBaseUrl: 'https://api.pwnedpasswords.com' });
    const cleared = await core.call<ServicesSettings>('services.set', { pwnedPasswordsMirrorDir: null });
    expect(cleared.pwnedPasswordsMirrorDir).toBeNull();
    const journal = await core.call<AuditEntry[]>('audit.list');
    expect(journal.filter((entry) => entry.action === 'services.update').map((entry) => entry.details?.pwnedPasswordsMirrorDir)).toEqual([
      '(none)',
      join(dir, 'copy'),
      '(none)',
      join(dir, 'copy'),
    ]);
  });
});
