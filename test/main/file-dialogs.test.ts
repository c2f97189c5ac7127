import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../electron/core/model/envelope.ts';
import { CHANNEL_PREFIX } from '../../electron/core/api/channels.ts';
import type { StoreStatus } from '../../electron/core/model/schemas/store-status.ts';
import { recoveryWords } from '../../electron/core/recovery/recovery-words.ts';
import { electronFileDialogs } from '../../electron/main/file-dialogs.ts';
import { startApp, type ElectronApi } from '../../electron/main/start-app.ts';
import { PRACTICE } from '../support/core.ts';
import { createFakeElectron, FakeBrowserWindow, invokeEvent } from '../support/fake-electron.ts';
import { forgetTestSecrets, testKeychainService, testSecrets } from '../support/keychain.ts';
import { wordsOnSheet } from '../support/recovery-sheet.ts';
import { assertNoKeychainSecretsIn, recoveryWordForms } from '../support/secret-scan.ts';

// The recovery kit's save dialog and the restore's open dialog, in the main process: Electron's
// `dialog` (faked: it answers with the path a test sets) is shown modal to the window, and the path
// it answers goes to core without passing through the page. Behind the fake, everything is real:
// the router, the encrypted store, the keychain, the PDF.

const temporary: string[] = [];
function folder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

afterEach(async () => {
  await forgetTestSecrets();
});
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function fakeDialog() {
  const calls: Array<{ kind: 'save' | 'open'; args: unknown[] }> = [];
  let save = { canceled: false, filePath: '/home/user/Documents/kit.pdf' };
  let open = { canceled: false, filePaths: ['/media/usb/hygie-backup.db'] };
  const dialog = {
    showSaveDialog: (...args: unknown[]) => {
      calls.push({ kind: 'save', args });
      return Promise.resolve(save);
    },
    showOpenDialog: (...args: unknown[]) => {
      calls.push({ kind: 'open', args });
      return Promise.resolve(open);
    },
  };
  return {
    dialog: dialog as unknown as Parameters<typeof electronFileDialogs>[0],
    calls,
    answer(next: { save?: typeof save; open?: typeof open }) {
      save = next.save ?? save;
      open = next.open ?? open;
    },
  };
}

describe('the main process’s file dialogs', () => {
  it('shows the save dialog modal to the window, in Documents, asking before overwriting, out of Recent', async () => {
    const fake = fakeDialog();
    const window = { id: 1 } as unknown as Electron.BrowserWindow;
    const dialogs = electronFileDialogs(fake.dialog, () => window, () => '/home/user/Documents');
    const request = { title: 'Enregistrer le kit', defaultName: 'kit.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] };
    expect(await dialogs.chooseSavePath(request)).toBe('/home/user/Documents/kit.pdf');
    expect(fake.calls[0]!.args).toEqual([
      window,
      {
        title: 'Enregistrer le kit',
        defaultPath: join('/home/user/Documents', 'kit.pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
      },
    ]);
    fake.answer({ save: { canceled: true, filePath: '' } });
    expect(await dialogs.chooseSavePath(request)).toBeNull();
  });

  it('shows the open dialog for one file, and answers null when cancelled or without a window', async () => {
    const fake = fakeDialog();
    const dialogs = electronFileDialogs(fake.dialog, () => undefined, () => '/home/user/Documents');
    const request = { title: 'Choisir', filters: [{ name: 'Hygie', extensions: ['db'] }] };
    expect(await dialogs.chooseOpenPath(request)).toBe('/media/usb/hygie-backup.db');
    // No window (it was closed): the dialog still shows, unparented.
    expect(fake.calls[0]!.args).toEqual([{ title: 'Choisir', filters: [{ name: 'Hygie', extensions: ['db'] }], properties: ['openFile', 'dontAddToRecent'] }]);
    fake.answer({ open: { canceled: true, filePaths: [] } });
    expect(await dialogs.chooseOpenPath(request)).toBeNull();
  });
});

/** The desktop app, started with fake Electron objects over a real data folder and keychain. */
async function startedApp(dataDir: string, service: string) {
  const root = folder('hygie-main-kit-');
  for (const part of ['main', 'preload', 'renderer']) mkdirSync(join(root, 'out', part), { recursive: true });
  writeFileSync(join(root, 'out/renderer/index.html'), '<!doctype html><title>Hygie</title>');
  const documents = folder('hygie-documents-');
  const fake = createFakeElectron({ documents });
  const app = startApp(fake.electron as unknown as ElectronApi, {
    bundleDir: join(root, 'out/main'),
    env: { HYGIE_DATA_DIR: dataDir, HYGIE_KEYCHAIN_SERVICE: service },
    platform: 'linux',
  });
  fake.fireReady();
  await app.ready;
  testSecrets(service); // forgotten after the test
  const call = <T>(name: string, input?: unknown) =>
    fake.ipcHandlers.get(`${CHANNEL_PREFIX}${name}`)!(invokeEvent('app://hygie/index.html'), input) as Promise<Envelope<T>>;
  return { ...fake, call, documents, window: FakeBrowserWindow.instances[0]! };
}

describe('recovery kit and restore, through the desktop app’s IPC', () => {
  it('saves the kit where the save dialog says, and restores it on a fresh computer through the open dialog', async () => {
    // The practice's computer: save the kit through Electron's save dialog.
    const oldDir = folder('hygie-main-old-');
    const oldService = testKeychainService();
    const old = await startedApp(oldDir, oldService);
    expect(await old.call('practice.save', PRACTICE)).toMatchObject({ ok: true });
    const stick = folder('hygie-main-usb-');
    const kit = join(stick, 'kit.pdf');
    old.dialogAnswers.save = { canceled: false, filePath: kit };
    const saved = await old.call('recovery.saveKit', { language: 'fr' });
    expect(saved).toEqual({ ok: true, value: { saved: true, fileName: 'kit.pdf' } });
    const [window, options] = old.electron.dialog.showSaveDialog.mock.calls[0]!;
    expect(window).toBe(old.window);
    expect(options).toMatchObject({ defaultPath: expect.stringContaining(old.documents), filters: [{ extensions: ['pdf'] }] });
    const key = (await testSecrets(oldService).get('database-key'))!;
    expect(await wordsOnSheet(kit)).toEqual(recoveryWords(key, 'fr'));
    // The page got a file name back, never the words.
    for (const form of recoveryWordForms(key)) expect(JSON.stringify(saved)).not.toContain(form);
    old.app.emit('will-quit'); // closes the database: the file alone is a complete copy
    const backup = join(stick, 'hygie-copy.db');
    copyFileSync(join(oldDir, 'hygie.db'), backup);

    // The new computer: first start, then "Restore on a new computer".
    const newDir = folder('hygie-main-new-');
    const newService = testKeychainService();
    const fresh = await startedApp(newDir, newService);
    expect(await fresh.call<StoreStatus>('store.status')).toMatchObject({ ok: true, value: { state: 'ready', practiceConfigured: false } });
    fresh.dialogAnswers.open = { canceled: false, filePaths: [backup] };
    expect(await fresh.call('recovery.chooseBackup', { language: 'fr' })).toMatchObject({ ok: true, value: { chosen: true, fileName: 'hygie-copy.db' } });
    expect(fresh.electron.dialog.showOpenDialog.mock.calls[0]![0]).toBe(fresh.window);
    const words = await wordsOnSheet(kit);
    const restored = await fresh.call<StoreStatus>('recovery.restore', { words: words.join(' ') });
    expect(restored).toEqual({ ok: true, value: expect.objectContaining({ state: 'ready', practiceConfigured: true }) });
    expect(await fresh.call('practice.get')).toMatchObject({ ok: true, value: { name: PRACTICE.name } });
    expect(await testSecrets(newService).get('database-key')).toBe(key);
    fresh.app.emit('will-quit');
    for (const dir of [oldDir, newDir]) await assertNoKeychainSecretsIn(dir, testSecrets(newService));
    expect(existsSync(join(newDir, 'hygie.db.restoring'))).toBe(false);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const dir = folder('hygie-main-cancel-');
    const started = await startedApp(dir, testKeychainService());
    await started.call('practice.save', PRACTICE);
    started.dialogAnswers.save = { canceled: true, filePath: '' };
    expect(await started.call('recovery.saveKit', { language: 'en' })).toEqual({ ok: true, value: { saved: false } });
    expect(await started.call('recovery.openKit')).toMatchObject({ ok: false, error: { code: 'recovery-kit-not-saved' } });
    started.app.emit('will-quit');
  });
});
