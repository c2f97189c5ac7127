import type { PolicyId } from '../core/model/schemas/practice.ts';
import type { Language } from './language.ts';
import { PASSWORD_TEXTS } from './password-messages.ts';
import { optionProblem, parseSubcommand, usageError, type UsageError } from './subcommand-arguments.ts';

// `hygie password [--policy cnil|anssi|nist|hipaa] [--json] [--lang fr|en]`. The password itself
// is never an argument: a command line stays in the shell's history and in `ps`.

export type PasswordCommand = { kind: 'password'; policy: PolicyId | null; json: boolean; language: Language | null };

/** The short names a user types, and the ids themselves. */
const POLICY_NAMES: Readonly<Record<string, PolicyId>> = {
  cnil: 'cnil-2022',
  'cnil-2022': 'cnil-2022',
  anssi: 'anssi-2021',
  'anssi-2021': 'anssi-2021',
  nist: 'nist-800-63b',
  'nist-800-63b': 'nist-800-63b',
  hipaa: 'hipaa',
};

const OPTIONS = {
  policy: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
} as const;

export function parsePasswordCommand(argv: readonly string[], fallback: Language | null): PasswordCommand | UsageError {
  // --lang read with this command's options (here --json takes no value, so it cannot swallow --lang).
  const result = parseSubcommand(argv, OPTIONS, fallback, (error, language) => {
    const message = error instanceof Error ? error.message : String(error);
    if (/--json/u.test(message)) return usageError(language, (texts) => PASSWORD_TEXTS[texts.language].usage.jsonTakesNoValue);
    // An unknown option is not echoed back either: it may be the password typed by mistake.
    const detail = /^Option '--(?:policy|lang) <value>' argument missing/u.test(message) ? optionProblem(error) : '…';
    return usageError(language, (texts) => texts.usage.badOption(detail));
  });
  if ('kind' in result) return result;
  const { language, parsed } = result;
  const { values, positionals } = parsed;
  const extra = positionals.slice(1);
  if (extra.length > 0) {
    // Not echoed back: an extra argument may well be the password itself.
    return { kind: 'usage-error', language, problem: (texts) => PASSWORD_TEXTS[texts.language].usage.extraArgument };
  }
  let policy: PolicyId | null = null;
  if (values.policy !== undefined) {
    const name = values.policy.trim().toLowerCase();
    const id = POLICY_NAMES[name];
    if (!id) {
      const given = values.policy;
      return { kind: 'usage-error', language, problem: (texts) => PASSWORD_TEXTS[texts.language].usage.badPolicy(given) };
    }
    policy = id;
  }
  return { kind: 'password', policy, json: values.json === true, language };
}
