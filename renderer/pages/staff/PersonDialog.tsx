import {
  Button,
  Checkbox,
  CheckboxGroup,
  Dialog,
  Form,
  Heading,
  Label,
  Modal,
  ModalOverlay,
  Text,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { MAX_EMAILS_PER_PERSON, STAFF_ROLES, StaffInputSchema, type StaffMember } from '../../../electron/core/model/schemas/staff.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { CHOOSABLE_SERVICES } from './catalog.ts';
import { displayName } from './labels.ts';
import { usePersonForm } from './use-person-form.ts';
import { FormDialogFooter } from '../../components/FormDialogFooter.tsx';

export interface PersonDialogProps {
  /** The person to edit; null to add someone. */
  member: StaffMember | null;
  onClose: () => void;
  onSaved: (saved: StaffMember, change: 'added' | 'updated') => void;
}

/** Add or edit one person: a modal dialog (focus kept inside, Escape closes it). */
export function PersonDialog({ member, onClose, onSaved }: PersonDialogProps) {
  const { t } = useTranslation();
  const form = usePersonForm({ member, onSaved });
  const { draft, errors, saving, failure } = form;

  const title = member ? t('staff.form.editTitle', { name: displayName(member) }) : t('staff.form.addTitle');

  return (
    <ModalOverlay
      isOpen
      isDismissable={false}
      onOpenChange={(open) => {
        if (!open && !saving) onClose();
      }}
      className="dialog-backdrop"
    >
      <Modal className="dialog-modal dialog-modal--wide">
        <Dialog className="staff-dialog">
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          <Form ref={form.formRef} className="staff-form" validationBehavior="aria" onSubmit={(event) => void form.submit(event)}>
            <p className="staff-muted staff-form__required">{t('staff.form.required')}</p>
            <div className="staff-form__row">
              <TextInputField
                label={t('staff.form.firstName')}
                value={draft.firstName}
                onChange={(firstName) => form.update({ firstName })}
                autoComplete="off"
                autoFocus
              />
              <TextInputField
                label={t('staff.form.lastName')}
                value={draft.lastName}
                onChange={(lastName) => form.update({ lastName })}
                isRequired
                isInvalid={errors.lastName !== undefined}
                errorMessage={errors.lastName}
                autoComplete="off"
              />
            </div>

            <div className="staff-form__row">
              <SelectField
                label={t('staff.form.role')}
                options={STAFF_ROLES.map((role) => ({ id: role, label: t(`staff.roles.${role}`) }))}
                value={draft.role}
                onChange={(role) => form.update({ role })}
              />
              {draft.role === 'other' ? (
                <TextInputField
                  label={t('staff.form.roleLabel')}
                  description={t('staff.form.roleLabelHint')}
                  value={draft.roleLabel}
                  onChange={(roleLabel) => form.update({ roleLabel })}
                  maxLength={StaffInputSchema.shape.roleLabel.in.unwrap().maxLength ?? undefined}
                  autoComplete="off"
                />
              ) : null}
            </div>

            <fieldset className="staff-fieldset">
              <legend className="form-field__label">{t('staff.form.emails')}</legend>
              <p className="staff-hint">{t('staff.form.emailsHint')}</p>
              <ol className="staff-email-list">
                {draft.emails.map((email, index) => {
                  const error = errors.emails[email.key];
                  return (
                    <li key={email.key} className="staff-email-list__item">
                      <TextInputField
                        className="staff-email-list__field"
                        label={t('staff.form.emailLabel', { number: index + 1 })}
                        isLabelHidden
                        type="email"
                        value={email.value}
                        onChange={(value) => form.setEmail(email.key, value)}
                        isInvalid={error !== undefined}
                        errorMessage={error}
                        autoComplete="off"
                        autoFocus={email.key === form.addedKey}
                        verbatim
                      />
                      <Button
                        className="staff-icon-button"
                        aria-label={t('staff.form.removeEmail', { number: index + 1 })}
                        isDisabled={draft.emails.length === 1}
                        onPress={() => form.removeEmail(email.key)}
                      >
                        <Icon name="close" />
                      </Button>
                    </li>
                  );
                })}
              </ol>
              {draft.emails.length < MAX_EMAILS_PER_PERSON ? (
                <Button
                  className="button button--secondary button--small"
                  onPress={form.addEmail}
                >
                  <Icon name="plus" />
                  {t('staff.form.addEmail')}
                </Button>
              ) : (
                <p className="staff-hint">{t('staff.form.maxEmails')}</p>
              )}
            </fieldset>

            <CheckboxGroup
              className="staff-checkbox-group"
              value={draft.services}
              onChange={(values) => form.update({ services: CHOOSABLE_SERVICES.filter((service) => values.includes(service)) })}
            >
              <Label className="form-field__label">{t('staff.form.services')}</Label>
              <Text slot="description" className="staff-hint">
                {t('staff.form.servicesHint')}
              </Text>
              <div className="staff-checkbox-group__options">
                {CHOOSABLE_SERVICES.map((service) => (
                  <Checkbox key={service} value={service} className="checkbox">
                    <span className="checkbox__box" aria-hidden="true">
                      <Icon name="check" className="checkbox__tick" />
                    </span>
                    <span>{t(`staff.services.${service}`)}</span>
                  </Checkbox>
                ))}
              </div>
            </CheckboxGroup>

            {failure ? <ErrorBanner error={failure} /> : form.fixFields ? (
              <p className="staff-form__summary" role="alert">
                <Icon name="close" className="staff-form__summary-icon" />
                {t('staff.form.fixFields')}
              </p>
            ) : null}

            <FormDialogFooter
              className="staff-dialog__footer"
              pending={saving}
              onCancel={onClose}
              cancelLabel={t('staff.form.cancel')}
              saveLabel={t('staff.form.save')}
              savingLabel={t('staff.form.saving')}
            />
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
