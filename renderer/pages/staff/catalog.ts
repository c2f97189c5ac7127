import type { ColumnMapping, Delimiter, Encoding, RosterField } from '../../../electron/core/model/schemas/roster-import.ts';
import type { ServiceId, StaffRole } from '../../../electron/core/model/schemas/staff.ts';

// The contract's lists, restated for the interface (the renderer may only import types from
// electron/). Each list is checked against its type: a role or service added to the contract and
// not here fails the type check, through the `Record<…, true>` tables below.

const ROLE_TABLE: Record<StaffRole, true> = {
  physician: true,
  pharmacist: true,
  nurse: true,
  secretary: true,
  'pharmacy-technician': true,
  physiotherapist: true,
  dentist: true,
  midwife: true,
  'medical-assistant': true,
  locum: true,
  intern: true,
  manager: true,
  'it-provider': true,
  other: true,
};

/** Every role, in the contract's order ('other' last). */
export const ROLES = Object.keys(ROLE_TABLE) as StaffRole[];

const SERVICE_TABLE: Record<ServiceId, true> = {
  mailbox: true,
  amelipro: true,
  'pro-sante-connect': true,
  franceconnect: true,
  mssante: true,
  ameli: true,
  impots: true,
  'mon-espace-sante': true,
  'appointment-software': true,
  bank: true,
};

/** Every service, in the contract's order. */
export const SERVICES = Object.keys(SERVICE_TABLE) as ServiceId[];

/** The services a person can tick: the mailbox comes with each e-mail address. */
export const CHOOSABLE_SERVICES = SERVICES.filter((service) => service !== 'mailbox');

const ENCODING_TABLE: Record<Encoding, true> = {
  'windows-1252': true,
  'utf-8': true,
  'utf-8-bom': true,
  'utf-16le': true,
  'utf-16be': true,
};

/** Encodings a user can force, the most common in French practices first. */
export const ENCODINGS = Object.keys(ENCODING_TABLE) as Encoding[];

const FIELD_TABLE: Record<RosterField, true> = {
  lastName: true,
  firstName: true,
  fullName: true,
  email: true,
  role: true,
  services: true,
};

export const ROSTER_FIELDS = Object.keys(FIELD_TABLE) as RosterField[];

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

/** Same e-mail shape as the contract's EmailSchema: one @, a dotted domain, no spaces. */
const EMAIL_SHAPE = /^[^\s@<>(),;:"\\[\]]+@[^\s@<>(),;:"\\[\]]+\.[^\s@<>(),;:"\\[\]]{2,}$/u;

export function looksLikeEmail(text: string): boolean {
  const value = text.trim();
  return value.length <= 254 && EMAIL_SHAPE.test(value);
}

export const MAX_EMAILS_PER_PERSON = 10;
/** Same bound as the contract (MAX_IMPORT_BYTES): checked here too, to say so before sending. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
