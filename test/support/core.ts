import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type CoreOptions } from '../../electron/core/api/core.ts';
import type { Router } from '../../electron/core/api/router.ts';
import type { JobRunner } from '../../electron/core/jobs/job-runner.ts';
import type { Envelope } from '../../electron/core/model/envelope.ts';
import type { DesktopShell } from '../../electron/core/api/desktop-shell.ts';
import type { FileDialogs } from '../../electron/core/api/file-dialogs.ts';
import type { BreachWatcher } from '../../electron/core/api/breach-watcher.ts';
import type { DesktopNotifier } from '../../electron/core/api/desktop-notifier.ts';
import type { LoginItem } from '../../electron/core/api/login-item.ts';
import type { SecretStore } from '../../electron/core/store/secret-store.ts';
import type { MtaStsFetchOptions } from '../../electron/core/mfa/mta-sts-policy.ts';
import { StoreHost } from '../../electron/core/store/store-host.ts';
import { forgetTestSecrets, testSecrets } from './keychain.ts';
import { assertNoKeychainSecretsIn, RememberingSecretStore } from './secret-scan.ts';

// The core as the app wires it (router → handlers → encrypted store → real keychain), without
// a window: what the unit tests of whole features call.

export interface Core {
  router: Router;
  jobs: JobRunner;
  /** The daily watch (new breaches, due re-checks): never on a timer here; tests call runNow(). */
  watcher: BreachWatcher;
  host: StoreHost;
  dataDir: string;
  secrets: SecretStore;
  /** Call and unwrap: throws with the error code when the call fails. */
  call<T = unknown>(name: string, input?: unknown): Promise<T>;
  close(): void;
}

const hosts: StoreHost[] = [];
const runners: JobRunner[] = [];
const ownedDirs: string[] = [];
const scans: { dataDir: string; secrets: SecretStore }[] = [];
const alsoScanned: (() => readonly string[])[] = [];

/**
 * Secrets the keychain never holds but a test knows of (a directory's access tokens live in
 * memory only): every core's data folder is scanned for them too, until the file's tests end.
 */
export function alsoScanFor(source: () => readonly string[]): void {
  alsoScanned.push(source);
}

export const PRACTICE = {
  name: 'Cabinet Dupont',
  address: { street: '3 rue des Lilas', postalCode: '69003', city: 'Lyon' },
  profession: 'general-practice',
  finess: null,
  emailDomain: 'cabinet-dupont.fr',
  referent: { name: 'Dr Jeanne Dupont', email: null, phone: null },
  policy: 'cnil-2022',
} as const;

export function openCore(
  options: {
    dataDir?: string;
    secrets?: SecretStore;
    core?: CoreOptions;
    busyTimeoutMs?: number;
    logger?: { error(message: string, error?: unknown): void };
    /** What stands for Electron's shell (reports.open / reports.reveal); none, as in the CLI, by default. */
    desktop?: DesktopShell;
    /** The MTA-STS policy host's port and CA (a loopback HTTPS server, test/support/fake-mta-sts.ts). */
    mtaSts?: MtaStsFetchOptions;
    /** The OS's locale with its region (it picks the CSV separator); the test process's own by default. */
    systemLocale?: string;
    /** What stands for the system's save and open dialogs (recovery kit, restore); none, as in the CLI, by default. */
    dialogs?: FileDialogs;
    /** What stands for desktop notifications; none, as in the CLI, by default. */
    notify?: DesktopNotifier;
    /** What stands for the login item ("start with the computer"); none, as in the CLI, by default. */
    loginItem?: LoginItem;
  } = {},
): Core {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'hygie-core-'));
  if (!options.dataDir) ownedDirs.push(dataDir);
  // Every secret the test's keychain sees is remembered, so the scan at close looks for those
  // removed or replaced since, too.
  const secrets = new RememberingSecretStore(options.secrets ?? testSecrets());
  const host = new StoreHost({ dataDir, secrets, actor: 'test:secretariat', ...(options.busyTimeoutMs !== undefined ? { busyTimeoutMs: options.busyTimeoutMs } : {}) });
  const { router, jobs, watcher } = createCore(
    {
      dataDir,
      store: host,
      ...(options.desktop ? { desktop: options.desktop } : {}),
      ...(options.mtaSts ? { mtaSts: options.mtaSts } : {}),
      ...(options.systemLocale ? { systemLocale: options.systemLocale } : {}),
      ...(options.dialogs ? { dialogs: options.dialogs } : {}),
      ...(options.notify ? { notify: options.notify } : {}),
      ...(options.loginItem ? { loginItem: options.loginItem } : {}),
      appInfo: { name: 'Hygie', version: '0.1.0', shell: 'cli', platform: process.platform, versions: {} },
    },
    options.logger ?? { error: () => {} },
    options.core,
  );
  hosts.push(host);
  runners.push(jobs);
  scans.push({ dataDir, secrets });
  return {
    router,
    jobs,
    watcher,
    host,
    dataDir,
    secrets,
    async call<T>(name: string, input?: unknown): Promise<T> {
      const envelope = (await router.call(name, input)) as Envelope<T>;
      if (!envelope.ok) throw Object.assign(new Error(envelope.error.code), { code: envelope.error.code, details: envelope.error.details });
      return envelope.value;
    },
    close: () => host.close(),
  };
}

/** Close every core, check its data folder holds no secret in clear, then delete it. */
export async function closeAllCores(): Promise<void> {
  try {
    await Promise.all(runners.splice(0).map((runner) => runner.close()));
    for (const host of hosts.splice(0)) host.close();
    for (const { dataDir, secrets } of scans.splice(0)) {
      if (existsSync(dataDir)) await assertNoKeychainSecretsIn(dataDir, secrets, alsoScanned.flatMap((source) => source()));
    }
  } finally {
    for (const dir of ownedDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    await forgetTestSecrets();
  }
}

export function base64(bytes: Uint8Array | string): string {
  return Buffer.from(bytes).toString('base64');
}
