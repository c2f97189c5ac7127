import { parseDate, type CalendarDate } from '@internationalized/date';
import { useId, useState } from 'react';
import {
  DateField,
  DateInput,
  DateSegment,
  Dialog,
  FieldError,
  Form,
  Heading,
  Label,
  Modal,
  ModalOverlay,
  Radio,
  RadioGroup,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ACCEPTED_REASON_MAX, type ActionItem, type ActionSetStatusResult } from '../../../electron/core/model/schemas/actions.ts';
import { FINDING_STATUSES, type FindingStatusValue } from '../../../electron/core/model/schemas/report.ts';
import { api } from '../../api/client.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { useAction } from '../../components/use-action.ts';
import { FormDialogFooter } from '../../components/FormDialogFooter.tsx';

interface StatusDialogProps {
  item: ActionItem;
  /** The list's day (YYYY-MM-DD): "later" takes today or a day to come. */
  today: string;
  onClose(): void;
  onSaved(result: ActionSetStatusResult): void;
}

/**
 * Where an action stands: one of four statuses (a radio group, arrows to move, nothing saved
 * until Save), "later" with its day, "accepted" with its reason. The engine checks the same rules
 * (actions.setStatus); its refusal shows here and nothing is lost.
 */
export function StatusDialog({ item, today, onClose, onSaved }: StatusDialogProps) {
  const { t } = useTranslation();
  const questionId = useId();
  const [status, setStatus] = useState<FindingStatusValue>(item.status.value);
  const [until, setUntil] = useState<CalendarDate | null>(item.status.until ? parseDate(item.status.until) : null);
  const [reason, setReason] = useState(item.status.reason ?? '');
  const [tried, setTried] = useState(false);
  const saving = useAction();
  const { busy: pending, failure } = saving;
  const minimum = parseDate(today);

  const untilProblem = status !== 'later' ? null : until === null ? t('actions.dialog.untilMissing') : until.compare(minimum) < 0 ? t('actions.dialog.untilPast') : null;
  const reasonProblem = status === 'accepted' && reason.trim() === '' ? t('actions.dialog.reasonMissing') : null;

  const save = () => {
    setTried(true);
    if (untilProblem || reasonProblem) return;
    void saving.run(async () => {
      const result = await api.actions.setStatus({
        id: item.id,
        status,
        ...(status === 'later' && until ? { until: until.toString() } : {}),
        ...(status === 'accepted' ? { reason: reason.trim() } : {}),
      });
      onSaved(result);
    });
  };

  return (
    <ModalOverlay className="dialog-backdrop" isOpen onOpenChange={(open) => !open && onClose()} isDismissable={!pending}>
      <Modal className="dialog-modal dialog-modal--wide">
        <Dialog className="status-dialog">
          <Heading slot="title" className="dialog-title">
            {t('actions.dialog.title')}
          </Heading>
          <p className="status-dialog__subject">{item.title}</p>
          <Form
            className="status-dialog__form"
            validationBehavior="aria"
            onSubmit={(event) => {
              event.preventDefault();
              save();
            }}
          >
            <RadioGroup className="choice-group" aria-labelledby={questionId} value={status} onChange={(value) => setStatus(value as FindingStatusValue)}>
              <p id={questionId} className="form-field__label">
                {t('actions.dialog.question')}
              </p>
              <div className="choice-group__options status-dialog__options">
                {FINDING_STATUSES.map((option) => (
                  // The current status has the focus when the dialog opens: the arrows change it at once.
                  <Radio
                    key={option}
                    value={option}
                    className="choice"
                    aria-label={t(`actions.status.${option}`)}
                    aria-describedby={`${questionId}-${option}`}
                    autoFocus={option === item.status.value}
                  >
                    <span className="choice__indicator" aria-hidden="true" />
                    <span className="choice__text">
                      <span className="choice__label">{t(`actions.status.${option}`)}</span>
                      <span id={`${questionId}-${option}`} className="choice__hint">
                        {t(`actions.dialog.hint.${option}`)}
                      </span>
                    </span>
                  </Radio>
                ))}
              </div>
            </RadioGroup>
            {status === 'later' ? (
              <DateField
                className="form-field status-dialog__date"
                value={until}
                onChange={setUntil}
                minValue={minimum}
                isRequired
                isInvalid={tried && untilProblem !== null}
                granularity="day"
              >
                <Label className="form-field__label">{t('actions.dialog.until')}</Label>
                <DateInput className="form-field__input date-input">{(segment) => <DateSegment segment={segment} className="date-input__segment" />}</DateInput>
                <Text slot="description" className="form-field__description">
                  {t('actions.dialog.untilHint')}
                </Text>
                <FieldError className="form-field__error">{untilProblem}</FieldError>
              </DateField>
            ) : null}
            {status === 'accepted' ? (
              <TextField
                className="form-field"
                value={reason}
                onChange={setReason}
                isRequired
                maxLength={ACCEPTED_REASON_MAX}
                isInvalid={tried && reasonProblem !== null}
              >
                <Label className="form-field__label">{t('actions.dialog.reason')}</Label>
                <TextArea className="form-field__input status-dialog__reason" rows={3} />
                <Text slot="description" className="form-field__description">
                  {t('actions.dialog.reasonHint')}
                </Text>
                <FieldError className="form-field__error">{reasonProblem}</FieldError>
              </TextField>
            ) : null}
            <p className="prose prose--muted">{t('actions.dialog.who')}</p>
            {failure ? <ErrorBanner error={failure} /> : null}
            <FormDialogFooter
              className="confirm-dialog__actions status-dialog__actions"
              pending={pending}
              onCancel={onClose}
              cancelLabel={t('actions.dialog.cancel')}
              saveLabel={t('actions.dialog.save')}
              savingLabel={t('actions.dialog.saving')}
            />
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
