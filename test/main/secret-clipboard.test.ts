import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronSecretClipboard, osFormat } from '../../electron/main/secret-clipboard.ts';
import { startApp, type ElectronApi } from '../../electron/main/start-app.ts';
import { createFakeClipboard, createFakeElectron, FakeClipboardItem, invokeEvent } from '../support/fake-electron.ts';
import { forgetTestSecrets, testKeychainService, testSecrets } from '../support/keychain.ts';

// Issue 14, item 5: a copied passphrase goes to the system clipboard from the main process, in one
// clipboard.write() with the platform's markers (Electron: all formats of one write are committed
// together, docs/api/clipboard.md):
// - Windows: ExcludeClipboardContentFromMonitorProcessing, CanIncludeInClipboardHistory = DWORD 0,
//   CanUploadToCloudClipboard = DWORD 0 (Microsoft, "Clipboard Formats", cloud clipboard and history);
// - macOS: org.nspasteboard.ConcealedType (nspasteboard.org).

const windowsMarkers = [
  'ExcludeClipboardContentFromMonitorProcessing',
  'CanIncludeInClipboardHistory',
  'CanUploadToCloudClipboard',
].map(osFormat);

async function bytes(payload: unknown): Promise<number[]> {
  return [...new Uint8Array(await (payload as Blob).arrayBuffer())];
}

async function copied(platform: NodeJS.Platform) {
  const clipboard = createFakeClipboard();
  const secret = electronSecretClipboard(clipboard as never, FakeClipboardItem as never, platform);
  await secret.writeSecret('cheval-agrafe-batterie');
  expect(clipboard.writes).toHaveLength(1); // one write: text and markers together, never one after the other
  expect(clipboard.writes[0]).toHaveLength(1);
  return { clipboard, item: clipboard.writes[0]![0]!, secret };
}

describe('the secret clipboard', () => {
  it('keeps a copy out of Windows clipboard history and cloud clipboard', async () => {
    const { item, clipboard } = await copied('win32');
    expect(item.types).toEqual(['text/plain', ...windowsMarkers]);
    expect(item.items['text/plain']).toBe('cheval-agrafe-batterie');
    expect(osFormat('CanIncludeInClipboardHistory')).toBe('electron application/osclipboard;format="CanIncludeInClipboardHistory"');
    for (const marker of windowsMarkers) expect(await bytes(item.items[marker]), marker).toEqual([0, 0, 0, 0]);
    expect(clipboard.text).toBe('cheval-agrafe-batterie');
  });

  it('marks a copy as concealed for macOS clipboard managers', async () => {
    const { item } = await copied('darwin');
    expect(item.types).toEqual(['text/plain', osFormat('org.nspasteboard.ConcealedType')]);
  });

  it('writes the text alone where the system has no such marker (Linux)', async () => {
    const { item } = await copied('linux');
    expect(item.types).toEqual(['text/plain']);
  });

  it('reads the text back and clears through Electron’s clipboard', async () => {
    const { clipboard, secret } = await copied('win32');
    await expect(secret.readText()).resolves.toBe('cheval-agrafe-batterie');
    await secret.clear();
    expect(clipboard.clear).toHaveBeenCalledOnce();
    expect(clipboard.text).toBe('');
  });
});

describe('clipboard.copySecret in the desktop app', () => {
  const temporary: string[] = [];
  afterEach(async () => {
    for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
    await forgetTestSecrets();
  });

  async function started(platform: NodeJS.Platform) {
    const root = mkdtempSync(join(tmpdir(), 'hygie-clipboard-'));
    temporary.push(root);
    const service = testKeychainService();
    testSecrets(service);
    const fake = createFakeElectron();
    const app = startApp(fake.electron as unknown as ElectronApi, {
      bundleDir: join(root, 'out/main'),
      env: { HYGIE_DATA_DIR: join(root, 'data'), HYGIE_KEYCHAIN_SERVICE: service },
      platform,
    });
    fake.fireReady();
    await app.ready;
    const copy = async (text: unknown, event = invokeEvent('app://hygie/index.html')) =>
      fake.ipcHandlers.get('hygie:clipboard.copySecret')!(event, { text });
    return { ...fake, copy, dataDir: join(root, 'data') };
  }

  it('copies through the main process with the platform’s markers, for the app’s own page only', async () => {
    const app = await started('win32');
    await expect(app.copy('cheval-agrafe-batterie')).resolves.toEqual({ ok: true, value: { copied: true, clearedAfterSeconds: 120 } });
    const item = app.electron.clipboard.writes[0]![0]!;
    expect(item.types).toEqual(['text/plain', ...windowsMarkers]);
    await expect(app.copy('x', invokeEvent('https://evil.example/'))).resolves.toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    await expect(app.copy('')).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await expect(app.copy('x'.repeat(257))).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(app.electron.clipboard.writes).toHaveLength(1);
  });

  it('erases a copied secret still on the clipboard before quitting, then quits', async () => {
    const app = await started('darwin');
    await app.ipcHandlers.get('hygie:store.status')!(invokeEvent('app://hygie/index.html'), undefined);
    await app.copy('cheval-agrafe-batterie');
    app.app.quit();
    // will-quit waited for the erase, then quit again: the store is closed, its WAL folded back.
    await expect.poll(() => app.calls.filter((call) => call === 'quit').length).toBe(2);
    expect(app.electron.clipboard.clear).toHaveBeenCalledOnce();
    expect(app.electron.clipboard.text).toBe('');
    expect(existsSync(join(app.dataDir, 'hygie.db-wal'))).toBe(false);
  });

  it('quits at once, leaving the clipboard alone, when the user copied something else since', async () => {
    const app = await started('darwin');
    await app.copy('cheval-agrafe-batterie');
    app.electron.clipboard.text = 'something the user copied';
    app.app.quit();
    await expect.poll(() => app.calls.filter((call) => call === 'quit').length).toBe(2);
    expect(app.electron.clipboard.clear).not.toHaveBeenCalled();
    expect(app.electron.clipboard.text).toBe('something the user copied');
  });
});
