import { useId, useState } from 'react';
import { Dialog, Form, Heading, Modal, ModalOverlay, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { MFA_STATUSES, type MfaStatus } from '../../../electron/core/model/schemas/mfa.ts';
import { MfaDeclareInputSchema, type MfaCell } from '../../../electron/core/model/schemas/mfa-matrix.ts';
import { api } from '../../api/client.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useAction } from '../../components/use-action.ts';
import { MfaStatusBadge } from './MfaStatusBadge.tsx';
import { FormDialogFooter } from '../../components/FormDialogFooter.tsx';

interface DeclareDialogProps {
  personName: string;
  accountLabel: string;
  cell: MfaCell;
  onClose(): void;
  onSaved(status: MfaStatus): void;
}

/** Record what a person says protects one account: one of the six statuses, and a note. */
export function DeclareDialog({ personName, accountLabel, cell, onClose, onSaved }: DeclareDialogProps) {
  const { t } = useTranslation();
  const questionId = useId();
  const [status, setStatus] = useState<MfaStatus>(cell.status);
  const [note, setNote] = useState('');
  const saving = useAction();
  const { busy: pending, failure } = saving;

  const save = () =>
    saving.run(async () => {
      await api.mfa.declare({ accountId: cell.accountId, status, ...(note.trim() ? { note: note.trim() } : {}) });
      onSaved(status);
    });

  return (
    <ModalOverlay className="dialog-backdrop" isOpen onOpenChange={(open) => !open && onClose()} isDismissable={!pending}>
      <Modal className="dialog-modal dialog-modal--wide">
        <Dialog className="mfa-declare">
          <Heading slot="title" className="dialog-title">
            {t('mfa.declare.title')}
          </Heading>
          <p className="mfa-declare__subtitle">{t('mfa.declare.subtitle', { name: personName, account: accountLabel })}</p>
          <Form
            className="mfa-declare__form"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <RadioGroup
              className="choice-group"
              aria-labelledby={questionId}
              value={status}
              onChange={(value) => setStatus(value as MfaStatus)}
            >
              <p id={questionId} className="form-field__label">
                {t('mfa.declare.question')}
              </p>
              <div className="choice-group__options mfa-declare__options">
                {MFA_STATUSES.map((option) => (
                  <Radio key={option} value={option} className="choice" aria-label={t(`mfa.status.${option}`)}>
                    <span className="choice__indicator" aria-hidden="true" />
                    <span className="choice__text">
                      <MfaStatusBadge status={option} />
                      <span className="choice__hint">{t(`mfa.statusHint.${option}`)}</span>
                    </span>
                  </Radio>
                ))}
              </div>
            </RadioGroup>
            <TextInputField
              label={t('mfa.declare.note')}
              labelNote={t('mfa.declare.noteNote')}
              description={t('mfa.declare.noteHint')}
              value={note}
              onChange={setNote}
              maxLength={MfaDeclareInputSchema.shape.note.unwrap().maxLength ?? undefined}
            />
            <p className="prose prose--muted">{t('mfa.declare.who')}</p>
            {failure ? <ErrorBanner error={failure} /> : null}
            <FormDialogFooter
              className="confirm-dialog__actions"
              pending={pending}
              onCancel={onClose}
              cancelLabel={t('mfa.declare.cancel')}
              saveLabel={t('mfa.declare.save')}
              savingLabel={t('mfa.declare.saving')}
            />
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
