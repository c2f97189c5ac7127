import { EmailSchema } from '../../../electron/core/model/schemas/practice.ts';
import { ENCODINGS as CONTRACT_ENCODINGS, ROSTER_FIELDS, type ColumnMapping, type Delimiter, type Encoding, type RosterField } from '../../../electron/core/model/schemas/roster-import.ts';
import { SERVICE_IDS } from '../../../electron/core/model/schemas/staff.ts';
import { accepts } from '../../api/field-rules.ts';

// The staff pages' lists and checks, from the contract itself (electron/core/model): the roles
// (STAFF_ROLES), services (SERVICE_IDS), import fields and limits are declared there once.

/** The services a person can tick: the mailbox comes with each e-mail address. */
export const CHOOSABLE_SERVICES = SERVICE_IDS.filter((service) => service !== 'mailbox');

/** Encodings a user can force, the most common in French practices first. */
export const ENCODINGS: readonly Encoding[] = ['windows-1252', ...CONTRACT_ENCODINGS.filter((encoding) => encoding !== 'windows-1252')];

/** The key naming a delimiter in the texts (`staff.preview.delimiters.<key>`). */
export function delimiterKey(delimiter: Delimiter): 'semicolon' | 'comma' | 'tab' {
  return delimiter === ';' ? 'semicolon' : delimiter === ',' ? 'comma' : 'tab';
}

/** What each column of the file is read as; `null` when it is ignored. */
export function fieldOfColumn(mapping: ColumnMapping, column: number): RosterField | null {
  return ROSTER_FIELDS.find((field) => mapping[field] === column) ?? null;
}

/**
 * The mapping after the user says "column `column` holds `field`" (or ignores it): a column holds
 * one field, a field comes from one column, so whatever was there before is let go.
 */
export function assignColumn(mapping: ColumnMapping, column: number, field: RosterField | null): ColumnMapping {
  const next: ColumnMapping = { ...mapping };
  for (const key of ROSTER_FIELDS) {
    if (next[key] === column) next[key] = null;
  }
  if (field) next[field] = column;
  return next;
}

/** An address the contract's EmailSchema accepts: one @, a dotted domain, no spaces. */
export function looksLikeEmail(text: string): boolean {
  return accepts(EmailSchema, text);
}
