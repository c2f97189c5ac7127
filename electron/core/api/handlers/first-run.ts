import { chooseBreachSource, firstRunStatus } from '../../report/first-run.ts';
import type { AreaHandlers, HandlerContext } from './context.ts';

// The dashboard's first-run checklist: where the practice stands, read from its data, and the
// one thing it records by hand — how breaches will be checked while there is no key or list yet.

export function firstRunHandlers({ host }: HandlerContext): AreaHandlers<'firstRun'> {
  const status = () => host.use(async (store) => firstRunStatus(store, (await host.secrets.get('hibp-api-key')) !== null));
  return {
    'firstRun.status': status,
    'firstRun.chooseBreachSource': async ({ choice }) => {
      await host.use((store) => chooseBreachSource(store, choice, new Date()));
      return status();
    },
  };
}
