import fs from 'node:fs';
import * as nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import workerThreads from 'node:worker_threads';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createFakeElectron, FakeBrowserWindow, invokeEvent } from '../fake-electron.ts';

// Loaded with `node --import` before the built main bundle (out/main/index.cjs) runs as the
// entry point, as Electron runs package.json's `main`. It changes one thing: `require('electron')`
// resolves to the suite's fake Electron (a module resolve hook). Everything else is observed only:
// which files the app loads (modules, native .node files, files it reads), so that a test can
// check they are all inside the package. Then it drives the app as Electron would — ready, the
// window, a few calls through the IPC handlers the app registered — prints one report line, and
// quits the app; the process must then end on its own.
//
// Environment: HYGIE_STAND_IN_PRACTICE (JSON) to save a practice and generate a report too.

export const REPORT_PREFIX = 'HYGIE-STAND-IN ';
const ELECTRON_MODULE = new URL('./electron-module.cjs', import.meta.url).href;

const fake = createFakeElectron({ locale: 'fr-FR' });
(globalThis as Record<string, unknown>).__hygieStandInElectron = fake.electron;

// ── what the app loads ───────────────────────────────────────────────────────────────────────
const edges: Array<{ url: string; parent: string | undefined }> = [];
// module.registerHooks: synchronous hooks that apply to require() too (Node 22.15 and later).
const { registerHooks } = nodeModule as Partial<typeof nodeModule>;
if (!registerHooks) throw new Error(`the stand-in Electron needs module.registerHooks (Node 22.15 or later); this is Node ${process.version}`);
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') {
      edges.push({ url: ELECTRON_MODULE, parent: context.parentURL });
      return { url: ELECTRON_MODULE, format: 'commonjs', shortCircuit: true };
    }
    const resolved = nextResolve(specifier, context);
    edges.push({ url: resolved.url, parent: context.parentURL });
    return resolved;
  },
});
const native = new Set<string>();
const dlopen = process.dlopen.bind(process);
process.dlopen = (module: { exports: unknown }, filename: string, ...rest: unknown[]) => {
  native.add(filename);
  return (dlopen as (...args: unknown[]) => void)(module, filename, ...rest);
};
const read = new Set<string>();
const record = (path: unknown): void => {
  if (typeof path === 'string') read.add(path);
  else if (path instanceof URL) read.add(fileURLToPath(path));
};
const original = { existsSync: fs.existsSync };
for (const [target, name] of [
  [fs, 'readFileSync'],
  [fs, 'readFile'],
  [fs, 'openSync'],
  [fs, 'open'],
  [fs, 'createReadStream'],
  [fs.promises, 'readFile'],
  [fs.promises, 'open'],
] as const) {
  const methods = target as unknown as Record<string, (...args: unknown[]) => unknown>;
  const wrapped = methods[name]!;
  methods[name] = function (this: unknown, path: unknown, ...rest: unknown[]) {
    record(path);
    return wrapped.call(this, path, ...rest);
  };
}

// A utility process (the report's) or a worker thread (the walkthrough sheet's) does not run this
// module: each one the app starts gets worker-reads.cjs, which writes the files it reads to a file
// this process reads at the end.
const workerReads = join(fs.mkdtempSync(join(tmpdir(), 'hygie-stand-in-')), 'worker-reads.txt');
process.env.HYGIE_STAND_IN_WORKER_READS = workerReads;
const WORKER_HOOK = fileURLToPath(new URL('./worker-reads.cjs', import.meta.url));
const AppWorker = workerThreads.Worker;
(workerThreads as { Worker: typeof AppWorker }).Worker = class extends AppWorker {
  constructor(file: string | URL, options: workerThreads.WorkerOptions = {}) {
    super(file, { ...options, execArgv: [...(options.execArgv ?? []), '--require', WORKER_HOOK] });
  }
};
const utilityFork = fake.electron.utilityProcess.fork;
fake.electron.utilityProcess.fork = ((modulePath: string, args?: string[], options: { execArgv?: string[] } = {}) =>
  utilityFork(modulePath, args, { ...options, execArgv: [...(options.execArgv ?? []), '--require', WORKER_HOOK] })) as typeof utilityFork;
const readsOfWorkers = (): string[] => (fs.existsSync(workerReads) ? fs.readFileSync(workerReads, 'utf8').split('\n').filter(Boolean) : []);

/** Files reached from the entry point (not the stand-in's own), through the modules that loaded them. */
function appModules(entry: string): string[] {
  const reached = new Set([entry]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const { url, parent } of edges) {
      if (parent && reached.has(parent) && !reached.has(url) && url !== ELECTRON_MODULE) {
        reached.add(url);
        grew = true;
      }
    }
  }
  const standIn = new URL('.', import.meta.url).href;
  return [...reached].filter((url) => url.startsWith('file:') && !url.startsWith(standIn)).map((url) => fileURLToPath(url));
}

// ── the app, driven as Electron would ────────────────────────────────────────────────────────
const report: Record<string, unknown> = {};
const call = async (name: string, input?: unknown) => {
  const handler = fake.ipcHandlers.get(`hygie:${name}`);
  if (!handler) throw new Error(`no IPC handler for ${name}`);
  return handler(invokeEvent('app://hygie/index.html'), input);
};

async function drive(): Promise<void> {
  const entry = pathToFileURL(process.argv[1]!).href;
  report.beforeReady = [...fake.calls];
  fake.fireReady();
  for (let tries = 0; FakeBrowserWindow.instances.length === 0 && tries < 500; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const window = FakeBrowserWindow.instances[0];
  if (!window) throw new Error('the app opened no window');
  window.emit('ready-to-show');
  const preload = String(window.options.webPreferences?.preload ?? '');
  report.window = {
    url: window.loadedUrl,
    shown: window.shown,
    webPreferences: { ...window.options.webPreferences },
    preloadExists: original.existsSync(preload),
  };
  // The page and everything it links to, through the app:// handler the app registered.
  const serve = fake.protocolHandlers.get('app');
  const served: Record<string, number> = {};
  if (serve) {
    const page = await serve({ url: 'app://hygie/index.html' });
    served['index.html'] = page.status;
    const html = await page.text();
    for (const [, path] of html.matchAll(/(?:src|href)="\.?\/?([^":]+)"/gu)) {
      served[path!] = (await serve({ url: `app://hygie/${path}` })).status;
    }
    // Then every script those name, static or dynamic (`import("./StaffPage-….js")`, the preload
    // lists): the chunks a page loads later come through the same handler, from the same list.
    const scripts = Object.keys(served).filter((path) => path.endsWith('.js'));
    for (let index = 0; index < scripts.length; index += 1) {
      const script = scripts[index]!;
      const answer = await serve({ url: `app://hygie/${script}` });
      const folder = script.slice(0, script.lastIndexOf('/') + 1);
      for (const [, name] of (await answer.text()).matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/gu)) {
        const path = `${folder}${name}`;
        if (path in served) continue;
        served[path] = (await serve({ url: `app://hygie/${path}` })).status;
        scripts.push(path);
      }
    }
  }
  report.served = served;
  report.storeStatus = await call('store.status');
  const practice = process.env.HYGIE_STAND_IN_PRACTICE;
  if (practice) {
    report.practiceSave = await call('practice.save', JSON.parse(practice));
    report.reportGenerate = await call('reports.generate', { language: 'fr' });
  }
  report.menu = (fake.applicationMenus.at(-1) as Array<{ label?: string }> | undefined)?.map((item) => item.label);
  report.loaded = { modules: appModules(entry), native: [...native], read: [...new Set([...read, ...readsOfWorkers()])], preload };
}

// The bundle runs right after this module: drive the app once its top level has run.
setImmediate(() => {
  drive()
    .catch((error: unknown) => {
      report.driverError = String((error as Error)?.stack ?? error);
    })
    .finally(() => {
      process.stdout.write(`${REPORT_PREFIX}${JSON.stringify(report)}\n`);
      // As Electron's app.quit(): windows close, will-quit (the app closes its store), quit. Then
      // nothing is left to run and Node exits by itself — unless the app left something open.
      fake.app.quit();
    });
});
