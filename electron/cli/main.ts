import { HygieError } from '../core/model/hygie-error.ts';
import { parseCommandLine } from './arguments.ts';
import { cliVersion } from './app-version.ts';
import { CliProblem } from './cli-problem.ts';
import { EXIT } from './exit-codes.ts';
import { languageFromEnvironment } from './language.ts';
import { CLI_TEXTS } from './messages.ts';
import { CliOutput } from './output.ts';
import type { PasswordStdin } from './password-input.ts';

// The `hygie` command: bin/hygie.mjs calls main(), from the bundle `npm run build` makes
// (out/cli, scripts/build-cli.ts) or from the sources with Node's type stripping. runCli() takes
// its world as parameters (arguments, environment, outputs, interrupts) and returns the exit
// code; problems become one sentence saying what to fix, never a stack trace.
//
// Each command is imported only when it runs (in the bundle: a chunk of its own), so `--help`,
// `--version` and a usage error load no HTTP client, no zod, no password dictionaries, no PDF
// library: only the argument parser and the CLI's texts.

export interface CliWorld {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  output: CliOutput;
  onInterrupt(cancel: () => void): () => void;
  /** Where `hygie password` reads the password (a terminal without echo, or a pipe). */
  stdin?: PasswordStdin;
}

export async function runCli(world: CliWorld): Promise<number> {
  const command = parseCommandLine(world.argv);
  const language = (command.kind === 'version' ? null : command.language) ?? languageFromEnvironment(world.env);
  const texts = CLI_TEXTS[language];
  const { output } = world;
  const version = cliVersion();

  if (command.kind === 'version') {
    output.out(version);
    return 0;
  }
  if (command.kind === 'help') {
    output.out(texts.help(version));
    return 0;
  }
  if (command.kind === 'usage-error') {
    output.err(command.problem(texts));
    output.err(texts.usage.seeHelp);
    return EXIT.usage;
  }
  try {
    if (command.kind === 'password') {
      const { passwordCommand } = await import('./password-command.ts');
      return await passwordCommand(command, { output, texts, env: world.env, version, stdin: world.stdin ?? process.stdin, onInterrupt: world.onInterrupt });
    }
    if (command.kind === 'report') {
      const { reportCommand } = await import('./report-command.ts');
      return await reportCommand(command, { output, texts, env: world.env, cwd: world.cwd, version });
    }
    if (command.kind === 'recovery-kit') {
      const { recoveryKitCommand } = await import('./recovery-kit-command.ts');
      return await recoveryKitCommand(command, { output, texts, env: world.env, cwd: world.cwd, version });
    }
    if (command.kind === 'sheet') {
      const { sheetCommand } = await import('./sheet-command.ts');
      return await sheetCommand(command, { output, texts, env: world.env, cwd: world.cwd, version });
    }
    const { auditCommand } = await import('./audit-command.ts');
    return await auditCommand(command, { output, texts, env: world.env, cwd: world.cwd, version, onInterrupt: world.onInterrupt });
  } catch (error) {
    if (error instanceof CliProblem) {
      output.err(error.explain(texts));
      return EXIT.usage;
    }
    if (error instanceof HygieError) {
      // From core: an unreadable roster file, mostly. Its texts say what to do.
      const { ERROR_MESSAGES } = await import('../core/model/error-messages.ts');
      const text = ERROR_MESSAGES[error.code];
      output.err(`${text.message[language]} ${text.action[language]}`);
      return EXIT.usage;
    }
    output.err(texts.unexpected(error instanceof Error ? error.message : String(error)));
    if (world.env.HYGIE_DEBUG === '1' && error instanceof Error && error.stack) output.err(error.stack);
    return EXIT.internal;
  }
}

/** The process's own world: stdout/stderr, Ctrl-C and SIGTERM, process.exitCode. */
export async function main(): Promise<void> {
  const output = new CliOutput(process.stdout, process.stderr);
  const code = await runCli({
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    output,
    stdin: process.stdin,
    onInterrupt(cancel) {
      process.on('SIGINT', cancel);
      process.on('SIGTERM', cancel);
      return () => {
        process.off('SIGINT', cancel);
        process.off('SIGTERM', cancel);
      };
    },
  });
  process.exitCode = code;
  // Everything is closed by now; should a library keep a handle open, do not hang a script.
  setTimeout(() => process.exit(code), 2000).unref();
}
