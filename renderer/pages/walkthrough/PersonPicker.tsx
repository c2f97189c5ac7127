import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useLoad } from '../../app/use-load.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import { Panel } from '../../components/Panel.tsx';
import { displayName } from '../staff/labels.ts';
import { ProgressLine } from './ProgressLine.tsx';

/** Everyone's progress (counts only, no answer) and the practice's; choose who sits at the desk. */
export function PersonPicker() {
  const { t } = useTranslation();
  const { state, reload } = useLoad(api.walkthrough.progress);
  if (state.status === 'loading') {
    return (
      <p className="prose prose--muted" aria-busy="true">
        {t('walkthrough.picker.loading')}
      </p>
    );
  }
  if (state.status === 'failed') return <ErrorBanner error={state.failure} onRetry={() => void reload()} />;
  const { people, practice } = state.value;
  if (people.length === 0) {
    return (
      <Panel title={t('walkthrough.picker.title')} icon="staff">
        <p className="prose">{t('walkthrough.picker.empty')}</p>
        <Link href="/staff" className="button button--primary empty-action">
          {t('walkthrough.picker.toStaff')}
        </Link>
      </Panel>
    );
  }
  return (
    <>
      <Panel title={t('walkthrough.practice.title')} icon="dashboard">
        <div className="wt-practice">
          <ProgressLine
            label={t('walkthrough.practice.bar')}
            value={practice.answered}
            max={practice.total}
            text={t('walkthrough.practice.steps', { answered: practice.answered, total: practice.total })}
          />
          <p className="text-hint">{t('walkthrough.practice.people', { complete: practice.complete, people: practice.people })}</p>
        </div>
      </Panel>
      <Panel title={t('walkthrough.picker.title')} icon="staff">
        <p className="prose">{t('walkthrough.picker.lead')}</p>
        <table className="data-table wt-picker">
          <thead>
            <tr>
              <th scope="col">{t('walkthrough.picker.person')}</th>
              <th scope="col">{t('walkthrough.picker.progress')}</th>
              <th scope="col">{t('walkthrough.picker.action')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => {
              const name = displayName(person);
              const stage = person.complete ? 'complete' : person.answered > 0 ? 'inProgress' : 'notStarted';
              const action = person.complete ? 'review' : person.answered > 0 ? 'resume' : 'start';
              return (
                <tr key={person.staffId}>
                  <th scope="row">
                    <span className="data-table__name">{name}</span>
                  </th>
                  <td>
                    <span className="inline-row">
                      <StatusChip
                        tone={stage === 'complete' ? 'success' : stage === 'inProgress' ? 'info' : 'neutral'}
                        label={t(`walkthrough.picker.${stage}`)}
                      />
                      <span className="data-table__hint">
                        {t('walkthrough.picker.count', { answered: person.answered, total: person.total })}
                      </span>
                    </span>
                  </td>
                  <td>
                    <Link
                      href={`/walkthrough?person=${encodeURIComponent(person.staffId)}`}
                      className={action === 'review' ? 'button button--secondary button--small' : 'button button--primary button--small'}
                      aria-label={t(`walkthrough.picker.${action}For`, { name })}
                    >
                      {t(`walkthrough.picker.${action}`)}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Panel>
    </>
  );
}
