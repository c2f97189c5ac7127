import { HygieError } from '../../model/hygie-error.ts';
import type { ActionItem } from '../../model/schemas/actions.ts';
import type { ReportLanguage } from '../../model/schemas/report.ts';
import { actionListFromStore } from '../../report/action-list.ts';
import type { Store } from '../../store/store.ts';
import type { AreaHandlers, HandlerContext } from './context.ts';
import { hibpKeySet } from './reports.ts';

// The Actions page: the report's findings as a to-do list, and the status the practice gives
// each. A status is set only on a finding that exists now (its id is the report's), and is kept
// against that id; the store writes it with its audit-log entry.

export function actionsHandlers(context: HandlerContext): AreaHandlers<'actions'> {
  const { host, environment } = context;
  const hygieVersion = environment.appInfo.version;

  const listOf = async (store: Store, language: ReportLanguage, now: Date) =>
    actionListFromStore(store, { language, anonymise: false, generatedBy: store.actor, now, hygieVersion, hibpKeySet: await hibpKeySet(host) });

  const findIn = (actions: readonly ActionItem[], id: string): ActionItem => {
    const item = actions.find((candidate) => candidate.id === id);
    if (!item) throw new HygieError('action-not-found', { id });
    return item;
  };

  return {
    'actions.list': ({ language }) => host.use((store) => listOf(store, language, new Date())),

    'actions.setStatus': ({ id, status, until, reason }) =>
      host.use(async (store) => {
        const now = new Date();
        const before = await listOf(store, 'fr', now);
        const item = findIn(before.actions, id);
        if (status === 'later' && until !== undefined && until < before.today) throw new HygieError('action-date-past', { until, today: before.today });
        store.findingStatuses.set({
          findingId: id,
          status,
          until: until ?? null,
          reason: reason ?? null,
          // Which finding, in facts a reader of the journal can place (its id names store ids only).
          about: { findingKind: item.kind, service: item.account?.service ?? null, name: item.person?.name ?? item.owner },
        });
        const after = findIn((await listOf(store, 'fr', now)).actions, id);
        return { id, status: after.status, open: after.open };
      }),
  };
}
