import { useTranslation } from 'react-i18next';
import { JobProgressBox } from '../../components/JobProgressBox.tsx';
import { etaText } from '../breaches/labels.ts';
import type { CorpusImportProgress } from './use-corpus-import.ts';

interface CorpusImportProgressViewProps {
  progress: CorpusImportProgress;
  cancelling: boolean;
  onCancel: () => void;
}

/** The import under way: lines read / lines in the file, the time left, Cancel. */
export function CorpusImportProgressView({ progress, cancelling, onCancel }: CorpusImportProgressViewProps) {
  const { t } = useTranslation();
  return (
    <JobProgressBox
      className="corpus-progress"
      label={t('sources.import.progress.label')}
      count={t('sources.import.progress.count', { done: progress.done, total: progress.total })}
      done={progress.done}
      total={progress.total}
      status={
        progress.etaSeconds === undefined
          ? t('sources.import.progress.etaUnknown')
          : t('sources.import.progress.eta', { time: etaText(t, progress.etaSeconds) })
      }
      hint={t('sources.import.progress.nothingKept')}
      cancelLabel={cancelling ? t('sources.import.progress.cancelling') : t('sources.import.progress.cancel')}
      cancelling={cancelling}
      onCancel={onCancel}
    />
  );
}
