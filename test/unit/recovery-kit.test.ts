import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../electron/core/model/schemas/audit.ts';
import { APP_LABELS, KIT_TEXTS } from '../../electron/core/recovery/recovery-kit-texts.ts';
import { qrText, recoveryWords } from '../../electron/core/recovery/recovery-words.ts';
import enMessages from '../../renderer/i18n/areas/recovery.en.json';
import frMessages from '../../renderer/i18n/areas/recovery.fr.json';
import { closeAllCores, openCore, PRACTICE, type Core } from '../support/core.ts';
import { recordingDesktop } from '../support/recording-desktop.ts';
import { recordingDialogs, type RecordingDialogs } from '../support/recording-dialogs.ts';
import { pdfInfo, pdfText, pdfToPngs } from '../support/report-checks.ts';
import { qrOnSheet, wordsOnSheet } from '../support/recovery-sheet.ts';
import { recoveryWordForms } from '../support/secret-scan.ts';
import { databaseText } from '../support/folder-snapshot.ts';

// Settings › Recovery kit, through the core as the app wires it: the save dialog (a double
// answering with the path a test sets) decides where the kit goes, and nowhere else is written;
// the PDF holds the key as words and as a QR code, with the steps; the audit log records who and
// when, never the words; and no answer to the page carries them.

const outDirs: string[] = [];
function outDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hygie-kit-out-'));
  outDirs.push(dir);
  return dir;
}

afterEach(async () => {
  await closeAllCores();
});
afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

async function practiceCore(dialogs: RecordingDialogs = recordingDialogs()): Promise<{ core: Core; dialogs: RecordingDialogs; key: string }> {
  const core = openCore({ dialogs, desktop: recordingDesktop() });
  await core.call('practice.save', PRACTICE);
  const key = (await core.secrets.get('database-key'))!;
  return { core, dialogs, key };
}

function audit(core: Core): Promise<AuditEntry[]> {
  return core.call<AuditEntry[]>('audit.list', { limit: 10 });
}

describe('saving the recovery kit', () => {
  it('writes one page where the user chose: the 24 words, a QR code of them, the warning and the steps', async () => {
    const { core, dialogs, key } = await practiceCore();
    const out = outDir();
    const kit = join(out, 'kit.pdf');
    dialogs.savePath = kit;

    const answer = await core.call('recovery.saveKit', { language: 'fr' });
    expect(answer).toEqual({ saved: true, fileName: 'kit.pdf' });
    expect(readdirSync(out)).toEqual(['kit.pdf']);
    if (process.platform !== 'win32') expect(statSync(kit).mode & 0o077).toBe(0);

    // The dialog proposed a PDF named for the practice, in the kit's language.
    expect(dialogs.saveRequests).toEqual([
      {
        title: KIT_TEXTS.fr.dialogTitle,
        defaultName: expect.stringMatching(/^Hygie - kit de récupération - Cabinet Dupont - \d{4}-\d{2}-\d{2}\.pdf$/u),
        filters: [{ name: KIT_TEXTS.fr.pdfFilterName, extensions: ['pdf'] }],
      },
    ]);

    const words = recoveryWords(key, 'fr');
    expect(await wordsOnSheet(kit)).toEqual(words);
    expect(await qrOnSheet(kit)).toBe(qrText(words));
    const text = await pdfText(kit);
    expect(text).toContain(PRACTICE.name);
    expect(text).toContain(KIT_TEXTS.fr.warningTitle);
    for (const step of KIT_TEXTS.fr.steps) expect(text.replace(/\s+/gu, ' ')).toContain(step.replace(/\u202f/gu, ' '));
    expect(text).toContain(join(core.dataDir, 'backups'));
    expect((await pdfInfo(kit))['Pages']).toBe('1');
    // The document's properties name the kit, never the key.
    for (const value of Object.values(await pdfInfo(kit))) for (const word of words.slice(0, 6)) expect(value).not.toContain(word);
    await pdfToPngs(kit, 'recovery-kit-fr', { first: 1, last: 1 }, 60);

    // Recorded: who and when, in which language; not the words, not where the sheet went.
    const [entry] = await audit(core);
    expect(entry).toMatchObject({ action: 'recovery-kit.generate', actor: 'test:secretariat', subject: null, details: { language: 'fr' } });
    expect(JSON.stringify(entry)).not.toContain(out);
    for (const form of recoveryWordForms(key)) expect(JSON.stringify(await audit(core))).not.toContain(form);
    // Nor anywhere in the database (encrypted on disk: looked at from inside).
    const rows = databaseText((await core.host.open()).db).toLowerCase();
    for (const form of recoveryWordForms(key)) expect(rows).not.toContain(form.toLowerCase());
  });

  it('prints the English list in English, with the same key', async () => {
    const { core, dialogs, key } = await practiceCore();
    const kit = join(outDir(), 'recovery-kit.PDF');
    dialogs.savePath = kit;
    expect(await core.call('recovery.saveKit', { language: 'en' })).toEqual({ saved: true, fileName: 'recovery-kit.PDF' });
    expect(await wordsOnSheet(kit)).toEqual(recoveryWords(key, 'en'));
    expect(await pdfText(kit)).toContain(KIT_TEXTS.en.stepsTitle);
    await pdfToPngs(kit, 'recovery-kit-en', { first: 1, last: 1 }, 60);
  });

  it('writes nothing, and records nothing, when the dialog is cancelled', async () => {
    const { core, dialogs } = await practiceCore();
    dialogs.savePath = null;
    expect(await core.call('recovery.saveKit', { language: 'fr' })).toEqual({ saved: false });
    expect((await audit(core)).some((entry) => entry.action === 'recovery-kit.generate')).toBe(false);
    await expect(core.call('recovery.openKit')).rejects.toMatchObject({ code: 'recovery-kit-not-saved' });
  });

  it('refuses a name that is not a .pdf, and the data folder itself (even through a link), writing nothing', async () => {
    const { core, dialogs } = await practiceCore();
    const out = outDir();
    dialogs.savePath = join(out, 'kit.txt');
    await expect(core.call('recovery.saveKit', { language: 'fr' })).rejects.toMatchObject({ code: 'recovery-kit-not-pdf' });
    dialogs.savePath = join(core.dataDir, 'kit.pdf');
    await expect(core.call('recovery.saveKit', { language: 'fr' })).rejects.toMatchObject({ code: 'recovery-kit-in-data-folder' });
    mkdirSync(join(core.dataDir, 'sub'));
    dialogs.savePath = join(core.dataDir, 'sub', 'kit.pdf');
    await expect(core.call('recovery.saveKit', { language: 'fr' })).rejects.toMatchObject({ code: 'recovery-kit-in-data-folder' });
    if (process.platform !== 'win32') {
      symlinkSync(core.dataDir, join(out, 'looks-elsewhere'));
      dialogs.savePath = join(out, 'looks-elsewhere', 'kit.pdf');
      await expect(core.call('recovery.saveKit', { language: 'fr' })).rejects.toMatchObject({ code: 'recovery-kit-in-data-folder' });
    }
    expect(readdirSync(out).filter((name) => name !== 'looks-elsewhere')).toEqual([]);
    expect(readdirSync(core.dataDir).filter((name) => name.endsWith('.pdf'))).toEqual([]);
    expect((await audit(core)).some((entry) => entry.action === 'recovery-kit.generate')).toBe(false);
  });

  it('says why when the place cannot be written, and leaves no file', async () => {
    const { core, dialogs } = await practiceCore();
    dialogs.savePath = join(outDir(), 'gone', 'kit.pdf');
    await expect(core.call('recovery.saveKit', { language: 'fr' })).rejects.toMatchObject({ code: 'recovery-kit-write-failed' });
  });

  it('opens the saved kit with the system’s PDF reader, to print it', async () => {
    const desktop = recordingDesktop();
    const dialogs = recordingDialogs();
    const core = openCore({ dialogs, desktop });
    await core.call('practice.save', PRACTICE);
    const kit = join(outDir(), 'kit.pdf');
    dialogs.savePath = kit;
    await core.call('recovery.saveKit', { language: 'fr' });
    expect(await core.call('recovery.openKit')).toEqual({ opened: true });
    expect(desktop.opened).toEqual([kit]);
  });

  it('is refused where there are no dialogs (the command line has --out instead)', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    await expect(core.call('recovery.saveKit', { language: 'fr' })).rejects.toMatchObject({ code: 'file-dialog-unavailable' });
    await expect(core.call('recovery.chooseBackup', { language: 'fr' })).rejects.toMatchObject({ code: 'file-dialog-unavailable' });
    await expect(core.call('recovery.openKit')).rejects.toMatchObject({ code: 'desktop-unavailable' });
  });
});

describe('the sheet and the app', () => {
  it('names the buttons the app shows, in both languages', () => {
    expect(APP_LABELS.fr).toEqual({
      entry: frMessages.recovery.restore.entry,
      chooseFile: frMessages.recovery.restore.chooseFile,
      restore: frMessages.recovery.restore.submit,
      settingsPanel: frMessages.recovery.kit.title,
    });
    expect(APP_LABELS.en).toEqual({
      entry: enMessages.recovery.restore.entry,
      chooseFile: enMessages.recovery.restore.chooseFile,
      restore: enMessages.recovery.restore.submit,
      settingsPanel: enMessages.recovery.kit.title,
    });
  });
});
