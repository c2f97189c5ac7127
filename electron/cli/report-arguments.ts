import type { Language } from './language.ts';
import { REPORT_TEXTS } from './report-messages.ts';
import { optionProblem, parseSubcommand, usageError, type UsageError } from './subcommand-arguments.ts';

// `hygie report --pdf OUT [--summary OUT] [--json OUT] [--csv OUT] [--lang fr|en] [--anonymise]
// [--responsible NAME] [--by NAME] [--next-review YYYY-MM-DD]`: the compliance report from the
// practice's store, in full and/or as its one-page summary. --lang is both the messages' language
// and the report's.

export type ReportCommand = {
  kind: 'report';
  /** The full PDF; null when only the summary is asked for. */
  pdf: string | null;
  /** The one-page summary. */
  summary: string | null;
  json: string | null;
  csv: string | null;
  anonymise: boolean;
  language: Language | null;
  responsible: string | null;
  preparedBy: string | null;
  nextReview: string | null;
};

const OPTIONS = {
  pdf: { type: 'string' },
  summary: { type: 'string' },
  json: { type: 'string' },
  responsible: { type: 'string' },
  by: { type: 'string' },
  'next-review': { type: 'string' },
  csv: { type: 'string' },
  lang: { type: 'string' },
  anonymise: { type: 'boolean' },
  // The American spelling, so that neither is refused.
  anonymize: { type: 'boolean' },
} as const;

export function parseReportCommand(argv: readonly string[], fallback: Language | null): ReportCommand | UsageError {
  const result = parseSubcommand(argv, OPTIONS, fallback, (error, language) => {
    const detail = optionProblem(error);
    return usageError(language, (texts) => texts.usage.badOption(detail));
  });
  if ('kind' in result) return result;
  const { language, parsed } = result;
  const { values, positionals } = parsed;
  const extra = positionals[1];
  if (extra !== undefined) return usageError(language, (texts) => REPORT_TEXTS[texts.language].usage.extraArgument(extra));
  const paths: Record<'pdf' | 'summary' | 'json' | 'csv', string | null> = { pdf: null, summary: null, json: null, csv: null };
  for (const option of ['pdf', 'summary', 'json', 'csv'] as const) {
    const given = values[option];
    if (given === undefined) continue;
    if (given.trim() === '') return usageError(language, (texts) => REPORT_TEXTS[texts.language].usage.emptyPath(`--${option}`));
    paths[option] = given.trim();
  }
  if (paths.pdf === null && paths.summary === null) return usageError(language, (texts) => REPORT_TEXTS[texts.language].usage.missingPdf);
  const nextReview = values['next-review']?.trim() || null;
  if (nextReview !== null && !isDay(nextReview)) return usageError(language, (texts) => REPORT_TEXTS[texts.language].usage.badNextReview(nextReview));
  return {
    kind: 'report',
    pdf: paths.pdf,
    summary: paths.summary,
    responsible: values.responsible?.trim() || null,
    preparedBy: values.by?.trim() || null,
    nextReview,
    json: paths.json,
    csv: paths.csv,
    anonymise: values.anonymise === true || values.anonymize === true,
    language,
  };
}

/** A real calendar day written YYYY-MM-DD (not 2027-02-30). */
function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
