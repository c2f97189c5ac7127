import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { isLanguage, type Language } from './language.ts';
import type { CliTexts } from './messages.ts';

// What `hygie password` and `hygie report` parse alike: --lang read leniently first (the usage
// error itself must come in that language), then every option strictly (an unknown or incomplete
// option is a usage error, never silently ignored), then --lang checked.

export type UsageError = { kind: 'usage-error'; language: Language | null; problem: (texts: CliTexts) => string };

type StrictConfig<T extends ParseArgsOptionsConfig> = { args: string[]; options: T; strict: true; allowPositionals: true };
export type ParsedSubcommand<T extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<StrictConfig<T>>>;

export function usageError(language: Language | null, problem: (texts: CliTexts) => string): UsageError {
  return { kind: 'usage-error', language, problem };
}

/** parseArgs' messages are English and end in advice about "--"; keep the part naming the option. */
export function optionProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('. ')[0]!.replace(/\.$/u, '');
}

/**
 * A subcommand's options (which include --lang as a string). `refused` says what to tell the user
 * when the strict parse refuses the line (it receives parseArgs' own error).
 */
export function parseSubcommand<T extends ParseArgsOptionsConfig>(
  argv: readonly string[],
  options: T,
  fallback: Language | null,
  refused: (error: unknown, language: Language | null) => UsageError,
): { language: Language | null; parsed: ParsedSubcommand<T> } | UsageError {
  const lenient: unknown = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true }).values['lang'];
  const language = isLanguage(lenient) ? lenient : fallback;
  let parsed: ParsedSubcommand<T>;
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (error) {
    return refused(error, language);
  }
  const lang: unknown = (parsed.values as Record<string, unknown>)['lang'];
  if (lang !== undefined && !isLanguage(lang)) return usageError(language, (texts) => texts.usage.badLanguage(String(lang)));
  return { language, parsed };
}
