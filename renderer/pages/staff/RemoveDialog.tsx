import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../electron/core/api/schemas/staff.ts';
import { api } from '../../api/client.ts';
import { toFailureText, type FailureText } from '../../api/failure-text.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Icon } from '../../components/Icon.tsx';
import { displayName } from './labels.ts';

interface RemoveDialogProps {
  member: StaffMember;
  onClose: () => void;
  onRemoved: (member: StaffMember) => void;
}

/** "Remove X from the list?": a confirmation that says the log keeps the person. */
export function RemoveDialog({ member, onClose, onRemoved }: RemoveDialogProps) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState(false);
  const [failure, setFailure] = useState<FailureText | null>(null);

  const remove = async () => {
    setRemoving(true);
    setFailure(null);
    try {
      await api.staff.remove({ id: member.id });
      onRemoved(member);
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
      title={t('staff.remove.title', { name: displayName(member) })}
      confirmLabel={t('staff.remove.confirm')}
      pendingLabel={t('staff.remove.removing')}
      cancelLabel={t('staff.remove.cancel')}
      onConfirm={() => void remove()}
      isPending={removing}
      failure={failure}
      tone="danger"
    >
      <p className="prose">{t('staff.remove.body')}</p>
      <p className="staff-note">
        <Icon name="info" className="staff-note__icon" />
        <span>{t('staff.remove.journal')}</span>
      </p>
    </ConfirmDialog>
  );
}
