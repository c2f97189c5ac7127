import type { Language } from './language.ts';
import type { AuditReport } from '../core/breach/audit-report-schema.ts';
import { buildReportFromAudit } from '../core/report/report-from-audit.ts';
import { isFileSystemError, writeReportFiles } from '../core/report/write-report-files.ts';
import { CliProblem } from './cli-problem.ts';
import { failedPath } from './report-destination.ts';
import { REPORT_TEXTS } from './report-messages.ts';

// `hygie audit … --pdf OUT`: after the run, the compliance report of what the audit could check
// (breaches only; MFA, passwords and the walkthrough are listed as not in scope), written to OUT
// with, next to it, the JSON whose SHA-256 the PDF prints: "audit.pdf" → "audit.report.json".

/** The JSON that goes with the PDF; ".report.json" keeps it apart from the audit's own --json file. */
export function auditPdfCompanion(pdf: string): string {
  return `${pdf.replace(/\.pdf$/iu, '')}.report.json`;
}

export interface AuditPdfOptions {
  practiceName: string | null;
  language: Language;
  generatedBy: string;
  now: Date;
  hygieVersion: string;
}

export async function writeAuditPdf(audit: AuditReport, pdf: string, options: AuditPdfOptions): Promise<{ pdf: string; json: string; jsonSha256: string }> {
  const json = auditPdfCompanion(pdf);
  const report = buildReportFromAudit(audit, { ...options, anonymise: false });
  try {
    const written = await writeReportFiles(report, { pdf, json });
    return { pdf, json, jsonSha256: written.jsonSha256 };
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    const path = failedPath(error, pdf);
    throw new CliProblem((texts) => REPORT_TEXTS[texts.language].audit.unwritable(path, error.code ?? 'io'), { cause: error });
  }
}
