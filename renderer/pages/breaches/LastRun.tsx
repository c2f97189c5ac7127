import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { BreachResults } from '../../../electron/core/model/schemas/breach-check.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Icon } from '../../components/Icon.tsx';

interface LastRunProps {
  lastRun: NonNullable<BreachResults['lastRun']>;
  /** false while this visit already shows the live failure of that same check. */
  showError: boolean;
  resuming: boolean;
  onRetry: () => void;
  onResume: () => void;
}

/**
 * How the last check ended, as the engine kept it: still true after a reload or a restart. A
 * failed check says why and what to do (the stored error), an interrupted one that it resumes.
 */
export function LastRun({ lastRun, showError, resuming, onRetry, onResume }: LastRunProps) {
  const { t, i18n } = useTranslation();
  const date = formatDateTime(lastRun.startedAt, i18n.language);

  if (lastRun.state === 'failed' && lastRun.error && showError) {
    return (
      <div className="breach-last-run" data-state={lastRun.state}>
        <p className="text-hint">{t('breaches.run.lastRunFailed', { date })}</p>
        <ErrorBanner error={lastRun.error} onRetry={onRetry} />
      </div>
    );
  }
  return (
    <div className="breach-last-run" data-state={lastRun.state}>
      <p className="text-hint">{t('breaches.run.lastRun', { date, state: t(`breaches.run.lastRunState.${lastRun.state}`) })}</p>
      {lastRun.state === 'interrupted' ? (
        <div className="split-row">
          <p className="text-hint">{t('breaches.run.interrupted')}</p>
          <Button className="button button--secondary" onPress={onResume} isDisabled={resuming}>
            <Icon name="clock" />
            {resuming ? t('breaches.run.resuming') : t('breaches.run.resume')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
