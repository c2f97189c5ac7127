import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';

// Stand-ins for the Electron objects the main process uses, recording what it does with them.
// Only the Electron boundary is faked: everything behind it (router, files) is real.
// Plain enough for Node's own TypeScript stripping: test/support/built-app runs the built main
// bundle in a child Node process with `require('electron')` answered by this file.

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
  readonly options: Record<string, any>;
  constructor(options: Record<string, any>) {
    super();
    this.options = options;
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
    this.minimized = false;
  }
  /** Shown without taking the focus (a start in the background). */
  showInactive(): void {
    this.shown = true;
  }
  minimize(): void {
    this.minimized = true;
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
  close(): void {
    if (this.webContents.destroyed) return;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

/** Electron's Notification: every one created, what it said, whether it was shown; a click is emit('click'). */
export class FakeNotification extends EventEmitter {
  static instances: FakeNotification[] = [];
  static supported = true;
  static isSupported(): boolean {
    return FakeNotification.supported;
  }
  readonly options: { title?: string; body?: string };
  shown = false;
  constructor(options: { title?: string; body?: string }) {
    super();
    this.options = options;
    FakeNotification.instances.push(this);
  }
  show(): void {
    this.shown = true;
  }
}

/** What the fake save and open dialogs answer, as Electron's would; tests change them before a call. */
export interface FakeDialogAnswers {
  save: { canceled: boolean; filePath: string };
  open: { canceled: boolean; filePaths: string[] };
}

/** Electron's ClipboardItem: MIME type → payload, as clipboard.write() takes them. */
export class FakeClipboardItem {
  readonly items: Record<string, unknown>;
  constructor(items: Record<string, unknown>) {
    this.items = items;
  }
  get types(): string[] {
    return Object.keys(this.items);
  }
}

/** The system clipboard: what was written last (every item, every format), as text for readText. */
export function createFakeClipboard() {
  const clipboard = {
    /** Each write(), in order: the items it carried. */
    writes: [] as FakeClipboardItem[][],
    text: '',
    write: vi.fn(async (items: FakeClipboardItem[]) => {
      clipboard.writes.push(items);
      const text = items[0]?.items['text/plain'];
      clipboard.text = typeof text === 'string' ? text : '';
    }),
    writeText: vi.fn(async (text: string) => {
      clipboard.text = text;
    }),
    readText: vi.fn(async () => clipboard.text),
    clear: vi.fn(() => {
      clipboard.text = '';
    }),
  };
  return clipboard;
}

/**
 * Electron's utilityProcess.fork, made with Node's child_process.fork: the same events ('spawn',
 * 'message' with the data, 'exit' with a code), postMessage and kill, and in the child a
 * process.parentPort as Electron's (utility-process-child.cjs). Messages are structured clones.
 */
export class FakeUtilityProcess extends EventEmitter {
  static readonly CHILD_HOOK = fileURLToPath(new URL('./utility-process-child.cjs', import.meta.url));
  readonly #child: ReturnType<typeof fork>;
  pid: number | undefined;
  /** As Electron's: the child's output when stdio is 'pipe', null otherwise. */
  stdout: NodeJS.ReadableStream | null;
  stderr: NodeJS.ReadableStream | null;
  constructor(modulePath: string, args: string[] = [], options: { execArgv?: string[]; env?: NodeJS.ProcessEnv; cwd?: string; stdio?: string; serviceName?: string } = {}) {
    super();
    const stdio = options.stdio === 'pipe' || options.stdio === 'ignore' ? options.stdio : 'inherit';
    this.#child = fork(modulePath, args, {
      serialization: 'advanced',
      // As Electron's: none of this process's own flags (the stand-in's --import) go with it.
      execArgv: [...(options.execArgv ?? []), '--require', FakeUtilityProcess.CHILD_HOOK],
      stdio: ['ignore', stdio, stdio, 'ipc'],
      ...(options.env ? { env: options.env } : {}),
      ...(options.cwd ? { cwd: options.cwd } : {}),
    });
    this.pid = this.#child.pid;
    this.stdout = this.#child.stdout;
    this.stderr = this.#child.stderr;
    this.#child.on('spawn', () => this.emit('spawn'));
    this.#child.on('message', (message) => this.emit('message', message));
    this.#child.on('exit', (code, signal) => {
      this.pid = undefined;
      // Electron reports a code only; a process a signal ended gets the shell's 128 + signal number.
      this.emit('exit', code ?? (signal ? 128 + (signalNumbers[signal] ?? 0) : 1));
    });
  }
  postMessage(message: unknown): void {
    if (this.#child.connected) this.#child.send(message as never);
  }
  kill(): boolean {
    return this.#child.kill();
  }
}
const signalNumbers: Partial<Record<NodeJS.Signals, number>> = { SIGKILL: 9, SIGTERM: 15, SIGABRT: 6, SIGSEGV: 11 };

export function createFakeElectron(
  options: {
    singleInstance?: boolean;
    isPackaged?: boolean;
    userData?: string;
    locale?: string;
    /** app.getPath by name (home, userData…). */
    paths?: Record<string, string>;
    /** What app.getSystemLocale() and app.getLocaleCountryCode() answer (the OS's regional format). */
    systemLocale?: string;
    countryCode?: string;
    /** app.getPath("documents"): where the save and open dialogs start. */
    documents?: string;
    /** macOS: what app.getLoginItemSettings() says of this start (opened by the login item). */
    openedAtLogin?: boolean;
  } = {},
) {
  let resolveReady!: () => void;
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));
  const calls: string[] = [];
  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged ?? false,
    requestSingleInstanceLock: vi.fn(() => options.singleInstance ?? true),
    // As Electron's: close every window, then will-quit and quit (no window-all-closed then).
    // will-quit's preventDefault() stops the quit, as in Electron; app.quit() starts it again.
    quit: vi.fn(() => {
      calls.push('quit');
      app.emit('before-quit', { preventDefault: () => {} });
      for (const window of FakeBrowserWindow.instances) window.close();
      let prevented = false;
      app.emit('will-quit', { preventDefault: () => (prevented = true) });
      if (!prevented) app.emit('quit', { preventDefault: () => {} }, 0);
    }),
    enableSandbox: vi.fn(() => calls.push('enableSandbox')),
    whenReady: vi.fn(() => readyPromise),
    getPath: vi.fn((name: string) => options.paths?.[name] ?? (name === 'documents' ? (options.documents ?? '/tmp/hygie-fake-documents') : (options.userData ?? '/tmp/hygie-fake-user-data'))),
    getName: () => 'Hygie',
    getVersion: () => '0.1.0',
    /** Chromium's UI locale, which the page's navigator.languages follows. */
    getLocale: () => options.locale ?? 'fr-FR',
    getSystemLocale: vi.fn(() => options.systemLocale ?? 'en-US'),
    getLocaleCountryCode: vi.fn(() => options.countryCode ?? 'US'),
    /** The login item as the system keeps it: off until setLoginItemSettings turns it on. */
    loginItem: { openAtLogin: false, args: [] as string[] },
    getLoginItemSettings: vi.fn((_options?: { args?: string[] }) => ({ openAtLogin: app.loginItem.openAtLogin, wasOpenedAtLogin: options.openedAtLogin ?? false })),
    setLoginItemSettings: vi.fn((settings: { openAtLogin?: boolean; args?: string[] }) => {
      app.loginItem = { openAtLogin: settings.openAtLogin ?? false, args: settings.args ?? [] };
    }),
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
  FakeNotification.instances = [];
  FakeNotification.supported = true;
  /** Every template handed to Menu.setApplicationMenu, in order. */
  const applicationMenus: unknown[][] = [];
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
      setApplicationMenu: vi.fn((menu: { template: unknown[] } | null) => {
        if (menu) applicationMenus.push(menu.template);
      }),
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
    clipboard: createFakeClipboard(),
    ClipboardItem: FakeClipboardItem,
    Notification: FakeNotification,
    utilityProcess: {
      fork: vi.fn((modulePath: string, args?: string[], forkOptions?: ConstructorParameters<typeof FakeUtilityProcess>[2]) => new FakeUtilityProcess(modulePath, args, forkOptions)),
    },
  };
  return {
    electron,
    app,
    session,
    ipcHandlers,
    protocolHandlers,
    applicationMenus,
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
