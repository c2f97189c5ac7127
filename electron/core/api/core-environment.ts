import type { MtaStsFetchOptions } from '../mfa/mta-sts-policy.ts';
import type { AppInfo, Preferences } from '../model/schemas/preferences.ts';
import type { StoreHost } from '../store/store-host.ts';
import type { DesktopNotifier } from './desktop-notifier.ts';
import type { DesktopShell } from './desktop-shell.ts';
import type { LoginItem } from './login-item.ts';
import type { FileDialogs } from './file-dialogs.ts';
import type { SecretClipboard } from './secret-clipboard.ts';
import type { ReportProcessLauncher } from '../report/report-process.ts';

// What a host (the desktop app, the CLI, a test) hands the core: its folders, its store, and the
// desktop capabilities it has (the shell, the clipboard, the dialogs), each absent where there is none.

export interface CoreEnvironment {
  dataDir: string;
  /** Where preferences.json is, when not in dataDir (Windows: roaming, see data-dir.ts). */
  preferencesDir?: string;
  /** What the host knows about itself: the main process passes Electron's versions, the CLI Node's. */
  appInfo: Omit<AppInfo, 'dataDir'>;
  /** The encrypted store (and the keychain behind it), opened lazily. */
  store: StoreHost;
  /** DNS servers for the e-mail checks ("ip" or "ip:port"); default HYGIE_DNS_SERVERS, else the system's. */
  dnsServers?: readonly string[];
  /** Where the MTA-STS policy host listens and which extra CA it may present: tests' loopback server only. */
  mtaSts?: MtaStsFetchOptions;
  /** Open a report's file / show it in the file manager: the desktop app's shell; absent in the CLI. */
  desktop?: DesktopShell;
  /** Copy a secret with the system's "do not keep" markers: the desktop app's clipboard; absent in the CLI. */
  clipboard?: SecretClipboard;
  /** Told after settings.set saved the preferences (the desktop app rebuilds its menu in the new language). */
  onPreferencesChanged?: (preferences: Preferences) => void;
  /**
   * The OS's locale with its region (BCP 47, e.g. "fr-FR"): it picks the CSV files' separator.
   * The desktop app passes Electron's; default: this process's (Intl).
   */
  systemLocale?: string;
  /** The system's save and open dialogs (recovery kit, restore): the desktop app's; absent in the CLI. */
  dialogs?: FileDialogs;
  /** A desktop notification (a re-check found something, a new breach): the desktop app's; absent in the CLI. */
  notify?: DesktopNotifier;
  /** "Start with the computer, in the background": the desktop app's login item; absent in the CLI. */
  loginItem?: LoginItem;
  /** Starts a report's own process: the desktop app's Electron utility process; default a Node child process (report-process.ts). */
  reportProcess?: ReportProcessLauncher;
}

/** `Hygie/<version>`: the User-Agent of every request the core makes (HIBP answers 403 without one). */
export function coreUserAgent(appInfo: CoreEnvironment['appInfo']): string {
  return `${appInfo.name}/${appInfo.version}`;
}
