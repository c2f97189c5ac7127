import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A worker's file beside the module that starts it (`moduleUrl`: its import.meta.url): `<name>.ts`
 * when running from the sources (tests, the CLI after `npm ci`), `<name>.cjs` / `.mjs` where a
 * bundle put it beside its own code (electron.vite.config.ts for the app, scripts/build-cli.ts for
 * the CLI).
 */
export function workerFileBeside(name: string, moduleUrl: string): string {
  for (const extension of ['ts', 'cjs', 'mjs']) {
    const path = fileURLToPath(new URL(`./${name}.${extension}`, moduleUrl));
    if (existsSync(path)) return path;
  }
  throw new Error(`no ${name} file beside ${moduleUrl}`);
}
