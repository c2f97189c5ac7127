import Papa from 'papaparse';
import type { Finding, Report, ReportAccount, ReportLanguage, ReportPerson } from '../model/schemas/report.ts';
import { declarationNos } from '../model/schemas/password.ts';
import type { CsvDelimiter } from '../roster/csv-delimiter.ts';
import { FORMULA_START } from '../roster/formula-guard.ts';
import { TEXTS } from '../text/messages.ts';

// The report as a spreadsheet: one row per person × account (a person without accounts still gets
// one row, its account columns empty), headers and values in the report's language, written the
// way roster/export.ts writes the staff list (BOM, the region's separator, CRLF) and with the same
// guard against formula injection: a name or a breach title is text, never a formula. Headers and
// code names are text/pdf.*.ts (csv.columns, names), the PDF's words.

type ColumnId = keyof (typeof TEXTS)['fr']['pdf']['csv']['columns'];
/** One column per header of text/pdf.*.ts, in its order. */
const COLUMNS = Object.keys(TEXTS.fr.pdf.csv.columns) as ColumnId[];
type Cell = string | number;

function yesNo(value: boolean, language: ReportLanguage): string {
  return value ? TEXTS[language].pdf.csv.yes : TEXTS[language].pdf.csv.no;
}

/** Local "YYYY-MM-DD HH:mm": a spreadsheet in any language sorts and reads it. */
function instant(value: string | null): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function findingList(findings: readonly Finding[], language: ReportLanguage): string {
  const names = TEXTS[language].pdf.names;
  // The report's number, its severity, and the practice's status when it gave one.
  return findings
    .map((finding) => {
      const status = finding.status.value === 'todo' ? '' : `, ${names.findingStatus[finding.status.value]}`;
      return `${finding.ref} (${names.severity[finding.severity]}${status})`;
    })
    .join(', ');
}

/**
 * The findings of each person (about the person, not one of their accounts) and of each account,
 * in the report's order: grouped once, so that a large practice's CSV does not look through every
 * finding for every row.
 */
interface FindingsByRow {
  ofPerson: ReadonlyMap<string, Finding[]>;
  ofAccount: ReadonlyMap<string, Finding[]>;
}

function findingsByRow(findings: readonly Finding[]): FindingsByRow {
  const ofPerson = new Map<string, Finding[]>();
  const ofAccount = new Map<string, Finding[]>();
  const add = (map: Map<string, Finding[]>, key: string, finding: Finding) => {
    const list = map.get(key);
    if (list) list.push(finding);
    else map.set(key, [finding]);
  };
  for (const finding of findings) {
    if (finding.accountRef !== null) add(ofAccount, finding.accountRef, finding);
    else if (finding.personRef !== null) add(ofPerson, finding.personRef, finding);
  }
  return { ofPerson, ofAccount };
}

function personCells(person: ReportPerson, report: Report, findings: FindingsByRow): Partial<Record<ColumnId, Cell>> {
  const { language } = report;
  return {
    personRef: person.personRef,
    person: person.name,
    role: person.roleName,
    personSteps: person.walkthrough.answered,
    personStepsTotal: person.walkthrough.total,
    personComplete: yesNo(person.walkthrough.complete, language),
    personFindings: findingList(findings.ofPerson.get(person.personRef) ?? [], language),
  };
}

function accountCells(account: ReportAccount, report: Report, findings: FindingsByRow): Partial<Record<ColumnId, Cell>> {
  const { language } = report;
  const { names } = TEXTS[language].pdf;
  const { breach, mfa, password, walkthrough } = account;
  return {
    accountRef: account.accountRef,
    service: TEXTS[language].labels.services[account.service],
    identifier: account.identifier,
    breachStatus: breach ? names.breachStatus[breach.status] : '',
    breaches: breach ? breach.breaches.map((item) => (item.breachDate ? `${item.title} (${item.breachDate})` : item.title)).join(', ') : '',
    breachCheckedAt: instant(breach?.checkedAt ?? null),
    breachRemediated: breach?.status === 'breached' ? yesNo(breach.remediated, language) : '',
    mfa: names.mfaStatus[mfa.status],
    mfaEvidence: mfa.evidence ? names.mfaEvidence[mfa.evidence] : '',
    mfaCheckedAt: instant(mfa.checkedAt),
    password: names.verdict[password.verdict],
    failedRules: password.failedRules.map((rule) => TEXTS[language].password.rules[rule].requirement).join(', '),
    pwned: password.pwned ? names.pwned[password.pwned] : '',
    pwnedCount: password.pwnedCount ?? '',
    reusedWith: password.reusedWith.join(', '),
    passwordCheckedAt: instant(password.checkedAt),
    passwordEvidence: names.evidence[password.evidence],
    passwordDeclaredAt: instant(password.declared?.declaredAt ?? null),
    passwordDeclaredNo: password.declared
      ? declarationNos(password.declared.answers)
          .map((question) => TEXTS[language].pdf.account.declaredQuestions[question])
          .join(', ')
      : '',
    stepsDone: walkthrough.done,
    stepsNotPossible: walkthrough.notPossible,
    stepsAnswered: walkthrough.answered,
    stepsTotal: walkthrough.total,
    stepsLast: instant(walkthrough.lastAnsweredAt),
    accountFindings: findingList(findings.ofAccount.get(account.accountRef) ?? [], language),
  };
}

/** `delimiter`: the computer's region's (csvDelimiterFor), not the report's language's. */
export function reportCsv(report: Report, delimiter: CsvDelimiter): string {
  const { language } = report;
  const rows: Cell[][] = [];
  const toRow = (cells: Partial<Record<ColumnId, Cell>>) => COLUMNS.map((id) => cells[id] ?? '');
  const findings = findingsByRow(report.findings);
  for (const person of report.people) {
    const personPart = personCells(person, report, findings);
    if (person.accounts.length === 0) rows.push(toRow(personPart));
    for (const account of person.accounts) rows.push(toRow({ ...personPart, ...accountCells(account, report, findings) }));
  }
  const headers = COLUMNS.map((id) => TEXTS[language].pdf.csv.columns[id]);
  const csv = Papa.unparse(
    { fields: headers, data: rows },
    { delimiter, newline: '\r\n', quoteChar: '"', escapeFormulae: FORMULA_START, header: true },
  );
  return `\uFEFF${csv}\r\n`;
}
