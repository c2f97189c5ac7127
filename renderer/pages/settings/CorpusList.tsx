import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Corpus } from '../../../electron/core/model/schemas/corpora.ts';
import { Icon } from '../../components/Icon.tsx';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { formatCalendarDate, formatShortDateTime } from '../../components/format.ts';
import { CorpusRemoveDialog } from './CorpusRemoveDialog.tsx';

interface CorpusListProps {
  corpora: readonly Corpus[];
  onRemoved(corpus: Corpus): void;
}

/** The imported lists: name, breach date, how many addresses, when imported; each can be removed. */
export function CorpusList({ corpora, onRemoved }: CorpusListProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [removing, setRemoving] = useState<Corpus | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);

  return (
    <section className="settings-subsection" aria-labelledby={headingId}>
      <div className="settings-subsection__head">
        <h3 id={headingId} className="settings-subsection__title">
          {t('sources.list.title')}
        </h3>
      </div>
      <p className="staff-note">
        <Icon name="lock" className="staff-note__icon" />
        <span>{t('sources.list.privacy')}</span>
      </p>
      {corpora.length === 0 ? (
        <p className="prose prose--muted">{t('sources.list.empty')}</p>
      ) : (
        <div className="table-scroll corpus-list">
          <table className="data-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('sources.list.columns.name')}</th>
                <th scope="col">{t('sources.list.columns.breachDate')}</th>
                <th scope="col" className="data-table__number">
                  {t('sources.list.columns.entries')}
                </th>
                <th scope="col">{t('sources.list.columns.importedAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('sources.list.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {corpora.map((corpus) => (
                <tr key={corpus.id}>
                  <th scope="row">
                    <span className="data-table__name">{corpus.name}</span>
                    <span className="data-table__hint">
                      {t('sources.list.fromFile', { file: corpus.fileName })} ·{' '}
                      {corpus.forms.map((form) => t(`sources.list.forms.${form}`)).join(', ')}
                    </span>
                  </th>
                  <td>
                    <time dateTime={corpus.breachDate}>{formatCalendarDate(corpus.breachDate, i18n.language)}</time>
                  </td>
                  <td className="data-table__number">{t('sources.list.entries', { count: corpus.entries })}</td>
                  <td>
                    <time dateTime={corpus.importedAt}>{formatShortDateTime(corpus.importedAt, i18n.language)}</time>
                  </td>
                  <td className="corpus-list__actions">
                    <Button
                      className="button button--secondary button--small"
                      aria-label={t('sources.list.removeLabel', { name: corpus.name })}
                      onPress={() => {
                        setRemoved(null);
                        setRemoving(corpus);
                      }}
                    >
                      <Icon name="trash" />
                      {t('sources.list.remove')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SaveStatus done={removed} />
      {removing ? (
        <CorpusRemoveDialog
          corpus={removing}
          onClose={() => setRemoving(null)}
          onRemoved={(corpus) => {
            setRemoving(null);
            setRemoved(t('sources.remove.done', { name: corpus.name }));
            onRemoved(corpus);
          }}
        />
      ) : null}
    </section>
  );
}
