import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ProviderDetailsProps {
  children: ReactNode;
  /** Another summary than "Details for your IT provider", e.g. on a screen the provider reads first. */
  summary?: string;
  className?: string;
}

/**
 * The folded part of a panel that is for the practice's IT provider: codes, hashes, plans, DNS
 * records, file paths. The panel itself opens with a sentence anyone at the front desk reads;
 * this stays closed until someone asks for it. A native <details>: Enter or Space opens it, and
 * find-in-page reaches its text.
 */
export function ProviderDetails({ children, summary, className }: ProviderDetailsProps) {
  const { t } = useTranslation();
  return (
    <details className={['disclosure', 'provider-details', className].filter(Boolean).join(' ')}>
      <summary className="disclosure__summary provider-details__summary">{summary ?? t('providerDetails.summary')}</summary>
      <div className="disclosure__body provider-details__body">{children}</div>
    </details>
  );
}

/** Label–value lines inside ProviderDetails; long values (hashes, paths, addresses) wrap. */
export function DetailFacts({ facts }: { facts: readonly { label: string; value: ReactNode }[] }) {
  return (
    <dl className="detail-facts">
      {facts.map((fact) => (
        <div key={fact.label} className="detail-facts__row">
          <dt className="detail-facts__label">{fact.label}</dt>
          <dd className="detail-facts__value">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
