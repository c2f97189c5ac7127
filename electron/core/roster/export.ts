import Papa from 'papaparse';
import type { RosterExport } from '../model/schemas/roster-import.ts';
import type { StaffMember } from '../model/schemas/staff.ts';
import type { CsvDelimiter } from './csv-delimiter.ts';
import { FORMULA_START } from './formula-guard.ts';
import { TEXTS } from '../text/messages.ts';

// The roster as a CSV the practice's spreadsheet opens as is: the separator of the computer's
// region (csv-delimiter.ts: French Excel expects ';' whatever the interface language), a BOM for
// Excel to read UTF-8 accents, CRLF line ends. previewRoster reads it back unchanged. Headers and
// labels: text/files.*.ts and text/labels.*.ts.

function isoDay(day: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** `language` names the headers and labels; `delimiter` is the region's (csvDelimiterFor). */
export function rosterToCsv(staff: readonly StaffMember[], language: 'fr' | 'en', today: Date, delimiter: CsvDelimiter): RosterExport {
  const format = TEXTS[language].files.rosterExport;
  const data = staff.map((person) => [
    person.lastName,
    person.firstName,
    person.emails.join(', '),
    person.role === 'other' && person.roleLabel ? person.roleLabel : TEXTS[language].labels.roles[person.role],
    person.services.map((service) => TEXTS[language].labels.services[service]).join(', '),
  ]);
  const csv = Papa.unparse(
    { fields: [...format.headers], data },
    { delimiter, newline: '\r\n', quoteChar: '"', escapeFormulae: FORMULA_START, header: true },
  );
  return {
    fileName: `${format.baseName}-${isoDay(today)}.csv`,
    mediaType: 'text/csv;charset=utf-8',
    content: `\uFEFF${csv}\r\n`,
  };
}
