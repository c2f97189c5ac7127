import { Button } from 'react-aria-components/Button';
import { useTranslation } from 'react-i18next';
import type { FailureText } from '../api/failure-text.ts';
import { Icon } from './Icon.tsx';
import { DetailFacts, ProviderDetails } from './ProviderDetails.tsx';

interface ErrorBannerProps {
  /** An ApiError from the engine, or the texts of a failure on this side (see toFailureText). */
  error: FailureText;
  onRetry?: () => void;
}

/**
 * A failure, said plainly in the interface language: what happened, then what to do. The code
 * and the engine's details are for the IT provider: folded under the sentences, never instead.
 */
export function ErrorBanner({ error, onRetry }: ErrorBannerProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const facts = [
    ...(error.code ? [{ label: t('errorBanner.code'), value: <code className="long-value">{error.code}</code> }] : []),
    ...Object.entries(error.details ?? {}).map(([label, value]) => ({ label, value: <code className="long-value">{String(value)}</code> })),
  ];
  return (
    <div role="alert" className="error-banner">
      <Icon name="alert" className="error-banner__icon" />
      <div className="error-banner__body">
        <p className="error-banner__message">{error.message[language]}</p>
        <p className="error-banner__action">
          <strong>{t('errorBanner.actionLabel')}</strong> {error.action[language]}
        </p>
        {facts.length > 0 ? (
          <ProviderDetails className="error-banner__details">
            <DetailFacts facts={facts} />
          </ProviderDetails>
        ) : null}
      </div>
      {onRetry ? (
        <Button className="button button--secondary error-banner__retry" onPress={onRetry}>
          {t('errorBanner.retry')}
        </Button>
      ) : null}
    </div>
  );
}
