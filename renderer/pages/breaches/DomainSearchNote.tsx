import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DomainSearchState, DomainWatch } from '../../../electron/core/model/schemas/breach-check.ts';

// What the verified domains' searches sent, said beside the mode notice: for the addresses of a
// searched domain only its name left the computer. The states of each search (and why one did
// not answer) are folded for the IT provider.

function stateText(t: TFunction, state: DomainSearchState | null): string {
  if (state === null) return t('watch.domain.state.none');
  if (state.status === 'not-checked') return t('watch.domain.state.not-checked', { reason: t(`breaches.reason.${state.reason}`) });
  return t(`watch.domain.state.${state.status}`);
}

export function DomainSearchNote({ domains }: { domains: DomainWatch }) {
  const { t } = useTranslation();
  const searched = domains.domains.filter((domain) => domain.breaches?.status === 'answered').map((domain) => domain.domain);
  if (domains.verified === null) return null;
  return (
    <div className="domain-search-note" data-domain-search={searched.join(' ')}>
      {searched.length > 0 ? <p className="text-hint">{t('watch.domain.searched', { domains: searched.join(', ') })}</p> : null}
      <details className="disclosure">
        <summary>{t('watch.domain.detailsTitle')}</summary>
        <ul className="text-hint">
          <li>
            {domains.verified.domains === null
              ? t('watch.domain.verifiedFailed', { reason: domains.verified.reason ? t(`breaches.reason.${domains.verified.reason}`) : '—' })
              : domains.verified.domains.length === 0
                ? t('watch.domain.verifiedNone')
                : t('watch.domain.verified', { domains: domains.verified.domains.join(', ') })}
            {domains.verified.rayId ? ` (cf-ray ${domains.verified.rayId})` : ''}
          </li>
          {domains.domains.map((domain) => (
            <li key={domain.domain}>
              {t('watch.domain.searchState', { domain: domain.domain, breaches: stateText(t, domain.breaches), stealerLogs: stateText(t, domain.stealerLogs) })}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
