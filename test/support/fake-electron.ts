import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

// Stand-ins for the Electron objects the main process uses, recording what it does with them.
// Only the Electron boundary is faked: everything behind it (router, files) is real.

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  sent: Array<[string, unknown]> = [];
  destroyed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Emit a navigation-like event and tell whether the page's navigation was prevented. */
  navigate(eventName: 'will-navigate' | 'will-redirect', url: string): boolean {
    let prevented = false;
    this.emit(eventName, { url, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  shown = false;
  focused = 0;
  minimized = false;
  constructor(readonly options: Record<string, any>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {
    this.focused += 1;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
}

/** What the fake save and open dialogs answer, as Electron's would; tests change them before a call. */
export interface FakeDialogAnswers {
  save: { canceled: boolean; filePath: string };
  open: { canceled: boolean; filePaths: string[] };
}

export function createFakeElectron(
  options: { singleInstance?: boolean; isPackaged?: boolean; userData?: string; documents?: string } = {},
) {
  let resolveReady!: () => void;
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));
  const calls: string[] = [];
  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged ?? false,
    requestSingleInstanceLock: vi.fn(() => options.singleInstance ?? true),
    quit: vi.fn(),
    enableSandbox: vi.fn(() => calls.push('enableSandbox')),
    whenReady: vi.fn(() => readyPromise),
    getPath: vi.fn((name: string) => (name === 'documents' ? (options.documents ?? '/tmp/hygie-fake-documents') : (options.userData ?? '/tmp/hygie-fake-user-data'))),
    getName: () => 'Hygie',
    getVersion: () => '0.1.0',
  });
  const ipcHandlers = new Map<string, (event: unknown, input: unknown) => unknown>();
  const protocolHandlers = new Map<string, (request: { url: string }) => Promise<Response>>();
  const session = {
    permissionRequest: undefined as undefined | ((...args: any[]) => void),
    permissionCheck: undefined as undefined | ((...args: any[]) => boolean),
    devicePermission: undefined as undefined | ((...args: any[]) => boolean),
    setPermissionRequestHandler(handler: (...args: any[]) => void) {
      this.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler: (...args: any[]) => boolean) {
      this.permissionCheck = handler;
    },
    setDevicePermissionHandler(handler: (...args: any[]) => boolean) {
      this.devicePermission = handler;
    },
  };
  FakeBrowserWindow.instances = [];
  // Cancel, until a test says which file the user picks.
  const dialogAnswers: FakeDialogAnswers = { save: { canceled: true, filePath: '' }, open: { canceled: true, filePaths: [] } };
  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: vi.fn((channel: string, handler: (event: unknown, input: unknown) => unknown) => {
        ipcHandlers.set(channel, handler);
      }),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn((scheme: string, handler: (request: { url: string }) => Promise<Response>) => {
        protocolHandlers.set(scheme, handler);
      }),
    },
    session: { defaultSession: session },
    dialog: {
      /** Electron's signatures: (window, options) or (options). */
      showSaveDialog: vi.fn((..._args: unknown[]) => Promise.resolve({ ...dialogAnswers.save })),
      showOpenDialog: vi.fn((..._args: unknown[]) => Promise.resolve({ ...dialogAnswers.open, filePaths: [...dialogAnswers.open.filePaths] })),
    },
    shell: {
      openExternal: vi.fn(() => Promise.resolve()),
      /** Electron's: '' once the file is handed to its application. */
      openPath: vi.fn((_path: string) => Promise.resolve('')),
      showItemInFolder: vi.fn((_path: string) => {}),
    },
  };
  return {
    electron,
    app,
    session,
    ipcHandlers,
    protocolHandlers,
    dialogAnswers,
    calls,
    fireReady: () => {
      calls.push('ready');
      resolveReady();
    },
  };
}

/** What ipcMain hands a handler: the frame that sent the call. */
export function invokeEvent(url: string, { topFrame = true } = {}) {
  return { senderFrame: { url, parent: topFrame ? null : { url: 'app://hygie/index.html' } } };
}
