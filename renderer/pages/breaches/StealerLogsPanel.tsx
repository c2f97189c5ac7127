import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DomainWatch, StealerLogHit } from '../../../electron/core/model/schemas/breach-check.ts';
import { formatDateTime } from '../../components/format.ts';
import { Icon } from '../../components/Icon.tsx';
import { NumberedSteps } from '../../components/NumberedSteps.tsx';
import { Panel } from '../../components/Panel.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';

// Staff passwords that infostealer malware captured as they were typed (HIBP's stealer logs of a
// verified domain): the most urgent thing on the page, each with the websites (named by the
// service they are the sign-in page of) and the playbook, in order. The dates and the source are
// folded for the IT provider.

function HitItem({ hit }: { hit: StealerLogHit }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const name = [hit.firstName, hit.lastName].filter(Boolean).join(' ');
  return (
    <li className="result-item stealer-hit" data-stealer={hit.email}>
      <div className="split-row">
        <p className="result-item__name">
          {name} — {hit.email}
        </p>
        <StatusChip tone="danger" label={t('watch.stealerLogs.chip')} />
      </div>
      <p className="stealer-hit__title">{hit.title[language]}</p>
      <h3 className="stealer-hit__heading">{t('watch.stealerLogs.websites')}</h3>
      <ul className="stealer-hit__sites">
        {hit.websites.map((site) => (
          <li key={site.website}>
            <strong>{site.service ? t(`staff.services.${site.service}`) : t('watch.stealerLogs.otherWebsite')}</strong> — {site.website}
          </li>
        ))}
      </ul>
      <h3 className="stealer-hit__heading">{t('watch.stealerLogs.steps')}</h3>
      <NumberedSteps steps={hit.playbook[language]} />
      <Link href={`/walkthrough?person=${encodeURIComponent(hit.staffId)}`} className="button button--secondary">
        <Icon name="walkthrough" />
        {t('watch.stealerLogs.walkthrough', { name })}
      </Link>
      <details className="disclosure">
        <summary>{t('watch.domain.detailsTitle')}</summary>
        <ul className="text-hint">
          {hit.websites.map((site) => (
            <li key={site.website}>
              {site.website} — {t('watch.stealerLogs.since', { date: formatDateTime(site.firstSeenAt, i18n.language) })}
              {site.entry ? ` (${site.entry})` : ''}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

export function StealerLogsPanel({ domains }: { domains: DomainWatch }) {
  const { t } = useTranslation();
  if (domains.stealerLogs.length === 0) return null;
  return (
    <Panel title={t('watch.stealerLogs.title')} icon="alert" className="stealer-panel">
      <p className="prose">{t('watch.stealerLogs.lead')}</p>
      <ul className="result-list">
        {domains.stealerLogs.map((hit) => (
          <HitItem key={hit.accountId} hit={hit} />
        ))}
      </ul>
    </Panel>
  );
}

/** One sentence when the key's plan has no stealer logs: what the practice is missing. */
export function StealerLogsMissingNote({ domains }: { domains: DomainWatch }) {
  const { t } = useTranslation();
  if (domains.stealerLogsInPlan !== false) return null;
  return (
    <div className="callout stealer-missing" data-stealer-logs="not-in-plan">
      <Icon name="info" className="breach-mode__icon" />
      <div>
        <p>{t('watch.stealerLogs.missing')}</p>
        <details className="disclosure">
          <summary>{t('watch.domain.detailsTitle')}</summary>
          <p className="text-hint">{t('watch.stealerLogs.missingDetails')}</p>
        </details>
      </div>
    </div>
  );
}

/** In a person's results: one of their passwords was stolen (the panel above says what to do). */
export function StolenPasswordLine() {
  const { t } = useTranslation();
  return (
    <p className="stolen-line">
      <Icon name="alert" className="stolen-line__icon" />
      <span>{t('watch.stealerLogs.personLine')}</span>
    </p>
  );
}
