import { useId } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { JobSnapshot } from '../../../electron/core/api/schemas/jobs.ts';
import { Icon } from '../../components/Icon.tsx';
import { etaText } from './labels.ts';

interface JobProgressProps {
  job: JobSnapshot;
  cancelling: boolean;
  onCancel: () => void;
}

/** The running check: a real progress bar (done / total), the address under way, the time left, Cancel. */
export function JobProgress({ job, cancelling, onCancel }: JobProgressProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const count = t('breaches.progress.count', { done: job.done, total: job.total });
  return (
    <div className="breach-progress">
      <div className="split-row">
        <p id={labelId} className="breach-progress__label">
          {t('breaches.progress.label')}
        </p>
        <p className="breach-progress__count">{count}</p>
      </div>
      {/* A native <progress>: role progressbar with its values, styled without inline styles (CSP). */}
      <progress className="progress-bar breach-progress__bar" max={Math.max(job.total, 1)} value={job.done} aria-labelledby={labelId} aria-valuetext={count} />
      <div className="split-row" aria-live="polite">
        <p className="breach-progress__current">
          <Icon name="clock" className="breach-progress__icon" />
          <span>
            {job.stage === 'preparing' || job.currentItem === undefined
              ? t('breaches.progress.preparing')
              : t('breaches.progress.current', { item: job.currentItem })}
          </span>
        </p>
        <p className="breach-progress__eta">
          {job.etaSeconds === undefined ? t('breaches.progress.etaUnknown') : t('breaches.progress.eta', { time: etaText(t, job.etaSeconds) })}
        </p>
      </div>
      <div className="split-row breach-progress__foot">
        <p className="text-hint">{t('breaches.progress.background')}</p>
        <Button className="button button--secondary" onPress={onCancel} isDisabled={cancelling}>
          <Icon name="close" />
          {cancelling ? t('breaches.run.cancelling') : t('breaches.run.cancel')}
        </Button>
      </div>
    </div>
  );
}
