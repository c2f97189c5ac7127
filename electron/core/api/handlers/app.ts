import { PreferencesFile } from '../../settings/preferences-file.ts';
import type { AreaHandlers, HandlerContext } from './context.ts';

// What Hygie is and where its data lives (app.*), and the user's preferences (settings.*).

export function appHandlers({ environment, host }: HandlerContext): AreaHandlers<'app' | 'settings'> {
  const preferences = new PreferencesFile(environment.preferencesDir ?? environment.dataDir);
  return {
    // The folder in use: until the move out of a roaming profile succeeds, the old one.
    'app.info': () => ({ ...environment.appInfo, dataDir: host.dataDir }),
    'settings.get': () => preferences.read(),
    'settings.set': async (patch) => {
      const saved = await preferences.update(patch);
      environment.onPreferencesChanged?.(saved);
      return saved;
    },
  };
}
