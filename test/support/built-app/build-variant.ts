import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './run-built-main.ts';

// A main bundle built by electron-vite with the project's own configuration and one change, to
// show that the built-app test fails when the bundle is broken that way. Written under
// test-artefacts/ (inside the project, so that node_modules resolves as for out/), beside links
// to the real out/preload and out/renderer.

/** Externalise every dependency: the ESM-only @scure/bip39, bundled on purpose, becomes a require(). */
export const EXTERNALISE_ESM_ONLY = 'main.build.externalizeDeps = true';

export function buildMainVariant(name: string): string {
  const dir = join(ROOT, 'test-artefacts/built-variants', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'out'), { recursive: true });
  for (const part of ['preload', 'renderer']) symlinkSync(join(ROOT, 'out', part), join(dir, 'out', part), 'junction');
  const config = join(dir, 'electron.vite.config.mjs');
  // The project's configuration is imported at run time (its paths are relative to where it lives),
  // then only the main bundle is built, into this folder (without its plugin that bundles the CLI
  // into out/cli: the variant is the main bundle alone).
  writeFileSync(
    config,
    `const { default: project } = await import(process.env.HYGIE_PROJECT_VITE_CONFIG);
export default {
  main: { ...project.main, plugins: [], build: { ...project.main.build, outDir: ${JSON.stringify(join(dir, 'out/main'))}, externalizeDeps: true } },
};
`,
  );
  const built = spawnSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--config', config, '--logLevel', 'warn'], {
    cwd: ROOT,
    env: { ...process.env, HYGIE_PROJECT_VITE_CONFIG: pathToFileURL(join(ROOT, 'electron.vite.config.ts')).href },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`electron-vite could not build the variant ${name}:\n${built.stderr}${built.stdout}`);
  return join(dir, 'out/main/index.cjs');
}
