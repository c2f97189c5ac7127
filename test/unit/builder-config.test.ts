import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../../electron-builder.config.cjs');

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

  it('installs per user on Windows, so a front desk needs no administrator', () => {
    expect(config.win.target[0].target).toBe('nsis');
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
  });

  it('builds a hardened-runtime dmg and notarises only with credentials present', () => {
    expect(config.mac.target[0].target).toBe('dmg');
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.hasNotarizeCredentials({})).toBe(false);
    expect(config.hasNotarizeCredentials({ APPLE_ID: 'a', APPLE_APP_SPECIFIC_PASSWORD: 'b' })).toBe(false);
    expect(config.hasNotarizeCredentials({ APPLE_ID: 'a', APPLE_APP_SPECIFIC_PASSWORD: 'b', APPLE_TEAM_ID: 'c' })).toBe(true);
    expect(config.hasNotarizeCredentials({ APPLE_API_KEY: 'k', APPLE_API_KEY_ID: 'i', APPLE_API_ISSUER: 's' })).toBe(true);
  });

  it('builds an AppImage and a deb for Linux', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });
});
