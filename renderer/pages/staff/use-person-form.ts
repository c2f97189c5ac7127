import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceId, StaffInput, StaffMember, StaffRole } from '../../../electron/core/model/schemas/staff.ts';
import { ApiFailure, api } from '../../api/client.ts';
import { useAction } from '../../components/use-action.ts';
import { defaultServices } from '../../../electron/core/model/role-services.ts';
import { looksLikeEmail } from './catalog.ts';

export interface EmailDraft {
  /** Stable across edits, so React keeps each field (and its focus) in place. */
  key: number;
  value: string;
}

export interface Draft {
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
    return { firstName: '', lastName: '', role: 'physician', roleLabel: '', emails: [emailDraft()], services: defaultServices('physician') };
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

const sameServices = (a: readonly ServiceId[], b: readonly ServiceId[]) => a.length === b.length && a.every((service) => b.includes(service));

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

interface PersonFormOptions {
  /** The person to edit; null to add someone. */
  member: StaffMember | null;
  onSaved: (saved: StaffMember, change: 'added' | 'updated') => void;
}

/**
 * Adding or editing one person: the draft, its checks (a last name, at least one e-mail, each
 * well formed, none twice, none already on the roster as the engine said), then the save. Errors
 * show from the first "Save", and the focus goes to the first field in error.
 */
export function usePersonForm({ member, onSaved }: PersonFormOptions) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(member));
  const [showErrors, setShowErrors] = useState(false);
  const [takenEmail, setTakenEmail] = useState<string | null>(null);
  /** The e-mail field added last with "Add an e-mail address": it takes the focus as it appears. */
  const [addedKey, setAddedKey] = useState<number | null>(null);
  /** Bumped to move the focus to the first invalid field, once it is drawn as invalid. */
  const [focusInvalid, setFocusInvalid] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const save = useAction();

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
  const errors = validate(draft);
  const hasErrors = errors.lastName !== undefined || Object.keys(errors.emails).length > 0;

  useEffect(() => {
    if (focusInvalid === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusInvalid]);
  const focusFirstInvalid = () => setFocusInvalid((count) => count + 1);

  const update = (patch: Partial<Draft>) =>
    setDraft((current) => {
      // A new person's accounts follow their role while nobody has changed them by hand.
      const followsRole = !member && patch.role && patch.services === undefined && sameServices(current.services, defaultServices(current.role));
      return { ...current, ...patch, ...(followsRole ? { services: defaultServices(patch.role!) } : {}) };
    });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.busy) return;
    setShowErrors(true);
    save.reset();
    if (hasErrors) {
      focusFirstInvalid();
      return;
    }
    await save.run(
      async () => {
        const input = inputOf(draft);
        const saved = member ? await api.staff.update({ id: member.id, person: input }) : await api.staff.create(input);
        onSaved(saved, member ? 'updated' : 'added');
      },
      {
        failed: (error) => {
          if (error instanceof ApiFailure && error.code === 'email-already-on-roster') {
            const email = error.error.details?.email;
            if (typeof email === 'string') setTakenEmail(email.trim().toLowerCase());
            focusFirstInvalid();
          }
        },
      },
    );
  };

  return {
    formRef,
    draft,
    update,
    setEmail: (key: number, value: string) =>
      setDraft((current) => ({
        ...current,
        emails: current.emails.map((email) => (email.key === key ? { ...email, value } : email)),
      })),
    addEmail: () => {
      const added = emailDraft();
      update({ emails: [...draft.emails, added] });
      setAddedKey(added.key);
    },
    removeEmail: (key: number) => update({ emails: draft.emails.filter((other) => other.key !== key) }),
    addedKey,
    /** What is wrong with each field, once the user has tried to save. */
    errors: showErrors ? errors : { emails: {} },
    /** "Fix the fields in red": after a save was tried with errors. */
    fixFields: showErrors && hasErrors,
    saving: save.busy,
    failure: save.failure,
    submit,
  };
}
