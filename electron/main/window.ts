import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './app-protocol.ts';

export function mainWindowOptions(preloadPath: string, allowDevTools: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Hygie',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
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
      devTools: allowDevTools,
    },
  };
}

type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export function createMainWindow(
  BrowserWindowClass: WindowConstructor,
  preloadPath: string,
  allowDevTools: boolean,
  /** Started with the computer: the window opens minimised, in the background, without taking focus. */
  background = false,
): BrowserWindow {
  const window = new BrowserWindowClass(mainWindowOptions(preloadPath, allowDevTools));
  window.once('ready-to-show', () => {
    if (!background) {
      window.show();
      return;
    }
    window.showInactive();
    window.minimize();
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
