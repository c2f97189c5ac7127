import type { Language } from './language.ts';
import { REPORT_TEXTS } from './report-messages.ts';
import { optionProblem, parseSubcommand, usageError, type UsageError } from './subcommand-arguments.ts';

// `hygie report --pdf OUT [--json OUT] [--csv OUT] [--lang fr|en] [--anonymise]`: the compliance
// report from the practice's store. --lang is both the messages' language and the report's.

export type ReportCommand = {
  kind: 'report';
  pdf: string;
  json: string | null;
  csv: string | null;
  anonymise: boolean;
  language: Language | null;
};

const OPTIONS = {
  pdf: { type: 'string' },
  json: { type: 'string' },
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
  const paths: Record<'pdf' | 'json' | 'csv', string | null> = { pdf: null, json: null, csv: null };
  for (const option of ['pdf', 'json', 'csv'] as const) {
    const given = values[option];
    if (given === undefined) continue;
    if (given.trim() === '') return usageError(language, (texts) => REPORT_TEXTS[texts.language].usage.emptyPath(`--${option}`));
    paths[option] = given.trim();
  }
  if (paths.pdf === null) return usageError(language, (texts) => REPORT_TEXTS[texts.language].usage.missingPdf);
  return {
    kind: 'report',
    pdf: paths.pdf,
    json: paths.json,
    csv: paths.csv,
    anonymise: values.anonymise === true || values.anonymize === true,
    language,
  };
}
