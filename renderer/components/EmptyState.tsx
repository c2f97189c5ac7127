import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon.tsx';
import { Panel } from './Panel.tsx';
import { StatusChip } from './StatusChip.tsx';

interface EmptyStateProps {
  /** What the user will be able to do on this page, one sentence each. */
  what: readonly string[];
  /** Why it matters for the practice, tied to the real attacks. */
  why: string;
  /** What leaves the computer when this feature runs, if anything does. */
  privacy?: string;
  /** Page-specific, honest previews (the accounts that will be audited, the steps…). */
  children?: ReactNode;
}

/**
 * A page whose feature is not built yet: says so, says what it will do and why, and never
 * shows a number or a status it has not measured.
 */
export function EmptyState({ what, why, privacy, children }: EmptyStateProps) {
  const { t } = useTranslation();
  return (
    <div className="empty-state">
      <p className="notice">
        <StatusChip tone="info" label={t('status.comingSoon')} />
        <span className="notice__text">{t('emptyState.notice')}</span>
      </p>
      <div className="empty-state__grid">
        <Panel title={t('emptyState.whatTitle')} icon="checkCircle">
          <ul className="feature-list">
            {what.map((item) => (
              <li key={item} className="feature-list__item">
                <Icon name="arrowRight" className="feature-list__icon" />
                <span>{item}</span>
              </li>
            ))}
          </ul>
        </Panel>
        <Panel title={t('emptyState.whyTitle')} icon="bulb">
          <p className="prose">{why}</p>
        </Panel>
      </div>
      {privacy ? (
        <Panel title={t('emptyState.privacyTitle')} icon="lock" tone="quiet">
          <p className="prose">{privacy}</p>
        </Panel>
      ) : null}
      {children}
    </div>
  );
}
