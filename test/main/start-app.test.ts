import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CALL_NAMES, CHANNEL_PREFIX, JOB_EVENT_CHANNEL } from '../../electron/core/api/channels.ts';
import { startApp, type ElectronApi } from '../../electron/main/start-app.ts';
import { SCHEMA_VERSION } from '../../electron/core/store/migrations.ts';
import { createFakeElectron, FakeBrowserWindow, invokeEvent } from '../support/fake-electron.ts';
import { forgetTestSecrets, testKeychainService, testSecrets } from '../support/keychain.ts';
import { PRACTICE } from '../support/core.ts';
import type { Envelope } from '../../electron/core/model/envelope.ts';
import type { ReportRecord } from '../../electron/core/model/schemas/report.ts';

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A built app layout: out/main (the bundle), out/preload, out/renderer with an index.html. */
function fakeBuild() {
  const root = mkdtempSync(join(tmpdir(), 'hygie-main-'));
  temporary.push(root);
  for (const folder of ['main', 'preload', 'renderer']) mkdirSync(join(root, 'out', folder), { recursive: true });
  writeFileSync(join(root, 'out/renderer/index.html'), '<!doctype html><title>Hygie</title>');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer folder');
  return { bundleDir: join(root, 'out/main'), dataDir: join(root, 'data'), root };
}

async function started(
  options: Parameters<typeof createFakeElectron>[0] = {},
  env: NodeJS.ProcessEnv = {},
  system: { platform?: NodeJS.Platform; argv?: string[] } = {},
) {
  const build = fakeBuild();
  const fake = createFakeElectron(options);
  const app = startApp(fake.electron as unknown as ElectronApi, {
    bundleDir: build.bundleDir,
    env: { HYGIE_DATA_DIR: build.dataDir, ...env },
    platform: system.platform ?? 'linux',
    ...(system.argv ? { argv: system.argv } : {}),
  });
  fake.fireReady();
  const result = await app.ready;
  const window = FakeBrowserWindow.instances[0];
  return { ...fake, build, result, window: window! };
}

describe('main window', () => {
  it('is created with exactly the web preferences of Electron’s security checklist, and no other', async () => {
    const { window, build } = await started();
    // Exact equality: a preference added later (enableBlinkFeatures, additionalArguments,
    // a partition, a relaxed one…) fails here until it is reviewed and added to this list.
    expect(window.options.webPreferences).toStrictEqual({
      preload: join(build.root, 'out/preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: true, // unpackaged: developers may inspect
    });
  });

  it('loads the UI from app://hygie, never from file://', async () => {
    const { window } = await started();
    expect(window.loadedUrl).toBe('app://hygie/index.html');
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('has no developer tools once packaged', async () => {
    const { window, electron } = await started({ isPackaged: true });
    expect(window.options.webPreferences.devTools).toBe(false);
    const template = electron.Menu.buildFromTemplate.mock.calls[0]![0] as Array<{ submenu?: Array<{ role?: string }> }>;
    const roles = template.flatMap((item) => item.submenu ?? []).map((item) => item.role);
    expect(roles).not.toContain('toggleDevTools');
  });
});

describe('app lifecycle', () => {
  it('sandboxes every renderer process, before the app is ready', async () => {
    const { calls } = await started();
    expect(calls.indexOf('enableSandbox')).toBeGreaterThanOrEqual(0);
    expect(calls.indexOf('enableSandbox')).toBeLessThan(calls.indexOf('ready'));
  });

  it('registers the app:// scheme as privileged before the app is ready', async () => {
    const { calls, electron } = await started();
    expect(calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(calls.indexOf('ready'));
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('quits at once when another Hygie already runs, without opening a window', async () => {
    const { app, result } = await started({ singleInstance: false });
    expect(app.quit).toHaveBeenCalled();
    expect(result).toBeUndefined();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('brings the existing window forward on a second launch', async () => {
    const { app, window } = await started();
    window.minimized = true;
    app.emit('second-instance');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(1);
  });

  it('sets a native menu with the standard edit and window menus', async () => {
    const { electron } = await started();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    const template = electron.Menu.buildFromTemplate.mock.calls[0]![0] as Array<{ role?: string }>;
    expect(template.map((item) => item.role)).toEqual(expect.arrayContaining(['fileMenu', 'editMenu', 'windowMenu']));
  });
});

describe('guards', () => {
  it('denies navigation away from the app and sends vetted https links to the browser', async () => {
    const { app, electron } = await started();
    const contents = FakeBrowserWindow.instances[0]!.webContents;
    app.emit('web-contents-created', {}, contents);

    expect(contents.navigate('will-navigate', 'app://hygie/index.html#/staff')).toBe(false);
    expect(contents.navigate('will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(contents.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate('will-redirect', 'http://www.ameli.fr/')).toBe(true);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();

    expect(contents.navigate('will-navigate', 'https://www.ameli.fr/assure')).toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.ameli.fr/assure');
  });

  it('denies every new window, opening only allow-listed https links externally', async () => {
    const { app, electron } = await started();
    const contents = FakeBrowserWindow.instances[0]!.webContents;
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    expect(contents.windowOpenHandler!({ url: 'https://www.cnil.fr/fr/mots-de-passe' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.cnil.fr/fr/mots-de-passe');
  });

  it('refuses webviews', async () => {
    const { app } = await started();
    const contents = FakeBrowserWindow.instances[0]!.webContents;
    app.emit('web-contents-created', {}, contents);
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('denies every permission request and check (camera, notifications, USB…)', async () => {
    const { session } = await started();
    const answers: boolean[] = [];
    session.permissionRequest!({}, 'media', (granted: boolean) => answers.push(granted));
    session.permissionRequest!({}, 'notifications', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false, false]);
    expect(session.permissionCheck!({}, 'clipboard-read')).toBe(false);
    expect(session.devicePermission!({ deviceType: 'usb' })).toBe(false);
  });
});

describe('app:// protocol', () => {
  it('serves the renderer with the strict CSP on every answer', async () => {
    const { protocolHandlers } = await started();
    const serve = protocolHandlers.get('app')!;
    const page = await serve({ url: 'app://hygie/index.html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(page.headers.get('content-security-policy')).not.toMatch(/unsafe-eval|unsafe-inline/);
    expect(await page.text()).toContain('<title>Hygie</title>');
  });

  it('refuses path traversal, other hosts and files outside the renderer folder', async () => {
    const { protocolHandlers } = await started();
    const serve = protocolHandlers.get('app')!;
    for (const url of [
      'app://hygie/../secret.txt',
      'app://hygie/%2e%2e/secret.txt',
      'app://hygie/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://hygie/..%5csecret.txt',
      'app://other/index.html',
      'app://hygie/missing.js',
    ]) {
      const answer = await serve({ url });
      expect([403, 404], url).toContain(answer.status);
      expect(await answer.text(), url).not.toContain('outside the renderer folder');
    }
  });
});

describe('IPC', () => {
  it('registers one handler per contract call, every channel prefixed, and no other', async () => {
    const { ipcHandlers } = await started();
    expect([...ipcHandlers.keys()].sort()).toEqual(CALL_NAMES.map((name) => `${CHANNEL_PREFIX}${name}`).sort());
  });

  it('serves the top frame of app://hygie through the real router and store', async () => {
    const { ipcHandlers } = await started();
    const set = ipcHandlers.get('hygie:settings.set')!;
    const get = ipcHandlers.get('hygie:settings.get')!;
    await expect(set(invokeEvent('app://hygie/index.html'), { language: 'en' })).resolves.toEqual({
      ok: true,
      value: { language: 'en' },
    });
    await expect(get(invokeEvent('app://hygie/index.html#/settings'), undefined)).resolves.toEqual({
      ok: true,
      value: { language: 'en' },
    });
  });

  it('opens the encrypted store with its key in the OS keychain, under the configured service', async () => {
    const service = testKeychainService();
    const keychain = testSecrets(service);
    const { ipcHandlers, build, app } = await started({}, { HYGIE_KEYCHAIN_SERVICE: service });
    const status = ipcHandlers.get('hygie:store.status')!;
    await expect(status(invokeEvent('app://hygie/index.html'), undefined)).resolves.toEqual({
      ok: true,
      value: { state: 'ready', practiceConfigured: false, schemaVersion: SCHEMA_VERSION },
    });
    expect(await keychain.get('database-key')).toMatch(/^[0-9a-f]{64}$/u);
    expect(existsSync(join(build.dataDir, 'hygie.db'))).toBe(true);
    app.emit('will-quit'); // closes the database, so the WAL is folded back into the file
    expect(existsSync(join(build.dataDir, 'hygie.db-wal'))).toBe(false);
    await forgetTestSecrets();
  });

  it('on Windows keeps the database under %LOCALAPPDATA%\\Hygie and the preferences in the roaming %APPDATA%\\Hygie', async () => {
    const service = testKeychainService();
    testSecrets(service);
    const build = fakeBuild();
    const profile = join(build.root, 'Users', 'secretariat');
    const env = { APPDATA: join(profile, 'AppData', 'Roaming'), LOCALAPPDATA: join(profile, 'AppData', 'Local'), HYGIE_KEYCHAIN_SERVICE: service };
    const fake = createFakeElectron({ paths: { home: profile, userData: join(env.APPDATA, 'Hygie') } });
    const app = startApp(fake.electron as unknown as ElectronApi, { bundleDir: build.bundleDir, env, platform: 'win32' });
    fake.fireReady();
    await app.ready;
    const call = (name: string, input?: unknown) => fake.ipcHandlers.get(`${CHANNEL_PREFIX}${name}`)!(invokeEvent('app://hygie/index.html'), input) as Promise<Envelope<any>>;

    expect(await call('settings.set', { language: 'en' })).toMatchObject({ ok: true });
    expect(await call('store.status')).toMatchObject({ ok: true, value: { state: 'ready' } });
    expect(readdirSync(join(env.APPDATA, 'Hygie'))).toEqual(['preferences.json']);
    expect(existsSync(join(env.LOCALAPPDATA, 'Hygie', 'hygie.db'))).toBe(true);
    expect(await call('app.info')).toMatchObject({ ok: true, value: { dataDir: join(env.LOCALAPPDATA, 'Hygie') } });
    fake.app.emit('will-quit');
    await forgetTestSecrets();
  });

  it("opens a report's file and shows it in its folder through Electron's shell, at the path the store recorded", async () => {
    const service = testKeychainService();
    testSecrets(service);
    const { ipcHandlers, electron, app } = await started({}, { HYGIE_KEYCHAIN_SERVICE: service });
    const call = (name: string, input?: unknown) => ipcHandlers.get(`${CHANNEL_PREFIX}${name}`)!(invokeEvent('app://hygie/index.html'), input) as Promise<Envelope<any>>;
    expect(await call('practice.save', PRACTICE)).toMatchObject({ ok: true });
    const generated = await call('reports.generate', { language: 'fr' });
    expect(generated).toMatchObject({ ok: true });
    const record = generated.ok ? (generated.value as ReportRecord) : undefined;
    const pdf = record!.files.find((file) => file.format === 'pdf')!.path;

    expect(await call('reports.open', { reportId: record!.id, format: 'pdf' })).toEqual({ ok: true, value: { opened: true } });
    expect(electron.shell.openPath).toHaveBeenCalledWith(pdf);
    expect(await call('reports.reveal', { reportId: record!.id })).toEqual({ ok: true, value: { revealed: true } });
    expect(electron.shell.showItemInFolder).toHaveBeenCalledWith(pdf);
    // Never a path from the page: a path where an id is expected is simply an unknown report.
    expect(await call('reports.open', { reportId: '/etc/passwd', format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'report-not-found' } });
    expect(electron.shell.openPath).toHaveBeenCalledTimes(1);
    app.emit('will-quit');
    await forgetTestSecrets();
  });

  it("separates exported CSV files as the OS's regional format does, not the interface language (issue 14)", async () => {
    const service = testKeychainService();
    testSecrets(service);
    const header = async (fake: { systemLocale: string; countryCode: string }) => {
      const { ipcHandlers, app } = await started(fake, { HYGIE_KEYCHAIN_SERVICE: service });
      const call = (name: string, input?: unknown) => ipcHandlers.get(`${CHANNEL_PREFIX}${name}`)!(invokeEvent('app://hygie/index.html'), input) as Promise<Envelope<any>>;
      const exported = await call('staff.exportCsv', { language: 'en' });
      app.emit('will-quit');
      expect(exported, JSON.stringify(exported)).toMatchObject({ ok: true });
      return (exported.ok ? (exported.value as { content: string }).content : '').split('\r\n')[0];
    };
    expect(await header({ systemLocale: 'fr-FR', countryCode: 'FR' })).toBe('\uFEFFLast name;First name;E-mail;Role;Services');
    // A system locale without its region (Linux "fr"): the country the OS reports completes it.
    expect(await header({ systemLocale: 'en', countryCode: 'BE' })).toBe('\uFEFFLast name;First name;E-mail;Role;Services');
    expect(await header({ systemLocale: 'en-GB', countryCode: 'GB' })).toBe('\uFEFFLast name,First name,E-mail,Role,Services');
    await forgetTestSecrets();
  });

  it('refuses subframes, other origins and unknown senders', async () => {
    const { ipcHandlers } = await started();
    const get = ipcHandlers.get('hygie:settings.get')!;
    for (const event of [
      invokeEvent('app://hygie/index.html', { topFrame: false }),
      invokeEvent('https://evil.example/'),
      invokeEvent('file:///work/out/renderer/index.html'),
      invokeEvent('app://other/index.html'),
      { senderFrame: null },
    ]) {
      const answer = (await get(event, undefined)) as { ok: boolean; error?: { code: string } };
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
  });

  it('validates input with the contract before anything runs', async () => {
    const { ipcHandlers } = await started();
    const set = ipcHandlers.get('hygie:settings.set')!;
    await expect(set(invokeEvent('app://hygie/index.html'), { language: '<script>' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('forwards job progress to the window', async () => {
    const { result, window } = await started();
    const event = { type: 'progress', jobId: 'j1', kind: 'breach-check', done: 2, total: 5 } as const;
    result!.router.emitJobEvent(event);
    expect(window.webContents.sent).toEqual([[JOB_EVENT_CHANNEL, event]]);
    window.webContents.destroyed = true;
    result!.router.emitJobEvent(event);
    expect(window.webContents.sent).toHaveLength(1);
  });
});

describe('starting with the computer, in the background (issue 20)', () => {
  it('turns the login item on and off from Settings through the real router, off by default, and opens minimised when it starts Hygie', async () => {
    const service = testKeychainService();
    testSecrets(service);
    const { ipcHandlers, app, window } = await started({}, { HYGIE_KEYCHAIN_SERVICE: service }, { platform: 'win32', argv: ['Hygie.exe', '--hidden'] });
    window.emit('ready-to-show');
    expect(window).toMatchObject({ shown: true, minimized: true, focused: 0 });
    const call = (name: string, input?: unknown) => ipcHandlers.get(`${CHANNEL_PREFIX}${name}`)!(invokeEvent('app://hygie/index.html'), input) as Promise<Envelope<any>>;
    expect(await call('watch.status')).toMatchObject({ ok: true, value: { startAtLogin: false } });
    expect(await call('watch.setSettings', { startAtLogin: true })).toMatchObject({ ok: true, value: { startAtLogin: true } });
    expect(app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: true, args: ['--hidden'] });
    expect(await call('watch.setSettings', { startAtLogin: false })).toMatchObject({ ok: true, value: { startAtLogin: false } });
    // A second launch brings the minimised window forward.
    app.emit('second-instance');
    expect(window).toMatchObject({ minimized: false, focused: 1 });
    app.emit('will-quit');
    await forgetTestSecrets();
  });

  it('offers no login item on Linux, and opens the window normally', async () => {
    const { ipcHandlers, app, window } = await started();
    window.emit('ready-to-show');
    expect(window).toMatchObject({ shown: true, minimized: false });
    const status = (await ipcHandlers.get(`${CHANNEL_PREFIX}watch.status`)!(invokeEvent('app://hygie/index.html'), undefined)) as Envelope<any>;
    expect(status).toMatchObject({ ok: true, value: { startAtLogin: null } });
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
    app.emit('will-quit');
  });
});
