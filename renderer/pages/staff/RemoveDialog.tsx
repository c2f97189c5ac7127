import { useState } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../electron/core/api/schemas/staff.ts';
import { api } from '../../api/client.ts';
import { toFailureText, type FailureText } from '../../api/failure-text.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { displayName } from './labels.ts';

interface RemoveDialogProps {
  member: StaffMember;
  onClose: () => void;
  onRemoved: (member: StaffMember) => void;
}

/** "Remove X from the list?": an alert dialog, Cancel first, saying the log keeps the person. */
export function RemoveDialog({ member, onClose, onRemoved }: RemoveDialogProps) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState(false);
  const [failure, setFailure] = useState<FailureText | null>(null);
  const name = displayName(member);

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
    <ModalOverlay
      isOpen
      isDismissable={false}
      onOpenChange={(open) => {
        if (!open && !removing) onClose();
      }}
      className="staff-modal-overlay"
    >
      <Modal className="staff-modal staff-modal--narrow">
        <Dialog role="alertdialog" className="staff-dialog">
          <Heading slot="title" className="staff-dialog__title">
            {t('staff.remove.title', { name })}
          </Heading>
          <p className="prose">{t('staff.remove.body')}</p>
          <p className="staff-note">
            <Icon name="info" className="staff-note__icon" />
            <span>{t('staff.remove.journal')}</span>
          </p>
          {failure ? <ErrorBanner error={failure} /> : null}
          <div className="staff-dialog__footer">
            <Button className="button button--secondary" onPress={onClose} isDisabled={removing} autoFocus>
              {t('staff.remove.cancel')}
            </Button>
            <Button className="button staff-button--danger" onPress={() => void remove()} isPending={removing}>
              {removing ? t('staff.remove.removing') : t('staff.remove.confirm')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
