import type { ColumnMapping, PreviewRow, RosterField, RowIssue, RowNotice } from '../model/schemas/roster-import.ts';
import { MAX_EMAILS_PER_PERSON } from '../model/schemas/staff.ts';
import { mixedScripts, revealHiddenCharacters } from './deceptive-text.ts';
import { readEmailCell } from './email-cell.ts';
import { looksLikeFormula } from './formula-guard.ts';
import { collapseSpaces, shorten } from './normalise-text.ts';
import { mapRole } from './role-mapping.ts';
import { mapServices } from './service-mapping.ts';
import { defaultServices } from '../model/role-services.ts';
import { splitFullName } from './split-full-name.ts';

// One line of the file → one person, with every reason it cannot be imported (issues) and what
// the user should know though it can (notices).

/** Longer than any name, role or address list: a pasted document, not a cell to read. */
export const MAX_CELL_LENGTH = 1000;
/** What the store accepts for a name or a role label (StaffInputSchema). */
const MAX_NAME_LENGTH = 120;

/** What earlier rows and the roster already hold, shared across the rows of one preview. */
export interface RowContext {
  mapping: ColumnMapping;
  /** emailKey → display name of the person already on the roster. */
  existing: ReadonlyMap<string, string>;
  /** emailKey → line of the first row in this file that has it. */
  seen: Map<string, number>;
}

const NAME_AND_ROLE_FIELDS: readonly RosterField[] = ['lastName', 'firstName', 'fullName', 'role'];
const FIELDS: readonly RosterField[] = ['lastName', 'firstName', 'fullName', 'email', 'role', 'services'];

export function validateRow(cells: readonly string[], line: number, context: RowContext): PreviewRow {
  const { mapping } = context;
  const issues: RowIssue[] = [];
  const notices: RowNotice[] = [];

  // Each mapped cell, read once; an over-long one is reported and then read as empty, so a
  // 1 MB paste costs one slice, not a split or a regex over a megabyte.
  const cell: Record<RosterField, string> = { lastName: '', firstName: '', fullName: '', email: '', role: '', services: '' };
  const tooLong = new Set<number>();
  for (const field of FIELDS) {
    const column = mapping[field];
    if (column === null) continue;
    const raw = cells[column] ?? '';
    if (raw.length > MAX_CELL_LENGTH) {
      if (!tooLong.has(column)) issues.push({ code: 'cell-too-long', value: `${raw.slice(0, 80)}…` });
      tooLong.add(column);
      continue;
    }
    cell[field] = raw;
  }
  const fieldTooLong = (field: RosterField) => mapping[field] !== null && tooLong.has(mapping[field]);

  for (const field of NAME_AND_ROLE_FIELDS) {
    if (looksLikeFormula(cell[field])) notices.push({ code: 'formula-like-text', value: shorten(collapseSpaces(cell[field])) });
  }

  // Name: separate columns when filled, else the whole-name column.
  let lastName = collapseSpaces(cell.lastName);
  let firstName = collapseSpaces(cell.firstName);
  if (lastName === '' && cell.fullName.trim() !== '') {
    const split = splitFullName(cell.fullName);
    lastName = split.lastName;
    if (firstName === '') firstName = split.firstName;
  }
  const nameTooLong = fieldTooLong('lastName') || fieldTooLong('firstName') || fieldTooLong('fullName');
  if (lastName === '' && !nameTooLong) issues.push({ code: 'missing-name' });
  for (const name of [lastName, firstName]) {
    if (name.length > MAX_NAME_LENGTH) issues.push({ code: 'cell-too-long', value: shorten(name) });
  }

  const { role, roleLabel, recognised } = mapRole(cell.role);
  if (!recognised) notices.push({ code: 'role-not-recognised', value: shorten(roleLabel ?? '') });
  if (roleLabel !== null && roleLabel.length > MAX_NAME_LENGTH) issues.push({ code: 'cell-too-long', value: shorten(roleLabel) });

  const mapped = mapServices(cell.services);
  const { unknown } = mapped;
  // No services column: the role's usual accounts (editable afterwards on the staff page).
  const services = mapping.services === null ? defaultServices(role) : mapped.services;
  for (const name of unknown) notices.push({ code: 'service-not-recognised', value: shorten(name) });

  const { valid: emails, invalid } = readEmailCell(cell.email);
  for (const value of invalid) issues.push({ code: 'invalid-email', value: shorten(value) });
  if (emails.length === 0 && invalid.length === 0 && !fieldTooLong('email')) issues.push({ code: 'missing-email' });
  if (emails.length > MAX_EMAILS_PER_PERSON) issues.push({ code: 'too-many-emails', value: String(emails.length) });
  for (const email of emails) {
    const existingName = context.existing.get(email);
    if (existingName !== undefined) issues.push({ code: 'duplicate-existing', value: email, existingName });
    const otherLine = context.seen.get(email);
    if (otherLine === undefined) context.seen.set(email, line);
    else issues.push({ code: 'duplicate-in-file', value: email, otherLine });
  }

  // How a forged name or address hides: said, not refused (see deceptive-text.ts).
  for (const name of [lastName, firstName, roleLabel ?? '']) {
    const revealed = revealHiddenCharacters(name, 'name');
    if (revealed !== null) notices.push({ code: 'hidden-characters', value: shorten(revealed) });
  }
  for (const email of emails) {
    const revealed = revealHiddenCharacters(email, 'address');
    if (revealed !== null) notices.push({ code: 'hidden-characters', value: shorten(revealed) });
    const mixed = mixedScripts(email);
    if (mixed !== null) notices.push({ code: 'mixed-scripts', value: shorten(mixed.marked), scripts: mixed.scripts });
  }

  return {
    line,
    status: issues.length > 0 ? 'error' : 'ready',
    issues,
    notices,
    person: { firstName, lastName, role, roleLabel, emails, services },
    shared: null,
  };
}
