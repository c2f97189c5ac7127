import type { Language } from './language.ts';
import { RECOVERY_KIT_TEXTS } from './recovery-kit-messages.ts';
import { optionProblem, parseSubcommand, usageError, type UsageError } from './subcommand-arguments.ts';

// `hygie recovery-kit --out FILE.pdf [--lang fr|en]`: the recovery kit of the store in
// HYGIE_DATA_DIR. --lang is both the messages' language and the kit's (its words' list).

export type RecoveryKitCommand = { kind: 'recovery-kit'; out: string; language: Language | null };

const OPTIONS = {
  out: { type: 'string' },
  lang: { type: 'string' },
} as const;

export function parseRecoveryKitCommand(argv: readonly string[], fallback: Language | null): RecoveryKitCommand | UsageError {
  const result = parseSubcommand(argv, OPTIONS, fallback, (error, language) => {
    const detail = optionProblem(error);
    return usageError(language, (texts) => texts.usage.badOption(detail));
  });
  if ('kind' in result) return result;
  const { language, parsed } = result;
  const extra = parsed.positionals[1];
  if (extra !== undefined) return usageError(language, (texts) => RECOVERY_KIT_TEXTS[texts.language].usage.extraArgument(extra));
  const out = parsed.values.out;
  if (out === undefined) return usageError(language, (texts) => RECOVERY_KIT_TEXTS[texts.language].usage.missingOut);
  if (out.trim() === '') return usageError(language, (texts) => RECOVERY_KIT_TEXTS[texts.language].usage.emptyOut);
  return { kind: 'recovery-kit', out: out.trim(), language };
}
