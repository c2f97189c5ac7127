import type { TFunction } from 'i18next';
import type { RowIssue, RowNotice } from '../../../electron/core/model/schemas/roster-import.ts';
import type { StaffRole } from '../../../electron/core/model/schemas/staff.ts';

interface Named {
  firstName: string;
  lastName: string;
}

/** "Hélène Lefèvre": first name then last name, as the engine names people too. */
export function displayName(person: Named): string {
  return [person.firstName, person.lastName].filter(Boolean).join(' ');
}

/** The role as the practice reads it: its own word for an 'other' role when it gave one. */
export function roleText(t: TFunction, person: { role: StaffRole; roleLabel: string | null }): string {
  if (person.role === 'other' && person.roleLabel) return person.roleLabel;
  return t(`staff.roles.${person.role}`);
}

/** One reason a line of an import cannot be imported, in plain words. */
export function issueText(t: TFunction, issue: RowIssue): string {
  const value = issue.value ?? '';
  switch (issue.code) {
    case 'duplicate-in-file':
      return t('staff.preview.issues.duplicate-in-file', { value, otherLine: issue.otherLine ?? '?' });
    case 'duplicate-existing':
      return t('staff.preview.issues.duplicate-existing', { value, existingName: issue.existingName ?? '' });
    default:
      return t(`staff.preview.issues.${issue.code}`, { value });
  }
}

/** Something worth knowing about a line that will be imported anyway. */
export function noticeText(t: TFunction, notice: RowNotice): string {
  const value = notice.value ?? '';
  switch (notice.code) {
    case 'formula-like-text': {
      const first = value.trimStart().charAt(0) || '=';
      return t('staff.preview.notices.formula-like-text', { value, first });
    }
    case 'mixed-scripts': {
      // Alphabets the page has no name for (the engine's list is longer) keep their Unicode name.
      const names = (notice.scripts ?? []).map((script) => t(`staff.preview.scripts.${script}`, { defaultValue: script.replaceAll('_', ' ') }));
      return t('staff.preview.notices.mixed-scripts', { value, scripts: names.join(t('staff.preview.scriptsSeparator')) });
    }
    default:
      return t(`staff.preview.notices.${notice.code}`, { value });
  }
}
