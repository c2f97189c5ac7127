import type * as Electron from 'electron';
import type { LoginItem } from '../core/api/login-item.ts';

// "Start with the computer, in the background" (Electron's login item settings, macOS and Windows
// only: elsewhere Hygie does not offer it). Off until the practice turns it on in Settings. On
// Windows the login item starts Hygie with --hidden; on macOS the system says it opened Hygie at
// login. Either way the window opens minimised, and the daily watch runs.

export const HIDDEN_START_ARG = '--hidden';

type LoginApp = Pick<Electron.App, 'getLoginItemSettings' | 'setLoginItemSettings'>;

export function electronLoginItem(app: LoginApp, platform: NodeJS.Platform): LoginItem | undefined {
  if (platform !== 'win32' && platform !== 'darwin') return undefined;
  // Windows reads a login item back only with the arguments it was written with.
  const options = platform === 'win32' ? { args: [HIDDEN_START_ARG] } : {};
  return {
    enabled: () => app.getLoginItemSettings(options).openAtLogin,
    setEnabled: (enabled) => app.setLoginItemSettings({ openAtLogin: enabled, ...options }),
  };
}

/** Whether this start is the login item's: then the window opens minimised. */
export function startedAtLogin(app: Pick<Electron.App, 'getLoginItemSettings'>, platform: NodeJS.Platform, argv: readonly string[]): boolean {
  if (platform === 'win32') return argv.includes(HIDDEN_START_ARG);
  if (platform === 'darwin') return app.getLoginItemSettings().wasOpenedAtLogin === true;
  return false;
}
