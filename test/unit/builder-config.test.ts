import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../../electron-builder.config.cjs');
const { hasNotarizeCredentials } = require('../../build/notarize-credentials.cjs');
// electron-builder's own check of a configuration, the one `npm run dist` runs first.
const { validateConfiguration } = require('app-builder-lib/out/util/config/config');

describe('installer configuration', () => {
  it('burns the security fuses into the Electron binary', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app in asar, native modules unpacked', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('ships the native prebuilds as they are, without a rebuild that needs a compiler', () => {
    expect(config.npmRebuild).toBe(false);
    const root = join(import.meta.dirname, '../..');
    for (const prebuild of ['node_modules/better-sqlite3-multiple-ciphers/prebuilds', 'node_modules/@github/keytar/prebuilds']) {
      expect(readdirSync(join(root, prebuild)).some((name) => name.startsWith(`${process.platform}-${process.arch}`))).toBe(true);
    }
  });

  it('is a configuration electron-builder accepts (its schema refuses any unknown key)', async () => {
    await expect(validateConfiguration(config, { isEnabled: false })).resolves.toBeUndefined();
    // What `npm run dist` met before: a helper exported beside the configuration.
    await expect(validateConfiguration({ ...config, hasNotarizeCredentials }, { isEnabled: false })).rejects.toThrow(
      /unknown property 'hasNotarizeCredentials'/u,
    );
  });

  it('installs per user on Windows in one click, with no "all users" page a front desk cannot honour', () => {
    expect(config.win.target[0].target).toBe('nsis');
    // electron-builder (NsisOptions): oneClick true + perMachine false = per-user install, no install-mode
    // page; allowElevation and the directory choice are assisted-installer options, so none is set.
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false });
    for (const assistedOnly of ['allowElevation', 'allowToChangeInstallationDirectory', 'selectPerMachineByDefault']) {
      expect(config.nsis, assistedOnly).not.toHaveProperty(assistedOnly);
    }
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('builds a hardened-runtime dmg and notarises only with credentials present', () => {
    expect(config.mac.target[0].target).toBe('dmg');
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(hasNotarizeCredentials({})).toBe(false);
    expect(hasNotarizeCredentials({ APPLE_ID: 'a', APPLE_APP_SPECIFIC_PASSWORD: 'b' })).toBe(false);
    expect(hasNotarizeCredentials({ APPLE_ID: 'a', APPLE_APP_SPECIFIC_PASSWORD: 'b', APPLE_TEAM_ID: 'c' })).toBe(true);
    expect(hasNotarizeCredentials({ APPLE_API_KEY: 'k', APPLE_API_KEY_ID: 'i', APPLE_API_ISSUER: 's' })).toBe(true);
    expect(config.mac.notarize).toBe(hasNotarizeCredentials(process.env));
  });

  it('builds an AppImage and a deb for Linux', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });
});
