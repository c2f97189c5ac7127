import { parseArgs } from 'node:util';
import { isLanguage, type Language } from './language.ts';
import { parsePasswordCommand, type PasswordCommand } from './password-arguments.ts';
import { parseRecoveryKitCommand, type RecoveryKitCommand } from './recovery-kit-arguments.ts';
import { parseReportCommand, type ReportCommand } from './report-arguments.ts';
import { parseSheetCommand, type SheetCommand } from './sheet-arguments.ts';
import { optionProblem, type UsageError } from './subcommand-arguments.ts';

// `hygie` command lines, parsed with node:util's parseArgs (strict: an unknown or incomplete
// option is a usage error, never silently ignored).

export type CliCommand =
  | { kind: 'help'; language: Language | null }
  | { kind: 'version' }
  | { kind: 'audit'; roster: string; json: string | null; pdf: string | null; domainSearch: boolean; language: Language | null }
  | PasswordCommand
  | ReportCommand
  | RecoveryKitCommand
  | SheetCommand
  | UsageError;

const OPTIONS = {
  roster: { type: 'string' },
  json: { type: 'string' },
  pdf: { type: 'string' },
  'no-domain-search': { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** --lang as given, read leniently first: the usage error itself must come in that language. */
function requestedLanguage(argv: readonly string[]): Language | null {
  const { values } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true });
  return isLanguage(values.lang) ? values.lang : null;
}

export function parseCommandLine(argv: readonly string[]): CliCommand {
  const language = requestedLanguage(argv);
  // `hygie password`, `report`, `recovery-kit` and `sheet` have options of their own (--json is a flag for password).
  const first = parseArgs({
    args: [...argv],
    options: { ...OPTIONS, json: { type: 'boolean' }, policy: { type: 'string' }, csv: { type: 'string' }, out: { type: 'string' }, person: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  }).positionals[0];
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  if (first === 'password' && !wantsHelp) return parsePasswordCommand(argv, language);
  if (first === 'report' && !wantsHelp) return parseReportCommand(argv, language);
  if (first === 'recovery-kit' && !wantsHelp) return parseRecoveryKitCommand(argv, language);
  if (first === 'sheet' && !wantsHelp) return parseSheetCommand(argv, language);
  // Their own options would be refused below: asking for help with them still gets the help.
  if ((first === 'password' || first === 'report' || first === 'recovery-kit' || first === 'sheet') && wantsHelp) return { kind: 'help', language };
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    const detail = optionProblem(error);
    return { kind: 'usage-error', language, problem: (texts) => texts.usage.badOption(detail) };
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && !isLanguage(values.lang)) {
    const lang = values.lang;
    return { kind: 'usage-error', language, problem: (texts) => texts.usage.badLanguage(lang) };
  }
  if (values.help) return { kind: 'help', language };
  if (values.version) return { kind: 'version' };

  const [command, ...rest] = positionals;
  if (command === undefined) return { kind: 'usage-error', language, problem: (texts) => texts.usage.noCommand };
  if (command !== 'audit') return { kind: 'usage-error', language, problem: (texts) => texts.usage.unknownCommand(command) };
  if (rest.length > 0) {
    const extra = rest[0]!;
    return { kind: 'usage-error', language, problem: (texts) => texts.usage.extraArgument(extra) };
  }
  const roster = values.roster?.trim();
  if (!roster) return { kind: 'usage-error', language, problem: (texts) => texts.usage.missingRoster };
  const json = values.json?.trim();
  if (values.json !== undefined && !json) {
    return { kind: 'usage-error', language, problem: (texts) => texts.usage.badOption('--json') };
  }
  const pdf = values.pdf?.trim();
  if (values.pdf !== undefined && !pdf) {
    return { kind: 'usage-error', language, problem: (texts) => texts.usage.badOption('--pdf') };
  }
  return { kind: 'audit', roster, json: json ?? null, pdf: pdf ?? null, domainSearch: values['no-domain-search'] !== true, language };
}
