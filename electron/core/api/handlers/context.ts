import type { JobRunner } from '../../jobs/job-runner.ts';
import { HygieError } from '../../model/hygie-error.ts';
import type { CsvDelimiter } from '../../roster/csv-delimiter.ts';
import type { StoreHost } from '../../store/store-host.ts';
import type { CallName } from '../channels.ts';
import type { CoreEnvironment } from '../core-environment.ts';
import type { DesktopShell } from '../desktop-shell.ts';
import type { FileDialogs } from '../file-dialogs.ts';
import type { Handlers } from '../router.ts';

// What every area's handlers are built from: createHandlers (../handlers.ts) makes one context
// per core, so what is derived from the environment (the user agent, the CSV separator) is
// derived once.

export interface HandlerContext {
  environment: CoreEnvironment;
  /** The encrypted store and the keychain behind it (environment.store). */
  host: StoreHost;
  /** The runner long work goes through. */
  jobs: JobRunner;
  /** `Hygie/<version>`: the User-Agent of every request the core makes (see coreUserAgent). */
  userAgent: string;
  /** Excel splits CSV files on the region's list separator, not the interface language's. */
  csvDelimiter: CsvDelimiter;
}

/** The handlers of one area of the contract: every call named `<area>.…`, and no other. */
export type AreaHandlers<Area extends string> = Pick<Handlers, Extract<CallName, `${Area}.${string}`>>;

/** The save and open dialogs: the desktop app's; absent outside it (then file-dialog-unavailable). */
export function dialogsOf({ environment }: HandlerContext): FileDialogs {
  if (!environment.dialogs) throw new HygieError('file-dialog-unavailable');
  return environment.dialogs;
}

/** Open / show in folder: the desktop app's shell; absent outside it (then desktop-unavailable). */
export function desktopOf({ environment }: HandlerContext): DesktopShell {
  if (!environment.desktop) throw new HygieError('desktop-unavailable');
  return environment.desktop;
}
