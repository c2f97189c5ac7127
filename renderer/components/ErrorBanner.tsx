import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { FailureText } from '../api/failure-text.ts';
import { Icon } from './Icon.tsx';

interface ErrorBannerProps {
  /** An ApiError from the engine, or the texts of a failure on this side (see toFailureText). */
  error: FailureText;
  onRetry?: () => void;
}

/** A failure, said plainly in the interface language: what happened, then what to do. */
export function ErrorBanner({ error, onRetry }: ErrorBannerProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  return (
    <div role="alert" className="error-banner">
      <Icon name="alert" className="error-banner__icon" />
      <div className="error-banner__body">
        <p className="error-banner__message">{error.message[language]}</p>
        <p className="error-banner__action">
          <strong>{t('errorBanner.actionLabel')}</strong> {error.action[language]}
        </p>
        {error.code ? (
          <p className="error-banner__code">{t('errorBanner.code', { code: error.code })}</p>
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
