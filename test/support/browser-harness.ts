import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHANNEL_PREFIX, isCallName, JOB_EVENT_CHANNEL } from '../../electron/core/api/channels.ts';
import { fail } from '../../electron/core/model/envelope.ts';
import { createCore, type CoreOptions } from '../../electron/core/api/core.ts';
import type { JobEvent } from '../../electron/core/model/job-event.ts';
import type { Router } from '../../electron/core/api/router.ts';
import type { JobRunner } from '../../electron/core/jobs/job-runner.ts';
import type { BreachWatcher } from '../../electron/core/api/breach-watcher.ts';
import { KeytarSecretStore, loadKeytar } from '../../electron/core/store/keytar-secret-store.ts';
import type { MtaStsFetchOptions } from '../../electron/core/mfa/mta-sts-policy.ts';
import { SECRET_NAMES, type SecretStore } from '../../electron/core/store/secret-store.ts';
import { StoreHost } from '../../electron/core/store/store-host.ts';
import { credentialManagerKeytar, testKeychainService } from './keychain.ts';
import { recordingDesktop, type RecordingDesktop } from './recording-desktop.ts';
import { recordingClipboard, type RecordingClipboard } from './recording-clipboard.ts';
import { recordingDialogs, type RecordingDialogs } from './recording-dialogs.ts';
import { startRendererServer } from './renderer-server.ts';
import { assertNoKeychainSecretsIn, RememberingSecretStore } from './secret-scan.ts';

// End-to-end harness (docs/architecture.md, "Building and testing without the Electron binary"):
// Debian's Chromium loads the built renderer; an init script installs window.hygie with the
// preload's own buildBridge(); its IPC crosses page.exposeBinding into the real router.

export const ROOT = resolve(import.meta.dirname, '../..');
export const RENDERER_DIR = join(ROOT, 'out/renderer');
export const ARTEFACTS_DIR = join(ROOT, 'test-artefacts');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu',
  '--no-first-run',
];

/** Debian's Chromium; HYGIE_CHROMIUM_PATH points elsewhere on a developer's Mac or PC. */
export function chromiumPath(): string {
  return process.env.HYGIE_CHROMIUM_PATH || '/usr/bin/chromium';
}

let bridgeSource: Promise<string> | undefined;

/** The preload's bridge builder, bundled for the page (the preload bundles the same file). */
function bundledBridge(): Promise<string> {
  bridgeSource ??= build({
    entryPoints: [join(ROOT, 'electron/preload/bridge.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'HygiePreloadBridge',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return bridgeSource;
}

export interface OpenOptions {
  locale: string;
  /** Reuse a data folder (a restart); default: a fresh temporary one. */
  dataDir?: string;
  /** The keychain service holding this session's secrets; reuse it with dataDir for a restart. */
  keychainService?: string;
  /** Replace the real keychain (e.g. by one that is unreachable). */
  secrets?: SecretStore;
  /** Tuning of the core (e.g. the breach job's timeouts). */
  core?: CoreOptions;
  /** The system app.info reports (default: this machine's), e.g. 'darwin' to see the Mac's ⌘C. */
  platform?: NodeJS.Platform;
  /** The MTA-STS policy host's port and CA (a loopback HTTPS server, test/support/fake-mta-sts.ts). */
  mtaSts?: MtaStsFetchOptions;
}

export { testKeychainService, UnreachableKeychain } from './keychain.ts';
export type { RecordingDesktop } from './recording-desktop.ts';
export type { RecordingClipboard } from './recording-clipboard.ts';
export type { RecordingDialogs } from './recording-dialogs.ts';

export interface HygieSession {
  page: Page;
  context: BrowserContext;
  router: Router;
  jobs: JobRunner;
  /** The daily breach watch: never on a timer here; tests call runNow(). */
  watcher: BreachWatcher;
  store: StoreHost;
  dataDir: string;
  keychainService: string;
  url: string;
  consoleErrors: string[];
  /** What the page asked the desktop to do (reports.open / reports.reveal), in order: file paths. */
  desktop: RecordingDesktop;
  /** The secrets the page copied through clipboard.copySecret, and what the clipboard holds now. */
  clipboard: RecordingClipboard;
  /** The system's save and open dialogs: set the path the next one "picks" (null: Cancel). */
  dialogs: RecordingDialogs;
  /** The calls the page made, in order, by name (e.g. 'breach.results'): to count what a page asks. */
  calls: string[];
  /** Push a job event the way the main process does. */
  emitJobEvent(event: JobEvent): void;
  close(): Promise<void>;
}

export interface Harness {
  browser: Browser;
  open(options: OpenOptions): Promise<HygieSession>;
  close(): Promise<void>;
}

/** `rendererDir`: another copy of the built renderer to serve (the benchmark adds a blank page to one). */
export async function startHarness(options: { rendererDir?: string } = {}): Promise<Harness> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const server = await startRendererServer(options.rendererDir ?? RENDERER_DIR);
  const ownedDirs: string[] = [];
  const keychainServices = new Set<string>();
  const openSessions = new Set<() => Promise<void>>();

  async function open({ locale, dataDir, keychainService, secrets, core: coreOptions, platform, mtaSts }: OpenOptions): Promise<HygieSession> {
    const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'hygie-e2e-'));
    if (!dataDir) ownedDirs.push(dir);
    const service = keychainService ?? testKeychainService();
    // Emptied at the end; a session given its own secret store never touches the keychain.
    if (!secrets) keychainServices.add(service);
    // The real OS keychain (gnome-keyring in CI), under this test's own service name; every secret
    // it sees is remembered for the scan at close, even one deleted or replaced since.
    // Behind Windows Credential Manager's 2,560-byte limit, as every test's keychain.
    const keychain = new RememberingSecretStore(secrets ?? new KeytarSecretStore(service, { keytar: async () => credentialManagerKeytar(await loadKeytar()) }));
    const store = new StoreHost({ dataDir: dir, secrets: keychain, actor: 'e2e:tester' });
    const desktop = recordingDesktop();
    const clipboard = recordingClipboard();
    const dialogs = recordingDialogs();
    const { router, jobs, watcher } = createCore(
      {
        dataDir: dir,
        store,
        desktop,
        clipboard,
        ...(mtaSts ? { mtaSts } : {}),
        dialogs,
        appInfo: {
          name: 'Hygie',
          version: '0.1.0',
          shell: 'browser-harness',
          platform: platform ?? process.platform,
          versions: { chrome: browser.version(), node: process.versions.node },
        },
      },
      { error: () => {} },
      coreOptions,
    );
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 820 } });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    const calls: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    // Chromium does not log every refusal of the CSP to the console (an eval, e.g. a library's
    // `new Function` probe, is only reported as an event): say each one there, so that a test's
    // "no console error" also means "the strict CSP held".
    await page.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (event) => {
        console.error('CSP violation: ' + event.violatedDirective + ' ' + (event.blockedURI || '') + ' (' + (event.sourceFile || '?') + ':' + event.lineNumber + ')');
      });`,
    });

    // The main side of the bridge: the same checks as electron/main/ipc.ts (top frame, known channel).
    await page.exposeBinding('__hygieIpcInvoke', async (source, channel: unknown, input: unknown) => {
      if (source.frame !== page.mainFrame()) return fail('forbidden-sender');
      const name = typeof channel === 'string' && channel.startsWith(CHANNEL_PREFIX) ? channel.slice(CHANNEL_PREFIX.length) : '';
      if (!isCallName(name)) return fail('unknown-call');
      calls.push(name);
      return router.call(name, input);
    });
    await page.addInitScript({
      content: `${await bundledBridge()}
        (() => {
          const listeners = new Map();
          const ipc = {
            invoke: (channel, input) => window.__hygieIpcInvoke(channel, input),
            on: (channel, listener) => { if (!listeners.has(channel)) listeners.set(channel, new Set()); listeners.get(channel).add(listener); },
            removeListener: (channel, listener) => { listeners.get(channel)?.delete(listener); },
          };
          Object.defineProperty(window, '__hygieDeliver', {
            value: (channel, payload) => { for (const l of listeners.get(channel) ?? []) l({}, payload); },
          });
          Object.defineProperty(window, 'hygie', {
            value: HygiePreloadBridge.buildBridge(ipc), writable: false, configurable: false, enumerable: true,
          });
        })();`,
    });
    const stopForwarding = router.onJobEvent((event) => {
      void page.evaluate(([channel, payload]) => (window as any).__hygieDeliver(channel, payload), [JOB_EVENT_CHANNEL, event] as const);
    });
    await page.goto(server.url);
    let closing: Promise<void> | undefined;
    const closeSession = () =>
      (closing ??= (async () => {
        openSessions.delete(closeSession);
        stopForwarding();
        await context.close();
        await jobs.close();
        store.close();
        // Every e2e data folder is checked for the keychain's secrets in clear before it goes.
        await assertNoKeychainSecretsIn(dir, keychain);
      })());
    openSessions.add(closeSession);
    return {
      page,
      context,
      router,
      jobs,
      watcher,
      store,
      dataDir: dir,
      keychainService: service,
      url: server.url,
      consoleErrors,
      desktop,
      clipboard,
      dialogs,
      calls,
      emitJobEvent: (event) => router.emitJobEvent(event),
      close: closeSession,
    };
  }

  return {
    browser,
    open,
    close: async () => {
      try {
        // A session the test left open is still scanned for secrets before its folder goes.
        for (const closeSession of [...openSessions]) await closeSession();
      } finally {
        await browser.close();
        await server.close();
        for (const dir of ownedDirs) rmSync(dir, { recursive: true, force: true });
        for (const service of keychainServices) {
          const keychain = new KeytarSecretStore(service);
          for (const name of SECRET_NAMES) await keychain.delete(name).catch(() => false);
        }
      }
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = join(ARTEFACTS_DIR, 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  // A full-page capture keeps the scroll offset, which paints the sticky sidebar halfway down the
  // image: capture from the top, then put the page back where the test left it.
  const scrolled = await page.evaluate(() => window.scrollY);
  if (scrolled > 0) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
  if (scrolled > 0) await page.evaluate((y) => window.scrollTo(0, y), scrolled);
  return path;
}
