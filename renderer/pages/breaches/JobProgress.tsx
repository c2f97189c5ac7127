import { useTranslation } from 'react-i18next';
import type { JobSnapshot } from '../../../electron/core/model/schemas/jobs.ts';
import { JobProgressBox } from '../../components/JobProgressBox.tsx';
import { etaText } from './labels.ts';

interface JobProgressProps {
  job: JobSnapshot;
  cancelling: boolean;
  onCancel: () => void;
}

/** The running check: done / total, the address under way, the time left, Cancel. */
export function JobProgress({ job, cancelling, onCancel }: JobProgressProps) {
  const { t } = useTranslation();
  const status =
    job.stage === 'preparing' && job.done > 0
      ? // A job picked up again after Hygie was closed: it goes on, it does not start over.
        t('breaches.progress.resuming', { count: job.done })
      : job.stage === 'preparing' || job.currentItem === undefined
        ? t('breaches.progress.preparing')
        : t('breaches.progress.current', { item: job.currentItem });
  return (
    <JobProgressBox
      className="breach-progress"
      label={t('breaches.progress.label')}
      count={t('breaches.progress.count', { done: job.done, total: job.total })}
      done={job.done}
      total={job.total}
      status={status}
      eta={job.etaSeconds === undefined ? t('breaches.progress.etaUnknown') : t('breaches.progress.eta', { time: etaText(t, job.etaSeconds) })}
      hint={t('breaches.progress.background')}
      cancelLabel={cancelling ? t('breaches.run.cancelling') : t('breaches.run.cancel')}
      cancelling={cancelling}
      onCancel={onCancel}
    />
  );
}
