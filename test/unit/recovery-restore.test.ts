import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../electron/core/model/schemas/audit.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import type { StoreStatus } from '../../electron/core/model/schemas/store-status.ts';
import { comparableWord, recoveryWords } from '../../electron/core/recovery/recovery-words.ts';
import { applyKey } from '../../electron/core/store/encrypted-database.ts';
import { KeytarSecretStore } from '../../electron/core/store/keytar-secret-store.ts';
import { closeAllCores, openCore, PRACTICE, type Core } from '../support/core.ts';
import { forgetTestSecrets, testKeychainService, testSecrets, UnreachableKeychain } from '../support/keychain.ts';
import { recordingDialogs, type RecordingDialogs } from '../support/recording-dialogs.ts';
import { wordsOnSheet } from '../support/recovery-sheet.ts';
import { assertNoKeychainSecretsIn, recoveryWordForms } from '../support/secret-scan.ts';
import { databaseText, folderSnapshot } from '../support/folder-snapshot.ts';

// "Restore on a new PC" (issue 13, "Recovery kit"): a practice's backup and its printed kit are
// carried to a fresh data folder with a fresh keychain service; from the words alone, the data
// opens as it was. Wrong words, a foreign file, a folder that already holds a practice: refused,
// and the folder, the keychain and the backup file are byte for byte as they were.

/** A USB stick: where the old computer's backup and kit were copied. */
const usb = mkdtempSync(join(tmpdir(), 'hygie-usb-'));
const oldService = testKeychainService();
let oldDataDir: string;
let oldKey: string;
let backup: string;
let sheetWords: string[];
let staffBefore: StaffMember[];

const scratch: string[] = [];
function folder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

beforeAll(async () => {
  // The old computer: a practice, its staff, one day of use, then the next day's start takes the
  // daily backup; the IT provider saves the kit to the USB stick and copies the newest backup.
  oldDataDir = folder('hygie-old-pc-');
  const dialogs = recordingDialogs();
  const first = openCore({ dataDir: oldDataDir, secrets: testSecrets(oldService), dialogs });
  await first.call('practice.save', PRACTICE);
  await first.call('staff.create', { firstName: 'Hélène', lastName: 'Lefèvre', role: 'secretary', roleLabel: null, emails: ['helene@cabinet-dupont.fr'], services: ['amelipro'] });
  await first.call('staff.create', { firstName: 'Jeanne', lastName: 'Dupont', role: 'physician', roleLabel: null, emails: ['jeanne@cabinet-dupont.fr'], services: [] });
  staffBefore = await first.call<StaffMember[]>('staff.list');
  first.close();
  const second = openCore({ dataDir: oldDataDir, secrets: testSecrets(oldService), dialogs });
  expect(await second.call<StoreStatus>('store.status')).toMatchObject({ state: 'ready' });
  dialogs.savePath = join(usb, 'kit.pdf');
  await second.call('recovery.saveKit', { language: 'fr' });
  second.close();
  oldKey = (await new KeytarSecretStore(oldService).get('database-key'))!;
  const [newest] = readdirSync(join(oldDataDir, 'backups')).filter((name) => name.endsWith('.db')).sort().reverse();
  backup = join(usb, newest!);
  copyFileSync(join(oldDataDir, 'backups', newest!), backup);
  sheetWords = await wordsOnSheet(join(usb, 'kit.pdf'));
}, 60_000);

afterEach(async () => {
  await closeAllCores();
});
afterAll(async () => {
  for (const dir of [usb, ...scratch]) rmSync(dir, { recursive: true, force: true });
  await forgetTestSecrets();
});

/** What the router logged (failures that are not the user's): never the words. */
const logged: string[] = [];

/** The new computer: Hygie's first start has made its empty database, the start screen is shown. */
async function newComputer(): Promise<{ core: Core; service: string; dialogs: RecordingDialogs }> {
  const service = testKeychainService();
  const dialogs = recordingDialogs();
  dialogs.openPath = backup;
  const core = openCore({ secrets: testSecrets(service), dialogs, logger: { error: (message, error) => logged.push(`${message} ${String(error)} ${(error as Error | undefined)?.stack ?? ''}`) } });
  expect(await core.call<StoreStatus>('store.status')).toMatchObject({ state: 'ready', practiceConfigured: false });
  expect(await core.call('recovery.chooseBackup', { language: 'fr' })).toMatchObject({ chosen: true, fileName: backup.split(/[\\/]/u).pop() });
  return { core, service, dialogs };
}

/** The words as a hurried person types them: capitals, no accents, odd spacing, numbers. */
function sloppy(words: readonly string[]): string {
  return words.map((word, index) => (index % 3 === 0 ? `${index + 1}. ${comparableWord(word).toUpperCase()}` : comparableWord(word))).join('  \n ');
}

async function expectRefused(core: Core, service: string, words: string, code: string): Promise<void> {
  const before = folderSnapshot(core.dataDir);
  const keyBefore = await new KeytarSecretStore(service).get('database-key');
  const usbBefore = folderSnapshot(usb);
  await expect(core.call('recovery.restore', { words })).rejects.toMatchObject({ code });
  expect(folderSnapshot(core.dataDir)).toEqual(before);
  expect(await new KeytarSecretStore(service).get('database-key')).toBe(keyBefore);
  // Not even a -wal or -shm beside the backup on the stick.
  expect(folderSnapshot(usb)).toEqual(usbBefore);
}

describe('restoring on a new computer', () => {
  it('reads the sheet: the 24 words printed are the old key’s', () => {
    expect(sheetWords).toEqual(recoveryWords(oldKey, 'fr'));
  });

  it('opens the same data from the words alone, with the key now in the new keychain', async () => {
    const { core, service } = await newComputer();
    const usbBefore = folderSnapshot(usb);
    const status = await core.call<StoreStatus>('recovery.restore', { words: sloppy(sheetWords) });
    expect(status).toMatchObject({ state: 'ready', practiceConfigured: true });
    expect(await core.call('practice.get')).toMatchObject({ name: PRACTICE.name, referent: PRACTICE.referent });
    expect(await core.call<StaffMember[]>('staff.list')).toEqual(staffBefore);
    expect(await new KeytarSecretStore(service).get('database-key')).toBe(oldKey);
    const [entry] = await core.call<AuditEntry[]>('audit.list', { limit: 1 });
    expect(entry).toMatchObject({ action: 'store.restore-recovery-kit', subject: backup.split(/[\\/]/u).pop(), details: { replaced: 'blank', wordList: 'fr' } });
    // The empty first-start database is gone, nothing half-written is left, the stick is untouched.
    // (The open database's own -wal and -shm aside.)
    expect(readdirSync(core.dataDir).filter((name) => /^hygie\.db(?!$|-wal$|-shm$)/u.test(name))).toEqual([]);
    expect(folderSnapshot(usb)).toEqual(usbBefore);
    // The words and the key appear nowhere in the data folder (also checked when the core closes),
    // nor in the database's rows (encrypted on disk, so looked at from inside), nor in a log line.
    await assertNoKeychainSecretsIn(core.dataDir, new KeytarSecretStore(service));
    const rows = databaseText((await core.host.open()).db).toLowerCase();
    for (const form of recoveryWordForms(oldKey)) expect(rows).not.toContain(form.toLowerCase());
    expect(rows).not.toContain(oldKey);
    // A second start on the new computer opens it as any other.
    core.close();
    const again = openCore({ dataDir: core.dataDir, secrets: testSecrets(service) });
    expect(await again.call<StoreStatus>('store.status')).toMatchObject({ state: 'ready', practiceConfigured: true });
  });

  it('runs one restore at a time: a second press while the first runs is told to wait', async () => {
    const { core } = await newComputer();
    const [first, second] = await Promise.allSettled([
      core.call<StoreStatus>('recovery.restore', { words: sheetWords.join(' ') }),
      core.call<StoreStatus>('recovery.restore', { words: sheetWords.join(' ') }),
    ]);
    expect(first).toMatchObject({ status: 'fulfilled', value: { state: 'ready', practiceConfigured: true } });
    expect(second).toMatchObject({ status: 'rejected', reason: { code: 'database-busy', details: { reason: 'restore-running' } } });
    expect(await core.call('practice.get')).toMatchObject({ name: PRACTICE.name });
  });

  it('refuses wrong words without touching the folder, the keychain or the backup', async () => {
    const { core, service } = await newComputer();
    const typo = [...sheetWords];
    typo[4] = `${comparableWord(sheetWords[4]!)}x`;
    await expectRefused(core, service, typo.join(' '), 'recovery-words-unknown-word');
    const swapped = [...sheetWords];
    [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
    await expectRefused(core, service, swapped.join(' '), 'recovery-words-checksum');
    await expectRefused(core, service, sheetWords.slice(0, 23).join(' '), 'recovery-words-count');
    // Another installation's kit: valid words, another key.
    await expectRefused(core, service, recoveryWords(randomBytes(32).toString('hex'), 'fr').join(' '), 'recovery-words-wrong-backup');
    for (const form of recoveryWordForms(oldKey)) for (const line of logged) expect(line.toLowerCase()).not.toContain(form.toLowerCase());
    // Still a fresh start: the right words work after all that.
    expect(await core.call<StoreStatus>('recovery.restore', { words: sheetWords.join(' ') })).toMatchObject({ state: 'ready', practiceConfigured: true });
  });

  it('refuses a file that is not a Hygie backup, whatever the words', async () => {
    const { core, service, dialogs } = await newComputer();
    // A plain, unencrypted SQLite file.
    const plain = join(usb, 'plain.db');
    new Database(plain).exec('CREATE TABLE t (x)').close();
    // A SQLCipher file that these very words open, but not Hygie's.
    const foreign = join(usb, 'foreign.db');
    const db = new Database(foreign);
    applyKey(db, oldKey);
    db.exec('CREATE TABLE t (x)');
    db.close();
    // Random bytes the size of a database: no way to tell from wrong words, and said so.
    const noise = join(usb, 'noise.db');
    writeFileSync(noise, randomBytes(8 * 4096));
    for (const [file, code] of [
      [plain, 'recovery-backup-not-hygie'],
      [foreign, 'recovery-backup-not-hygie'],
      [noise, 'recovery-words-wrong-backup'],
    ] as const) {
      dialogs.openPath = file;
      await core.call('recovery.chooseBackup', { language: 'en' });
      await expectRefused(core, service, sheetWords.join(' '), code);
    }
    for (const file of [plain, foreign, noise]) rmSync(file);
  });

  it('says the backup is damaged when the words open it but a page is unreadable', async () => {
    const damaged = join(folder('hygie-damaged-'), 'hygie-damaged.db');
    const bytes = readFileSync(backup);
    // Garble one page in the middle (the first one, with the schema, stays readable).
    const page = Math.floor(bytes.length / 4096 / 2) * 4096;
    randomBytes(4096).copy(bytes, page);
    writeFileSync(damaged, bytes);
    const service = testKeychainService();
    const core = openCore({ secrets: testSecrets(service), dialogs: Object.assign(recordingDialogs(), { openPath: damaged }) });
    await core.call('store.status');
    await core.call('recovery.chooseBackup', { language: 'fr' });
    await expectRefused(core, service, sheetWords.join(' '), 'recovery-backup-damaged');
  });

  it('never replaces a practice’s data it can read', async () => {
    const service = testKeychainService();
    const core = openCore({ secrets: testSecrets(service), dialogs: Object.assign(recordingDialogs(), { openPath: backup }) });
    await core.call('practice.save', { ...PRACTICE, name: 'Pharmacie du Centre' });
    await core.call('recovery.chooseBackup', { language: 'fr' });
    await expectRefused(core, service, sheetWords.join(' '), 'recovery-data-present');
    expect(await core.call('practice.get')).toMatchObject({ name: 'Pharmacie du Centre' });
  });

  it('restores where the data is on the disk but its key was lost (Windows reinstalled), keeping the old file aside', async () => {
    // The old data folder copied as it was; the keychain service is a new, empty one.
    const dataDir = folder('hygie-reinstalled-');
    copyFileSync(join(oldDataDir, 'hygie.db'), join(dataDir, 'hygie.db'));
    const service = testKeychainService();
    const core = openCore({ dataDir, secrets: testSecrets(service), dialogs: Object.assign(recordingDialogs(), { openPath: backup }) });
    expect(await core.call<StoreStatus>('store.status')).toMatchObject({ state: 'unavailable', error: { code: 'database-key-missing' } });
    await core.call('recovery.chooseBackup', { language: 'fr' });
    expect(await core.call<StoreStatus>('recovery.restore', { words: sheetWords.join(' ') })).toMatchObject({ state: 'ready', practiceConfigured: true });
    const aside = readdirSync(dataDir).filter((name) => name.startsWith('hygie.db.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dataDir, aside[0]!)).equals(readFileSync(join(oldDataDir, 'hygie.db')))).toBe(true);
    expect(await core.call('audit.list', { limit: 1 })).toMatchObject([{ details: { replaced: 'database-key-missing' } }]);
  });

  it('refuses to lock this computer’s own backups away under another kit’s key', async () => {
    // The database file was deleted, its daily backups remain, and their key is in the keychain.
    const service = testKeychainService();
    const dataDir = folder('hygie-other-key-');
    const local = openCore({ dataDir, secrets: testSecrets(service) });
    await local.call('practice.save', { ...PRACTICE, name: 'Autre cabinet' });
    local.close();
    const reopened = openCore({ dataDir, secrets: testSecrets(service), dialogs: Object.assign(recordingDialogs(), { openPath: backup }) });
    await reopened.call('store.status');
    reopened.close();
    expect(readdirSync(join(dataDir, 'backups')).length).toBeGreaterThan(0);
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, `hygie.db${suffix}`), { force: true });
    await reopened.call('recovery.chooseBackup', { language: 'fr' });
    await expectRefused(reopened, service, sheetWords.join(' '), 'recovery-local-backups-other-key');
  });

  it('writes nothing when the keychain cannot be reached', async () => {
    const service = testKeychainService();
    const keychain = new UnreachableKeychain(new KeytarSecretStore(service));
    const core = openCore({ secrets: keychain, dialogs: Object.assign(recordingDialogs(), { openPath: backup }) });
    await core.call('recovery.chooseBackup', { language: 'fr' });
    await expect(core.call('recovery.restore', { words: sheetWords.join(' ') })).rejects.toMatchObject({ code: 'keychain-unavailable' });
    expect(readdirSync(core.dataDir)).toEqual([]);
    keychain.reachable = true;
    expect(await core.call<StoreStatus>('recovery.restore', { words: sheetWords.join(' ') })).toMatchObject({ state: 'ready', practiceConfigured: true });
  });

  it('asks for the file first, and says when the chosen file is gone', async () => {
    const service = testKeychainService();
    const moved = join(folder('hygie-moved-'), 'hygie-moved.db');
    copyFileSync(backup, moved);
    const dialogs = recordingDialogs();
    const core = openCore({ secrets: testSecrets(service), dialogs });
    await core.call('store.status');
    await expect(core.call('recovery.restore', { words: sheetWords.join(' ') })).rejects.toMatchObject({ code: 'recovery-backup-not-chosen' });
    dialogs.openPath = null;
    expect(await core.call('recovery.chooseBackup', { language: 'fr' })).toEqual({ chosen: false });
    dialogs.openPath = moved;
    expect(await core.call('recovery.chooseBackup', { language: 'fr' })).toMatchObject({ chosen: true, sizeBytes: statSync(backup).size });
    expect(dialogs.openRequests.at(-1)?.filters[0]).toEqual({ name: 'Sauvegarde d’Hygie', extensions: ['db'] });
    rmSync(moved);
    await expectRefused(core, service, sheetWords.join(' '), 'recovery-backup-unreadable');
    expect(existsSync(moved)).toBe(false);
  });
});
