import { useEffect, useRef, useState, type FormEvent } from 'react';
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
import {
  MAX_EMAILS_PER_PERSON,
  STAFF_ROLES,
  StaffInputSchema,
  type ServiceId,
  type StaffInput,
  type StaffMember,
  type StaffRole,
} from '../../../electron/core/model/schemas/staff.ts';
import { ApiFailure, api } from '../../api/client.ts';
import { toFailureText, type FailureText } from '../../api/failure-text.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { CHOOSABLE_SERVICES, looksLikeEmail } from './catalog.ts';
import { displayName } from './labels.ts';

interface EmailDraft {
  /** Stable across edits, so React keeps each field (and its focus) in place. */
  key: number;
  value: string;
}

interface Draft {
  firstName: string;
  lastName: string;
  role: StaffRole;
  roleLabel: string;
  emails: EmailDraft[];
  services: ServiceId[];
}

interface FieldErrors {
  lastName?: string;
  /** By EmailDraft key. */
  emails: Record<number, string>;
}

let nextEmailKey = 1;
const emailDraft = (value = ''): EmailDraft => ({ key: nextEmailKey++, value });

function draftOf(member: StaffMember | null): Draft {
  if (!member) {
    return { firstName: '', lastName: '', role: 'physician', roleLabel: '', emails: [emailDraft()], services: [] };
  }
  return {
    firstName: member.firstName,
    lastName: member.lastName,
    role: member.role,
    roleLabel: member.roleLabel ?? '',
    emails: member.emails.length > 0 ? member.emails.map((email) => emailDraft(email)) : [emailDraft()],
    services: member.services.filter((service) => service !== 'mailbox'),
  };
}

function inputOf(draft: Draft): StaffInput {
  return {
    firstName: draft.firstName.trim(),
    lastName: draft.lastName.trim(),
    role: draft.role,
    roleLabel: draft.role === 'other' ? draft.roleLabel.trim() || null : null,
    emails: draft.emails.map((email) => email.value.trim()).filter(Boolean),
    services: draft.services,
  };
}

export interface PersonDialogProps {
  /** The person to edit; null to add someone. */
  member: StaffMember | null;
  onClose: () => void;
  onSaved: (saved: StaffMember, change: 'added' | 'updated') => void;
}

/** Add or edit one person: a modal dialog (focus kept inside, Escape closes it). */
export function PersonDialog({ member, onClose, onSaved }: PersonDialogProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(member));
  const [showErrors, setShowErrors] = useState(false);
  const [takenEmail, setTakenEmail] = useState<string | null>(null);
  const [failure, setFailure] = useState<FailureText | null>(null);
  const [saving, setSaving] = useState(false);
  /** The e-mail field added last with "Add an e-mail address": it takes the focus as it appears. */
  const [addedKey, setAddedKey] = useState<number | null>(null);
  /** Bumped to move the focus to the first invalid field, once it is drawn as invalid. */
  const [focusInvalid, setFocusInvalid] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  const errors = validate(draft);
  const hasErrors = errors.lastName !== undefined || Object.keys(errors.emails).length > 0;

  function validate(current: Draft): FieldErrors {
    const result: FieldErrors = { emails: {} };
    if (current.lastName.trim() === '') result.lastName = t('staff.form.lastNameMissing');
    const filled = current.emails.filter((email) => email.value.trim() !== '');
    if (filled.length === 0) result.emails[current.emails[0]!.key] = t('staff.form.emailMissing');
    const seen = new Set<string>();
    for (const email of filled) {
      const value = email.value.trim();
      const key = value.toLowerCase();
      if (!looksLikeEmail(value)) result.emails[email.key] = t('staff.form.emailInvalid');
      else if (seen.has(key)) result.emails[email.key] = t('staff.form.emailRepeated');
      else if (takenEmail !== null && key === takenEmail) result.emails[email.key] = t('staff.form.emailTaken');
      seen.add(key);
    }
    return result;
  }

  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const setEmail = (key: number, value: string) =>
    setDraft((current) => ({
      ...current,
      emails: current.emails.map((email) => (email.key === key ? { ...email, value } : email)),
    }));

  useEffect(() => {
    if (focusInvalid === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusInvalid]);
  const focusFirstInvalid = () => setFocusInvalid((count) => count + 1);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setShowErrors(true);
    setFailure(null);
    if (hasErrors) {
      focusFirstInvalid();
      return;
    }
    setSaving(true);
    try {
      const input = inputOf(draft);
      const saved = member ? await api.staff.update({ id: member.id, person: input }) : await api.staff.create(input);
      onSaved(saved, member ? 'updated' : 'added');
    } catch (error) {
      if (error instanceof ApiFailure && error.code === 'email-already-on-roster') {
        const email = error.error.details?.email;
        if (typeof email === 'string') setTakenEmail(email.trim().toLowerCase());
        focusFirstInvalid();
      }
      setFailure(toFailureText(error));
      setSaving(false);
    }
  };

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
          <Form ref={formRef} className="staff-form" validationBehavior="aria" onSubmit={(event) => void submit(event)}>
            <p className="staff-muted staff-form__required">{t('staff.form.required')}</p>
            <div className="staff-form__row">
              <TextInputField
                label={t('staff.form.firstName')}
                value={draft.firstName}
                onChange={(firstName) => update({ firstName })}
                autoComplete="off"
                autoFocus
              />
              <TextInputField
                label={t('staff.form.lastName')}
                value={draft.lastName}
                onChange={(lastName) => update({ lastName })}
                isRequired
                isInvalid={showErrors && errors.lastName !== undefined}
                errorMessage={errors.lastName}
                autoComplete="off"
              />
            </div>

            <div className="staff-form__row">
              <SelectField
                label={t('staff.form.role')}
                options={STAFF_ROLES.map((role) => ({ id: role, label: t(`staff.roles.${role}`) }))}
                value={draft.role}
                onChange={(role) => update({ role })}
              />
              {draft.role === 'other' ? (
                <TextInputField
                  label={t('staff.form.roleLabel')}
                  description={t('staff.form.roleLabelHint')}
                  value={draft.roleLabel}
                  onChange={(roleLabel) => update({ roleLabel })}
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
                  const error = showErrors ? errors.emails[email.key] : undefined;
                  return (
                    <li key={email.key} className="staff-email-list__item">
                      <TextInputField
                        className="staff-email-list__field"
                        label={t('staff.form.emailLabel', { number: index + 1 })}
                        isLabelHidden
                        type="email"
                        value={email.value}
                        onChange={(value) => setEmail(email.key, value)}
                        isInvalid={error !== undefined}
                        errorMessage={error}
                        autoComplete="off"
                        autoFocus={email.key === addedKey}
                        verbatim
                      />
                      <Button
                        className="staff-icon-button"
                        aria-label={t('staff.form.removeEmail', { number: index + 1 })}
                        isDisabled={draft.emails.length === 1}
                        onPress={() => update({ emails: draft.emails.filter((other) => other.key !== email.key) })}
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
                  onPress={() => {
                    const added = emailDraft();
                    update({ emails: [...draft.emails, added] });
                    setAddedKey(added.key);
                  }}
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
              onChange={(values) => update({ services: CHOOSABLE_SERVICES.filter((service) => values.includes(service)) })}
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

            {failure ? <ErrorBanner error={failure} /> : showErrors && hasErrors ? (
              <p className="staff-form__summary" role="alert">
                <Icon name="close" className="staff-form__summary-icon" />
                {t('staff.form.fixFields')}
              </p>
            ) : null}

            <div className="staff-dialog__footer">
              <Button className="button button--secondary" onPress={onClose} isDisabled={saving}>
                {t('staff.form.cancel')}
              </Button>
              {/* isPending, not isDisabled: the button keeps the focus (and Escape keeps working) while saving. */}
              <Button type="submit" className="button button--primary" isPending={saving}>
                {saving ? t('staff.form.saving') : t('staff.form.save')}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
