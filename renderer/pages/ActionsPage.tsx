import { useCallback, useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ActionItem, ActionList } from '../../electron/core/model/schemas/actions.ts';
import { api } from '../api/client.ts';
import { pathOf } from '../app/navigation.ts';
import { useLoad } from '../app/use-load.ts';
import { Icon } from '../components/Icon.tsx';
import { LoadFallback } from '../components/LoadFallback.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { Panel } from '../components/Panel.tsx';
import { ActionFilters } from './actions/ActionFilters.tsx';
import { ActionRow } from './actions/ActionRow.tsx';
import { StatusDialog } from './actions/StatusDialog.tsx';
import { ToCheckList } from './actions/ToCheckList.tsx';
import { filterActions, filterToCheck, isFiltered, useActionFilters, type ActionFilters as Filters } from './actions/use-action-filters.ts';
import { useReloadOnJobEnd } from './dashboard/use-reload-on-job-end.ts';

/** One line over the lists: what is left to do, what is settled, what is not checked. Never "all good" while something is unchecked. */
function Overview({ list }: { list: ActionList }) {
  const { t } = useTranslation();
  const open = list.actions.filter((item) => item.open).length;
  if (list.people.length === 0) {
    return (
      <div className="actions-overview">
        <p className="prose">{t('actions.empty.noStaff')}</p>
        <Link href={pathOf('staff')} className="button button--primary empty-action">
          <Icon name="arrowRight" />
          {t('actions.empty.toStaff')}
        </Link>
      </div>
    );
  }
  return (
    <div className="actions-overview">
      {open === 0 && list.toCheck.length === 0 ? <p className="prose actions-overview__clear">{t('actions.empty.allDone')}</p> : null}
      <ul className="actions-overview__counts">
        <li data-count="open">{t('actions.summary.open', { count: open })}</li>
        <li data-count="handled">{t('actions.summary.handled', { count: list.actions.length - open })}</li>
        <li data-count="to-check">{t('actions.summary.toCheck', { count: list.toCheck.length })}</li>
      </ul>
    </div>
  );
}

function FoundSection({ list, filters, onChangeStatus }: { list: ActionList; filters: Filters; onChangeStatus(item: ActionItem): void }) {
  const { t } = useTranslation();
  const shown = filterActions(list.actions, filters);
  const empty = list.actions.length > 0 ? t('actions.empty.filtered') : list.toCheck.length > 0 ? t('actions.empty.foundNone') : t('actions.empty.allDone');
  return (
    <Panel title={t('actions.found.title')} icon="actions" className="actions-found" aside={<span className="panel__count">{shown.length}</span>}>
      <p className="prose prose--muted">{t('actions.found.lead')}</p>
      {shown.length === 0 ? (
        <p className="prose">{isFiltered(filters) && list.actions.length > 0 ? t('actions.empty.filtered') : empty}</p>
      ) : (
        <ol className="action-list">
          {shown.map((item) => (
            <ActionRow key={item.id} item={item} onChangeStatus={onChangeStatus} />
          ))}
        </ol>
      )}
    </Panel>
  );
}

function ToCheckSection({ list, filters }: { list: ActionList; filters: Filters }) {
  const { t } = useTranslation();
  const shown = filterToCheck(list.toCheck, filters);
  return (
    <Panel title={t('actions.toCheck.title')} icon="notChecked" className="actions-to-check" aside={<span className="panel__count">{shown.length}</span>}>
      <p className="prose prose--muted">{t('actions.toCheck.lead')}</p>
      {shown.length === 0 ? (
        <p className="prose">{list.toCheck.length === 0 ? t('actions.empty.toCheckNone') : t('actions.empty.filtered')}</p>
      ) : (
        <ToCheckList items={shown} />
      )}
    </Panel>
  );
}

/**
 * Every finding the report lists, not three: what to do, who, by when, the points it adds, and
 * where the practice stands with it (set with the keyboard, kept in the journal and the report);
 * then what is not checked yet. Filtered by person, area and kind from the address, so the
 * dashboard can link to a filtered list.
 */
export function ActionsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const fetchList = useCallback(() => api.actions.list({ language }), [language]);
  const { state, reload } = useLoad(fetchList);
  useReloadOnJobEnd(reload);
  const list = state.status === 'ready' ? state.value : null;
  const [filters, setFilters] = useActionFilters(list);
  const [editing, setEditing] = useState<ActionItem | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const header = <PageHeader title={t('pages.actions.title')} lead={t('pages.actions.lead')} />;
  if (state.status !== 'ready') {
    return (
      <>
        {header}
        <LoadFallback state={state} loading={t('actions.loading')} onRetry={() => void reload()} />
      </>
    );
  }
  const value = state.value;
  return (
    <>
      {header}
      <Overview list={value} />
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {value.people.length > 0 ? (
        <>
          <ActionFilters list={value} filters={filters} onChange={setFilters} />
          {filters.show !== 'to-check' ? <FoundSection list={value} filters={filters} onChangeStatus={setEditing} /> : null}
          {filters.show !== 'found' ? <ToCheckSection list={value} filters={filters} /> : null}
        </>
      ) : null}
      {editing ? (
        <StatusDialog
          item={editing}
          today={value.today}
          onClose={() => setEditing(null)}
          onSaved={(result) => {
            setEditing(null);
            setAnnouncement(t('actions.dialog.saved', { status: t(`actions.status.${result.status.value}`) }));
            void reload();
          }}
        />
      ) : null}
    </>
  );
}
