import { breachPersons } from '../../breach/breach-results.ts';
import { daysSince, lastFullCheckAt, recheckDays, setRecheckDays } from '../../breach/recheck-cadence.ts';
import { dismissWatchNotice, watchState } from '../../breach/new-breach-watch.ts';
import { HygieError } from '../../model/hygie-error.ts';
import type { WatchStatus } from '../../model/schemas/watch.ts';
import type { Store } from '../../store/store.ts';
import type { AreaHandlers, HandlerContext } from './context.ts';

// The watch (new breaches noticed, due re-checks, starting with the computer): what the dashboard
// and Settings show of it, and the practice's choices. The watch itself runs in core/api/breach-watcher.ts.

export function watchHandlers({ host, environment }: HandlerContext): AreaHandlers<'watch'> {
  const status = async (store: Store): Promise<WatchStatus> => {
    const hasKey = (await host.secrets.get('hibp-api-key')) !== null;
    const lastFull = lastFullCheckAt(breachPersons(store, { hasKey }));
    const days = lastFull === null ? null : daysSince(lastFull, new Date());
    const cadence = recheckDays(store);
    const state = watchState(store);
    return {
      lastFullCheckAt: lastFull,
      daysSinceLastCheck: days,
      recheckDays: cadence,
      due: days !== null && days > cadence,
      hasKey,
      latest:
        state.latest || state.latestFailure
          ? {
              checkedAt: state.latest?.checkedAt ?? null,
              breach: state.latest ? { name: state.latest.name, title: state.latest.title, addedAt: state.latest.addedAt } : null,
              failure: state.latestFailure,
            }
          : null,
      notice: state.notice,
      lastRecheck: state.lastRecheck,
      startAtLogin: environment.loginItem ? environment.loginItem.enabled() : null,
    };
  };

  return {
    'watch.status': () => host.use(status),
    'watch.setSettings': (input) =>
      host.use(async (store) => {
        if (input.startAtLogin !== undefined) {
          if (!environment.loginItem) throw new HygieError('desktop-unavailable');
          environment.loginItem.setEnabled(input.startAtLogin);
          store.audit.append('watch.start-at-login', null, { enabled: input.startAtLogin });
        }
        if (input.recheckDays !== undefined) setRecheckDays(store, input.recheckDays);
        return status(store);
      }),
    'watch.dismissNotice': () =>
      host.use(async (store) => {
        dismissWatchNotice(store);
        return status(store);
      }),
  };
}
