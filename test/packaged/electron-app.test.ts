import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/browser-harness.ts';

/** The Electron binary, when this machine has one; it cannot be downloaded on CI machines. */
function electronBinary(): string | undefined {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
    return existsSync(candidate) ? candidate : undefined;
  }
  const pathFile = join(ROOT, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(ROOT, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

describe('the desktop app', () => {
  it('starts, shows the French shell and answers through the real preload and IPC', async (context) => {
    const binary = electronBinary();
    if (!binary) {
      context.skip('skipped: no Electron binary on this machine (it is fetched from outside the npm registry)');
      return;
    }
    const dataDir = mkdtempSync(join(tmpdir(), 'hygie-packaged-'));
    const app = await electron.launch({
      executablePath: binary,
      args: [ROOT, '--no-sandbox'],
      env: { ...process.env, HYGIE_DATA_DIR: dataDir, LANG: 'fr_FR.UTF-8' },
    });
    try {
      const window = await app.firstWindow();
      expect(window.url()).toBe('app://hygie/index.html');
      await window.getByRole('heading', { level: 1 }).waitFor();
      const info = await window.evaluate(() => (window as any).hygie.app.info());
      expect(info).toMatchObject({ ok: true, value: { shell: 'electron', dataDir } });
      expect(await window.evaluate(() => typeof (globalThis as any).require)).toBe('undefined');
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
