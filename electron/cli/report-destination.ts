import { existsSync, statSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { CliProblem } from './cli-problem.ts';
import { REPORT_TEXTS } from './report-messages.ts';

// Where `hygie report` and `hygie audit --pdf` write: checked before any work, and a failed write
// explained with the file it failed on.

export type DestinationOption = '--pdf' | '--summary' | '--json' | '--csv';

/**
 * Refuse, before any work, a file whose extension is not its option's (compared whatever its
 * case): the path is recorded and the app's Reports page opens it, and a desktop runs a
 * ".desktop" or ".exe" it is asked to open. And a missing folder: a typo in a path should not
 * create a tree of folders.
 */
export function checkDestination(option: DestinationOption, path: string): void {
  const extension = option === '--summary' ? '.pdf' : `.${option.slice(2)}`;
  if (extname(path).toLowerCase() !== extension) {
    throw new CliProblem((texts) => REPORT_TEXTS[texts.language].wrongExtension(option, path, extension));
  }
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new CliProblem((texts) => REPORT_TEXTS[texts.language].folderMissing(option, folder));
  }
}

/** The file a write failed on, without the temporary suffix the writer adds before renaming. */
export function failedPath(error: NodeJS.ErrnoException, fallback: string): string {
  return typeof error.path === 'string' ? error.path.replace(/\.tmp-[^/\\]*$/u, '') : fallback;
}
