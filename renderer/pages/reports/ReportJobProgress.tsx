import { useTranslation } from 'react-i18next';
import { reportStageAt } from '../../../electron/core/model/report-progress.ts';
import { JobProgressBox } from '../../components/JobProgressBox.tsx';
import type { ReportJobProgress } from './use-report-job.ts';

interface ReportJobProgressProps {
  progress: ReportJobProgress;
  total: number;
  cancelling: boolean;
  onCancel: () => void;
}

/** The report being made: how far (a percentage), the step under way, Stop. */
export function ReportJobProgressView({ progress, total, cancelling, onCancel }: ReportJobProgressProps) {
  const { t, i18n } = useTranslation();
  // The language's own percent sign and spacing ("42 %" with a narrow no-break space in French).
  const percent = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { style: 'percent' }).format(progress.units / total);
  return (
    <JobProgressBox
      className="report-progress"
      label={t('reports.generate.progress')}
      count={percent}
      done={progress.units}
      total={total}
      status={t(`reports.stages.${reportStageAt(progress.units)}`)}
      hint={t('reports.generate.background')}
      cancelLabel={cancelling ? t('reports.generate.cancelling') : t('reports.generate.cancel')}
      cancelling={cancelling}
      onCancel={onCancel}
    />
  );
}
