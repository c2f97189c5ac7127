import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../electron/core/model/schemas/staff.ts';
import { api } from '../../api/client.ts';
import { Icon } from '../../components/Icon.tsx';
import { RemoveDialog as RemoveConfirm } from '../../components/RemoveDialog.tsx';
import { displayName } from './labels.ts';

interface RemoveDialogProps {
  member: StaffMember;
  onClose: () => void;
  onRemoved: (member: StaffMember) => void;
}

/** "Remove X from the list?": a confirmation that says the log keeps the person. */
export function RemoveDialog({ member, onClose, onRemoved }: RemoveDialogProps) {
  const { t } = useTranslation();
  return (
    <RemoveConfirm
      title={t('staff.remove.title', { name: displayName(member) })}
      confirmLabel={t('staff.remove.confirm')}
      pendingLabel={t('staff.remove.removing')}
      cancelLabel={t('staff.remove.cancel')}
      remove={() => api.staff.remove({ id: member.id })}
      onRemoved={() => onRemoved(member)}
      onClose={onClose}
    >
      <p className="prose">{t('staff.remove.body')}</p>
      <p className="staff-note">
        <Icon name="info" className="staff-note__icon" />
        <span>{t('staff.remove.journal')}</span>
      </p>
    </RemoveConfirm>
  );
}
