import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './run-built-main.ts';

// What electron-builder would ship, made by electron-builder itself from the project's
// configuration (electron-builder.config.cjs: its `files`, `asarUnpack`, and the production
// dependencies it collects), for Linux as a plain folder (`--linux dir`). Electron's binary cannot
// be downloaded here, so `electronDist` points at a folder with a stand-in executable, and the
// fuses (which are flipped inside that binary) are left out: neither changes which files are packed.

const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as typeof import('@electron/asar');

export interface PackagedApp {
  /** The temporary folder holding everything below; remove it when done. */
  dir: string;
  /** resources/app.asar */
  archive: string;
  /** Every file in the archive, as a path from the app's root ('out/main/index.cjs'), unpacked ones included. */
  files: Set<string>;
  /** The files the archive marks as unpacked (they live in app.asar.unpacked, beside it). */
  unpacked: Set<string>;
  /** app.asar and app.asar.unpacked extracted together: the app's folder as Electron sees it. */
  extracted: string;
}

export function packageApp(): PackagedApp {
  const dir = mkdtempSync(join(tmpdir(), 'hygie-package-'));
  const electronDist = join(dir, 'electron-dist');
  mkdirSync(electronDist);
  writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\necho "stand-in for the Electron binary" >&2\nexit 1\n');
  chmodSync(join(electronDist, 'electron'), 0o755);
  const config = join(dir, 'electron-builder.config.cjs');
  writeFileSync(
    config,
    `const project = require(${JSON.stringify(join(ROOT, 'electron-builder.config.cjs'))});
const { electronFuses, ...config } = project;
module.exports = { ...config, electronDist: ${JSON.stringify(electronDist)}, directories: { ...config.directories, output: ${JSON.stringify(join(dir, 'dist'))} } };
`,
  );
  const built = spawnSync(process.execPath, [join(ROOT, 'node_modules/electron-builder/cli.js'), '--config', config, '--linux', 'dir', '--x64', '--publish', 'never'], {
    cwd: ROOT,
    env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`electron-builder could not package the app:\n${built.stdout}\n${built.stderr}`);
  const archive = join(dir, 'dist/linux-unpacked/resources/app.asar');
  const files = new Set<string>();
  const unpacked = new Set<string>();
  for (const entry of asar.listPackage(archive, { isPack: false })) {
    const path = entry.replace(/^[/\\]+/u, '').split('\\').join('/');
    const stat = asar.statFile(archive, path, false) as { files?: unknown; link?: unknown; unpacked?: boolean };
    if (stat.files || stat.link) continue; // folders and links
    files.add(path);
    if (stat.unpacked) unpacked.add(path);
  }
  const extracted = join(dir, 'app');
  asar.extractAll(archive, extracted);
  return { dir, archive, files, unpacked, extracted };
}

export function removePackagedApp(app: PackagedApp | undefined): void {
  if (app) rmSync(app.dir, { recursive: true, force: true });
}
