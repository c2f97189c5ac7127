import Papa from 'papaparse';
import type { RosterExport } from '../api/schemas/roster-import.ts';
import type { StaffMember } from '../api/schemas/staff.ts';
import { FORMULA_START } from './formula-guard.ts';
import { ROLE_LABELS } from './role-labels.ts';
import { SERVICE_LABELS } from './service-labels.ts';

// The roster as a CSV the practice's spreadsheet opens as is: French Excel expects ';', UTF-8
// needs a BOM for Excel to read accents, CRLF line ends. previewRoster reads it back unchanged.

/** The delimiter each language's spreadsheet expects (report-csv.ts writes the same way). */
export const CSV_DELIMITERS = { fr: ';', en: ',' } as const;

const FORMATS = {
  fr: { delimiter: CSV_DELIMITERS.fr, headers: ['Nom', 'Prénom', 'E-mail', 'Fonction', 'Services'], baseName: 'hygie-personnel' },
  en: { delimiter: CSV_DELIMITERS.en, headers: ['Last name', 'First name', 'Email', 'Role', 'Services'], baseName: 'hygie-staff' },
} as const;

function isoDay(day: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

export function rosterToCsv(staff: readonly StaffMember[], language: 'fr' | 'en', today: Date): RosterExport {
  const format = FORMATS[language];
  const data = staff.map((person) => [
    person.lastName,
    person.firstName,
    person.emails.join(', '),
    person.role === 'other' && person.roleLabel ? person.roleLabel : ROLE_LABELS[person.role][language],
    person.services.map((service) => SERVICE_LABELS[service][language]).join(', '),
  ]);
  const csv = Papa.unparse(
    { fields: [...format.headers], data },
    { delimiter: format.delimiter, newline: '\r\n', quoteChar: '"', escapeFormulae: FORMULA_START, header: true },
  );
  return {
    fileName: `${format.baseName}-${isoDay(today)}.csv`,
    mediaType: 'text/csv;charset=utf-8',
    content: `\uFEFF${csv}\r\n`,
  };
}
