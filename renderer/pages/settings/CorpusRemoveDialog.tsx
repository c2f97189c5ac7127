import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Corpus } from '../../../electron/core/api/schemas/corpora.ts';
import { api } from '../../api/client.ts';
import { toFailureText, type FailureText } from '../../api/failure-text.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';

interface CorpusRemoveDialogProps {
  corpus: Corpus;
  onClose(): void;
  onRemoved(corpus: Corpus): void;
}

/** "Remove the list X?": its addresses stop being looked up; past results and the journal stay. */
export function CorpusRemoveDialog({ corpus, onClose, onRemoved }: CorpusRemoveDialogProps) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState(false);
  const [failure, setFailure] = useState<FailureText | null>(null);

  const remove = async () => {
    setRemoving(true);
    setFailure(null);
    try {
      await api.corpora.remove({ id: corpus.id });
      onRemoved(corpus);
    } catch (error) {
      setFailure(toFailureText(error));
      setRemoving(false);
    }
  };

  return (
    <ConfirmDialog
      isOpen
      onOpenChange={(open) => {
        if (!open && !removing) onClose();
      }}
      title={t('sources.remove.title', { name: corpus.name })}
      confirmLabel={t('sources.remove.confirm')}
      pendingLabel={t('sources.remove.removing')}
      cancelLabel={t('sources.remove.cancel')}
      onConfirm={() => void remove()}
      isPending={removing}
      failure={failure}
      tone="danger"
    >
      <p className="prose">{t('sources.remove.body', { count: corpus.entries })}</p>
    </ConfirmDialog>
  );
}
