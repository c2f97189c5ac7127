import Papa from 'papaparse';
import type { Finding, Report, ReportAccount, ReportLanguage, ReportPerson } from '../model/schemas/report.ts';
import type { CsvDelimiter } from '../roster/csv-delimiter.ts';
import { FORMULA_START } from '../roster/formula-guard.ts';
import { SERVICE_LABELS } from '../model/service-labels.ts';
import {
  BREACH_STATUS_NAMES,
  MFA_EVIDENCE_NAMES,
  MFA_STATUS_NAMES,
  PWNED_NAMES,
  RULE_NAMES,
  SEVERITY_NAMES,
  VERDICT_NAMES,
} from './pdf-texts.ts';

// The report as a spreadsheet: one row per person × account (a person without accounts still gets
// one row, its account columns empty), headers and values in the report's language, written the
// way roster/export.ts writes the staff list (BOM, the region's separator, CRLF) and with the same
// guard against formula injection: a name or a breach title is text, never a formula.

const COLUMNS = [
  ['personRef', 'Réf. personne', 'Person ref.'],
  ['person', 'Personne', 'Person'],
  ['role', 'Fonction', 'Role'],
  ['personSteps', 'Parcours de la personne : répondues', 'Person’s walkthrough: answered'],
  ['personStepsTotal', 'Parcours de la personne : total', 'Person’s walkthrough: total'],
  ['personComplete', 'Parcours de la personne : terminé', 'Person’s walkthrough: finished'],
  ['accountRef', 'Réf. compte', 'Account ref.'],
  ['service', 'Service', 'Service'],
  ['identifier', 'Identifiant', 'Identifier'],
  ['breachStatus', 'Fuites', 'Breaches'],
  ['breaches', 'Fuites trouvées', 'Breaches found'],
  ['breachCheckedAt', 'Fuites vérifiées le', 'Breaches checked on'],
  ['breachRemediated', 'Mot de passe changé depuis la fuite', 'Password changed since the breach'],
  ['mfa', 'Double authentification', 'Multi-factor authentication'],
  ['mfaEvidence', 'Double authentification : source', 'Multi-factor authentication: source'],
  ['mfaCheckedAt', 'Double authentification : date', 'Multi-factor authentication: date'],
  ['password', 'Mot de passe', 'Password'],
  ['failedRules', 'Règles non respectées', 'Rules not met'],
  ['pwned', 'Mot de passe dans des fuites', 'Password in breaches'],
  ['pwnedCount', 'Nombre d’apparitions', 'Times seen'],
  ['reusedWith', 'Même mot de passe que', 'Same password as'],
  ['passwordCheckedAt', 'Mot de passe vérifié le', 'Password checked on'],
  ['stepsDone', 'Parcours du compte : faites', 'Account walkthrough: done'],
  ['stepsNotPossible', 'Parcours du compte : impossibles', 'Account walkthrough: not possible'],
  ['stepsAnswered', 'Parcours du compte : répondues', 'Account walkthrough: answered'],
  ['stepsTotal', 'Parcours du compte : total', 'Account walkthrough: total'],
  ['stepsLast', 'Parcours du compte : dernière réponse', 'Account walkthrough: last answer'],
  ['accountFindings', 'Constats du compte', 'Account findings'],
  ['personFindings', 'Constats de la personne', 'Person findings'],
] as const;

type ColumnId = (typeof COLUMNS)[number][0];
type Cell = string | number;

const YES_NO: Readonly<Record<ReportLanguage, readonly [string, string]>> = { fr: ['Oui', 'Non'], en: ['Yes', 'No'] };

function yesNo(value: boolean, language: ReportLanguage): string {
  return YES_NO[language][value ? 0 : 1];
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
  return findings.map((finding) => `${finding.id} (${SEVERITY_NAMES[finding.severity][language]})`).join(', ');
}

function personCells(person: ReportPerson, report: Report): Partial<Record<ColumnId, Cell>> {
  const { language } = report;
  return {
    personRef: person.personRef,
    person: person.name,
    role: person.roleName,
    personSteps: person.walkthrough.answered,
    personStepsTotal: person.walkthrough.total,
    personComplete: yesNo(person.walkthrough.complete, language),
    personFindings: findingList(
      report.findings.filter((finding) => finding.personRef === person.personRef && finding.accountRef === null),
      language,
    ),
  };
}

function accountCells(account: ReportAccount, report: Report): Partial<Record<ColumnId, Cell>> {
  const { language } = report;
  const { breach, mfa, password, walkthrough } = account;
  return {
    accountRef: account.accountRef,
    service: SERVICE_LABELS[account.service][language],
    identifier: account.identifier,
    breachStatus: breach ? BREACH_STATUS_NAMES[breach.status][language] : '',
    breaches: breach ? breach.breaches.map((item) => (item.breachDate ? `${item.title} (${item.breachDate})` : item.title)).join(', ') : '',
    breachCheckedAt: instant(breach?.checkedAt ?? null),
    breachRemediated: breach?.status === 'breached' ? yesNo(breach.remediated, language) : '',
    mfa: MFA_STATUS_NAMES[mfa.status][language],
    mfaEvidence: mfa.evidence ? MFA_EVIDENCE_NAMES[mfa.evidence][language] : '',
    mfaCheckedAt: instant(mfa.checkedAt),
    password: VERDICT_NAMES[password.verdict][language],
    failedRules: password.failedRules.map((rule) => RULE_NAMES[rule][language]).join(', '),
    pwned: password.pwned ? PWNED_NAMES[password.pwned][language] : '',
    pwnedCount: password.pwnedCount ?? '',
    reusedWith: password.reusedWith.join(', '),
    passwordCheckedAt: instant(password.checkedAt),
    stepsDone: walkthrough.done,
    stepsNotPossible: walkthrough.notPossible,
    stepsAnswered: walkthrough.answered,
    stepsTotal: walkthrough.total,
    stepsLast: instant(walkthrough.lastAnsweredAt),
    accountFindings: findingList(
      report.findings.filter((finding) => finding.accountRef === account.accountRef),
      language,
    ),
  };
}

/** `delimiter`: the computer's region's (csvDelimiterFor), not the report's language's. */
export function reportCsv(report: Report, delimiter: CsvDelimiter): string {
  const { language } = report;
  const rows: Cell[][] = [];
  const toRow = (cells: Partial<Record<ColumnId, Cell>>) => COLUMNS.map(([id]) => cells[id] ?? '');
  for (const person of report.people) {
    const personPart = personCells(person, report);
    if (person.accounts.length === 0) rows.push(toRow(personPart));
    for (const account of person.accounts) rows.push(toRow({ ...personPart, ...accountCells(account, report) }));
  }
  const headers = COLUMNS.map((column) => (language === 'fr' ? column[1] : column[2]));
  const csv = Papa.unparse(
    { fields: headers, data: rows },
    { delimiter, newline: '\r\n', quoteChar: '"', escapeFormulae: FORMULA_START, header: true },
  );
  return `\uFEFF${csv}\r\n`;
}
