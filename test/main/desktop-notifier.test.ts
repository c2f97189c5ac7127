import { describe, expect, it } from 'vitest';
import type * as Electron from 'electron';
import { electronLoginItem, HIDDEN_START_ARG, startedAtLogin } from '../../electron/main/login-item.ts';
import { electronNotifier } from '../../electron/main/desktop-notifier.ts';
import { createMainWindow } from '../../electron/main/window.ts';
import { createFakeElectron, FakeBrowserWindow, FakeNotification } from '../support/fake-electron.ts';

// The main process's part of "telling people" (issue 20, item 4), with Electron's objects faked:
// a desktop notification shown by Electron's Notification that brings the window back when
// clicked, and the login item that starts Hygie with the computer, minimised, off by default.

type Notifier = Parameters<typeof electronNotifier>[0];

describe('desktop notifications', () => {
  it('shows the core’s notice with Electron’s Notification; a click restores and focuses the window', () => {
    const { electron } = createFakeElectron();
    const window = new FakeBrowserWindow({});
    window.minimized = true;
    const notify = electronNotifier(electron.Notification as unknown as Notifier, () => window as unknown as Electron.BrowserWindow);
    notify({ title: 'Hygie : une vérification a trouvé du nouveau', body: '1 adresse du cabinet figure dans une nouvelle fuite.' });
    expect(FakeNotification.instances).toHaveLength(1);
    const [shown] = FakeNotification.instances;
    expect(shown!.options).toEqual({ title: 'Hygie : une vérification a trouvé du nouveau', body: '1 adresse du cabinet figure dans une nouvelle fuite.' });
    expect(shown!.shown).toBe(true);
    shown!.emit('click');
    expect(window.minimized).toBe(false);
    expect(window.shown).toBe(true);
    expect(window.focused).toBe(1);
  });

  it('shows nothing where the system has no notifications, and survives a click with no window', () => {
    const { electron } = createFakeElectron();
    FakeNotification.supported = false;
    electronNotifier(electron.Notification as unknown as Notifier, () => undefined)({ title: 't', body: 'b' });
    expect(FakeNotification.instances).toHaveLength(0);
    FakeNotification.supported = true;
    electronNotifier(electron.Notification as unknown as Notifier, () => undefined)({ title: 't', body: 'b' });
    expect(() => FakeNotification.instances[0]!.emit('click')).not.toThrow();
  });
});

describe('starting with the computer', () => {
  it('is off by default, and turns on and off with --hidden on Windows', () => {
    const { app } = createFakeElectron();
    const item = electronLoginItem(app as unknown as Electron.App, 'win32')!;
    expect(item.enabled()).toBe(false);
    item.setEnabled(true);
    expect(app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: true, args: [HIDDEN_START_ARG] });
    expect(app.getLoginItemSettings).toHaveBeenLastCalledWith({ args: [HIDDEN_START_ARG] });
    expect(item.enabled()).toBe(true);
    item.setEnabled(false);
    expect(item.enabled()).toBe(false);
  });

  it('is not offered where Electron has no login items (Linux)', () => {
    const { app } = createFakeElectron();
    expect(electronLoginItem(app as unknown as Electron.App, 'linux')).toBeUndefined();
    expect(electronLoginItem(app as unknown as Electron.App, 'darwin')).toBeDefined();
  });

  it('knows a start by the login item: --hidden on Windows, what macOS says; never otherwise', () => {
    const plain = createFakeElectron().app as unknown as Electron.App;
    const atLogin = createFakeElectron({ openedAtLogin: true }).app as unknown as Electron.App;
    expect(startedAtLogin(plain, 'win32', ['Hygie.exe', HIDDEN_START_ARG])).toBe(true);
    expect(startedAtLogin(plain, 'win32', ['Hygie.exe'])).toBe(false);
    expect(startedAtLogin(atLogin, 'darwin', [])).toBe(true);
    expect(startedAtLogin(plain, 'darwin', [])).toBe(false);
    expect(startedAtLogin(atLogin, 'linux', [HIDDEN_START_ARG])).toBe(false);
  });

  it('opens the window minimised, without taking the focus, when started in the background', () => {
    const background = createMainWindow(FakeBrowserWindow as never, '/preload.cjs', false, true) as unknown as FakeBrowserWindow;
    background.emit('ready-to-show');
    expect(background).toMatchObject({ shown: true, minimized: true, focused: 0 });
    const normal = createMainWindow(FakeBrowserWindow as never, '/preload.cjs', false) as unknown as FakeBrowserWindow;
    normal.emit('ready-to-show');
    expect(normal).toMatchObject({ shown: true, minimized: false });
  });
});
