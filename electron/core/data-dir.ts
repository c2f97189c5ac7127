import { isAbsolute, resolve } from 'node:path';
import { withoutSurroundingQuotes } from './pasted-path.ts';

/**
 * Where Hygie keeps its files. `HYGIE_DATA_DIR` overrides the platform default
 * (the CLI, the tests and a practice that wants the data on another disk use it).
 */
export function resolveDataDir(env: NodeJS.ProcessEnv, platformDefault: string): string {
  // cmd.exe's `set HYGIE_DATA_DIR="D:\Hygie"` keeps the quotes in the value.
  const override = withoutSurroundingQuotes(env.HYGIE_DATA_DIR ?? '');
  if (override) return isAbsolute(override) ? override : resolve(override);
  return platformDefault;
}
