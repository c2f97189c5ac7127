import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/core/api/handlers.ts';
import { createRouter } from '../../electron/core/api/router.ts';
import { resolveDataDir } from '../../electron/core/data-dir.ts';
import { PreferencesFile } from '../../electron/core/settings/preferences-file.ts';
import { KeytarSecretStore } from '../../electron/core/store/keytar-secret-store.ts';
import { StoreHost } from '../../electron/core/store/store-host.ts';

/** These tests never reach the store; the host opens nothing until asked. */
function unusedStore(dir: string): StoreHost {
  return new StoreHost({ dataDir: dir, secrets: new KeytarSecretStore('Hygie-unused'), actor: 'test' });
}

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hygie-prefs-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('preferences', () => {
  it('follow the system language until the user picks one, and keep the choice across restarts', async () => {
    const dir = dataDir();
    expect(await new PreferencesFile(dir).read()).toEqual({ language: null });
    await new PreferencesFile(dir).update({ language: 'en' });
    // a new instance stands for a restarted app
    expect(await new PreferencesFile(dir).read()).toEqual({ language: 'en' });
    expect(JSON.parse(readFileSync(join(dir, 'preferences.json'), 'utf8'))).toEqual({ language: 'en' });
    expect(readdirSync(dir)).toEqual(['preferences.json']); // no temporary file left behind
  });

  it('set aside an unreadable file instead of failing or losing it', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'preferences.json'), '{"language": "fr", trailing garbage');
    expect(await new PreferencesFile(dir).read()).toEqual({ language: null });
    const kept = readdirSync(dir).filter((name) => name.startsWith('preferences.json.unreadable-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, kept[0]!), 'utf8')).toContain('trailing garbage');
  });

  it('report a failed save as a clear, bilingual error through the router, keeping the old file', async () => {
    const dir = dataDir();
    await new PreferencesFile(dir).update({ language: 'en' });
    // Something in the way of the temporary file (works as root too, unlike file modes).
    mkdirSync(join(dir, `preferences.json.${process.pid}.tmp`));
    const router = createRouter(createHandlers({ dataDir: dir, appInfo, store: unusedStore(dir) }), { error: () => {} });
    const result = await router.call('settings.set', { language: 'fr' });
    expect(result).toMatchObject({ ok: false, error: { code: 'preferences-unwritable' } });
    expect(await new PreferencesFile(dir).read()).toEqual({ language: 'en' });
  });

  it('take a key the contract lets through as undefined for "unchanged", not as an internal error (issue 13 F6)', async () => {
    const dir = dataDir();
    await new PreferencesFile(dir).update({ language: 'en' });
    const logged: unknown[] = [];
    const router = createRouter(createHandlers({ dataDir: dir, appInfo, store: unusedStore(dir) }), { error: (...args) => logged.push(args) });
    expect(await router.call('settings.set', { language: undefined })).toEqual({ ok: true, value: { language: 'en' } });
    expect(await router.call('settings.set', {})).toEqual({ ok: true, value: { language: 'en' } });
    expect(await router.call('settings.set', { language: null })).toEqual({ ok: true, value: { language: null } });
    expect(logged).toEqual([]);
  });

  it('report an unreadable preferences path as a clear error, not a crash', async () => {
    const dir = dataDir();
    mkdirSync(join(dir, 'preferences.json')); // a folder where the file should be
    const router = createRouter(createHandlers({ dataDir: dir, appInfo, store: unusedStore(dir) }), { error: () => {} });
    await expect(router.call('settings.get', undefined)).resolves.toMatchObject({
      ok: false,
      error: { code: 'preferences-unreadable' },
    });
  });
});

describe('data folder', () => {
  it('is the platform default unless HYGIE_DATA_DIR overrides it', () => {
    expect(resolveDataDir({}, '/home/a/.config/Hygie')).toBe('/home/a/.config/Hygie');
    expect(resolveDataDir({ HYGIE_DATA_DIR: '/srv/hygie' }, '/home/a/.config/Hygie')).toBe('/srv/hygie');
    expect(resolveDataDir({ HYGIE_DATA_DIR: '  ' }, '/d')).toBe('/d');
    expect(existsSync(resolveDataDir({ HYGIE_DATA_DIR: '.' }, '/d'))).toBe(true);
    // cmd.exe's `set HYGIE_DATA_DIR="D:\Hygie"` keeps the quotes in the value (issue 14).
    expect(resolveDataDir({ HYGIE_DATA_DIR: '"/srv/hygie data"' }, '/d')).toBe('/srv/hygie data');
  });
});

const appInfo = {
  name: 'Hygie',
  version: '0.1.0',
  shell: 'cli' as const,
  platform: 'linux',
  versions: { node: process.versions.node },
};
