import type { AppInfo } from './contract.ts';
import type { Handlers } from './router.ts';
import { PreferencesFile } from '../settings/preferences-file.ts';

export interface CoreEnvironment {
  dataDir: string;
  /** What the host knows about itself: the main process passes Electron's versions, the CLI Node's. */
  appInfo: Omit<AppInfo, 'dataDir'>;
}

/** The handlers behind every call of the contract, wired to real core services. */
export function createHandlers(environment: CoreEnvironment): Handlers {
  const preferences = new PreferencesFile(environment.dataDir);
  return {
    'app.info': () => ({ ...environment.appInfo, dataDir: environment.dataDir }),
    'settings.get': () => preferences.read(),
    'settings.set': (patch) => preferences.update(patch),
  };
}
