import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryImportResult as Result } from '../../../electron/core/model/schemas/directory.ts';

/** People the import counted differently, with why: addresses and a reason each. */
function Notice({ title, why, items, warning = false }: { title: string; why: string; items: [string, string][]; warning?: boolean }) {
  return (
    <div className={`callout${warning ? ' callout--warning' : ''} directory-result__notice`}>
      <p className="prose">{title}</p>
      <p className="prose prose--muted">{why}</p>
      <ul className="directory-result__notice-list">
        {items.map(([address, reason]) => (
          <li key={address}>
            <span className="directory-result__address">{address}</span> — {reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What an import did: counts a secretary can read, and the directory addresses left out. */
export function DirectoryImportResult({ result }: { result: Result }) {
  const { t } = useTranslation();
  const headingId = useId();
  const more = result.unmatchedCount - result.unmatched.length;
  const rows: [string, number][] = [
    [t('directory.result.directoryUsers'), result.directoryUsers],
    [t('directory.result.matched'), result.matched],
    [t('directory.result.updated'), result.updated],
    [t('directory.result.unchanged'), result.unchanged],
    [t('directory.result.staffWithoutMatch'), result.staffWithoutMatch],
  ];
  return (
    <section className="card directory-result" aria-labelledby={headingId}>
      <h4 id={headingId} className="directory-result__title">
        {t('directory.result.title', { provider: t(`directory.providers.${result.provider}`) })}
      </h4>
      <dl className="directory-result__counts">
        {rows.map(([label, value]) => (
          <div key={label} className="directory-result__count">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {result.unmatchedCount === 0 ? (
        <p className="prose prose--muted">{t('directory.result.unmatchedNone')}</p>
      ) : (
        <>
          <p className="prose">{t('directory.result.unmatchedTitle', { count: result.unmatchedCount })}</p>
          <ul className="directory-result__unmatched">
            {result.unmatched.map((email) => (
              <li key={email}>{email}</li>
            ))}
          </ul>
          {more > 0 ? <p className="prose prose--muted">{t('directory.result.unmatchedMore', { count: more })}</p> : null}
        </>
      )}
      {result.blockedByPolicyCount > 0 ? (
        <Notice
          warning
          title={t('directory.result.blockedTitle', { count: result.blockedByPolicyCount })}
          why={t('directory.result.blockedWhy')}
          items={result.blockedByPolicy.map((item) => [item.address, t(`directory.result.blockedReason.${item.reason}`)])}
        />
      ) : null}
      {result.inactiveCount > 0 ? (
        <Notice
          title={t('directory.result.inactiveTitle', { count: result.inactiveCount })}
          why={t('directory.result.inactiveWhy')}
          items={result.inactive.map((item) => [item.address, t(`directory.result.inactiveState.${item.state}`)])}
        />
      ) : null}
      <p className="prose prose--muted">{t('directory.result.seeMfa')}</p>
    </section>
  );
}
