import { userInfo } from 'node:os';
import { join } from 'node:path';
import type * as Electron from 'electron';
import { createCore } from '../core/api/core.ts';
import type { Router } from '../core/api/router.ts';
import { dataFolders } from '../core/data-dir.ts';
import type { Language } from '../core/model/schemas/preferences.ts';
import { PreferencesFile } from '../core/settings/preferences-file.ts';
import { regionalLocale } from '../core/roster/csv-delimiter.ts';
import { KeytarSecretStore, keychainServiceFrom } from '../core/store/keytar-secret-store.ts';
import { StoreHost } from '../core/store/store-host.ts';
import { registerAppScheme, serveAppProtocol } from './app-protocol.ts';
import { electronFileDialogs } from './file-dialogs.ts';
import { guardSession, guardWebContents } from './guards.ts';
import { forwardJobEvents, registerIpc } from './ipc.ts';
import { menuLanguage, menuTemplate } from './menu.ts';
import { electronSecretClipboard } from './secret-clipboard.ts';
import { createMainWindow } from './window.ts';
import { electronNotifier } from './desktop-notifier.ts';
import { electronLoginItem, startedAtLogin } from './login-item.ts';
import { electronReportProcess } from './report-process.ts';

export type ElectronApi = Pick<
  typeof Electron,
  'app' | 'BrowserWindow' | 'dialog' | 'ipcMain' | 'Menu' | 'protocol' | 'session' | 'shell' | 'clipboard' | 'ClipboardItem' | 'Notification' | 'utilityProcess'
>;

export interface StartOptions {
  /** Folder of the built main bundle: the preload and the renderer sit beside it. */
  bundleDir: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** The command line (a start by the login item carries --hidden on Windows); default none. */
  argv?: readonly string[];
}

export interface StartedApp {
  ready: Promise<{ router: Router; window: Electron.BrowserWindow } | undefined>;
}

/**
 * Wire the desktop app. Takes the Electron module as a parameter so tests can drive it with
 * fakes on machines that have no Electron binary.
 */
export function startApp(electron: ElectronApi, options: StartOptions): StartedApp {
  const { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, clipboard, ClipboardItem, Notification, utilityProcess } = electron;

  // One Hygie per session: a second launch focuses the first window instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { ready: Promise.resolve(undefined) };
  }

  app.enableSandbox(); // every renderer sandboxed, not only the windows we create
  registerAppScheme(protocol); // before 'ready', as Electron requires
  const allowDevTools = !app.isPackaged;
  let mainWindow: Electron.BrowserWindow | undefined;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, shell));
  app.on('window-all-closed', () => app.quit());

  // The menu speaks the interface's language: built at start from the saved preference, and again
  // whenever settings.set changes it.
  const setMenu = (saved: Language | null): void => {
    const language = menuLanguage(saved, app.getLocale());
    const template = menuTemplate({ platform: options.platform, allowDevTools, language, appName: app.getName() });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const loginItem = electronLoginItem(app, options.platform);
  const ready = app.whenReady().then(async () => {
    // Windows: the database under %LOCALAPPDATA%, the preferences roaming (see core/data-dir.ts).
    const { dataDir, preferencesDir, legacyDataDir } = dataFolders({
      platform: options.platform,
      env: options.env,
      home: app.getPath('home'),
      userData: app.getPath('userData'),
    });
    // The encrypted store opens on the renderer's first request, so that a missing keychain is
    // explained in the window (in the user's language) rather than in a bare dialog.
    const store = new StoreHost({
      dataDir,
      legacyDataDir,
      secrets: new KeytarSecretStore(keychainServiceFrom(options.env)),
      actor: `app:${safeUserName()}`,
    });
    // Jobs and the window's progress bar go through this core; see core/api/core.ts.
    const core = createCore({
      dataDir,
      preferencesDir,
      store,
      // The Reports page's Open and Show in folder: paths come from the store, never the page.
      desktop: { openPath: (path) => shell.openPath(path), showItemInFolder: (path) => shell.showItemInFolder(path) },
      // A copied passphrase: kept out of clipboard history and sync, erased later (secret-clipboard.ts).
      clipboard: electronSecretClipboard(clipboard, ClipboardItem, options.platform),
      onPreferencesChanged: (preferences) => setMenu(preferences.language),
      // The regional format's locale (Windows: the user's "Regional format"), which Excel's CSV separator follows.
      systemLocale: regionalLocale(app.getSystemLocale(), app.getLocaleCountryCode()),
      // The recovery kit's save dialog and the restore's open dialog: the path the user picks goes
      // from the dialog to core, never through the page.
      dialogs: electronFileDialogs(dialog, () => mainWindow, () => app.getPath('documents')),
      // What a re-check found, or a new breach, told while the window is elsewhere (desktop-notifier.ts).
      notify: electronNotifier(Notification, () => mainWindow),
      // "Start with the computer, in the background", where the system has login items (login-item.ts).
      ...(loginItem ? { loginItem } : {}),
      // A report is built and rendered in a utility process of its own, its memory given back when it ends.
      reportProcess: electronReportProcess(utilityProcess),
      appInfo: {
        name: app.getName(),
        version: app.getVersion(),
        shell: 'electron',
        platform: options.platform,
        versions: {
          electron: process.versions.electron ?? 'unknown',
          chrome: process.versions.chrome ?? 'unknown',
          node: process.versions.node,
        },
      },
    });
    const router = core.router;
    // The daily look for new breaches and due re-checks, while Hygie is open (core/api/breach-watcher.ts).
    core.watcher.start();
    // A secret copied from Hygie and still on the clipboard is erased before quitting.
    // Running jobs stop without being marked: they stay 'running' and resume at the next start.
    app.on('will-quit', (event) => {
      if (core.secretCopier.pending) {
        event.preventDefault();
        void core.secretCopier.flush().finally(() => app.quit());
        return;
      }
      core.watcher.stop();
      void core.jobs.close();
      store.close();
    });
    guardSession(session.defaultSession);
    serveAppProtocol(protocol, join(options.bundleDir, '..', 'renderer'));
    registerIpc(ipcMain, router);
    setMenu((await new PreferencesFile(preferencesDir).read().catch(() => ({ language: null }))).language);
    const background = startedAtLogin(app, options.platform, options.argv ?? []);
    mainWindow = createMainWindow(BrowserWindow, join(options.bundleDir, '..', 'preload', 'index.cjs'), allowDevTools, background);
    const window = mainWindow;
    window.on('closed', () => (mainWindow = undefined));
    forwardJobEvents(router, () => mainWindow?.webContents);
    return { router, window };
  });
  return { ready };
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
