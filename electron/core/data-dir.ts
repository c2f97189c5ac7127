import { isAbsolute, resolve } from 'node:path';

/**
 * Where Hygie keeps its files. `HYGIE_DATA_DIR` overrides the platform default
 * (the CLI, the tests and a practice that wants the data on another disk use it).
 */
export function resolveDataDir(env: NodeJS.ProcessEnv, platformDefault: string): string {
  const override = env.HYGIE_DATA_DIR?.trim();
  if (override) return isAbsolute(override) ? override : resolve(override);
  return platformDefault;
}
