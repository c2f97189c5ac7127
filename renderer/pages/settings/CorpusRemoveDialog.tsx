import { useTranslation } from 'react-i18next';
import type { Corpus } from '../../../electron/core/model/schemas/corpora.ts';
import { api } from '../../api/client.ts';
import { RemoveDialog } from '../../components/RemoveDialog.tsx';

interface CorpusRemoveDialogProps {
  corpus: Corpus;
  onClose(): void;
  onRemoved(corpus: Corpus): void;
}

/** "Remove the list X?": its addresses stop being looked up; past results and the journal stay. */
export function CorpusRemoveDialog({ corpus, onClose, onRemoved }: CorpusRemoveDialogProps) {
  const { t } = useTranslation();
  return (
    <RemoveDialog
      title={t('sources.remove.title', { name: corpus.name })}
      confirmLabel={t('sources.remove.confirm')}
      pendingLabel={t('sources.remove.removing')}
      cancelLabel={t('sources.remove.cancel')}
      remove={() => api.corpora.remove({ id: corpus.id })}
      onRemoved={() => onRemoved(corpus)}
      onClose={onClose}
    >
      <p className="prose">{t('sources.remove.body', { count: corpus.entries })}</p>
    </RemoveDialog>
  );
}
