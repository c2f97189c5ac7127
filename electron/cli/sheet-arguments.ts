import type { Language } from './language.ts';
import { SHEET_TEXTS } from './sheet-messages.ts';
import { optionProblem, parseSubcommand, usageError, type UsageError } from './subcommand-arguments.ts';

// `hygie sheet --person EMAIL --pdf OUT.pdf [--lang fr|en]`: one person's walkthrough sheet from
// the store in HYGIE_DATA_DIR. --lang is both the messages' language and the sheet's.

export type SheetCommand = { kind: 'sheet'; person: string; pdf: string; language: Language | null };

const OPTIONS = {
  person: { type: 'string' },
  pdf: { type: 'string' },
  lang: { type: 'string' },
} as const;

export function parseSheetCommand(argv: readonly string[], fallback: Language | null): SheetCommand | UsageError {
  const result = parseSubcommand(argv, OPTIONS, fallback, (error, language) => {
    const detail = optionProblem(error);
    return usageError(language, (texts) => texts.usage.badOption(detail));
  });
  if ('kind' in result) return result;
  const { language, parsed } = result;
  const extra = parsed.positionals[1];
  if (extra !== undefined) return usageError(language, (texts) => SHEET_TEXTS[texts.language].usage.extraArgument(extra));
  const { person, pdf } = parsed.values;
  if (person === undefined) return usageError(language, (texts) => SHEET_TEXTS[texts.language].usage.missingPerson);
  if (person.trim() === '') return usageError(language, (texts) => SHEET_TEXTS[texts.language].usage.emptyValue('--person'));
  if (pdf === undefined) return usageError(language, (texts) => SHEET_TEXTS[texts.language].usage.missingPdf);
  if (pdf.trim() === '') return usageError(language, (texts) => SHEET_TEXTS[texts.language].usage.emptyValue('--pdf'));
  return { kind: 'sheet', person: person.trim(), pdf: pdf.trim(), language };
}
