import { useTranslation } from 'react-i18next';
import type { MfaCoverage } from '../../../electron/core/model/schemas/mfa-matrix.ts';
import { Panel } from '../../components/Panel.tsx';

/** Per service: how many accounts have MFA on, out of how many; unknown counts as not protected. */
export function CoveragePanel({ coverage }: { coverage: readonly MfaCoverage[] }) {
  const { t } = useTranslation();
  return (
    <Panel title={t('mfa.coverage.title')} icon="scale">
      {coverage.length === 0 ? (
        <p className="prose prose--muted">{t('mfa.coverage.empty')}</p>
      ) : (
        <ul className="mfa-coverage">
          {coverage.map((item) => {
            const share = item.accounts === 0 ? 0 : item.protected / item.accounts;
            const level = share === 1 ? 'full' : share >= 0.5 ? 'partial' : 'low';
            return (
              <li key={item.service} className="card card--muted mfa-coverage__item">
                <span className="mfa-coverage__service">{t(`staff.services.${item.service}`)}</span>
                <meter
                  className={`mfa-coverage__meter mfa-coverage__meter--${level}`}
                  min={0}
                  max={item.accounts}
                  value={item.protected}
                  aria-label={t(`staff.services.${item.service}`)}
                  aria-valuetext={t('mfa.coverage.protected', { protected: item.protected, accounts: item.accounts })}
                />
                <span className="mfa-coverage__figure">
                  {t('mfa.coverage.protected', { protected: item.protected, accounts: item.accounts })}
                </span>
                <span className="mfa-coverage__detail">
                  {t('mfa.coverage.detail', { strong: item.phishingResistant, none: item.none, unknown: item.unknown })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
