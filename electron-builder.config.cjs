// Installers: `npm run dist` on a machine that can reach Electron's downloads.
// Read by test/unit/builder-config.test.ts, which holds the security-relevant choices in place.

// Kept in its own file: electron-builder validates this object against its schema and refuses any
// key it does not know (a helper exported from here stopped `npm run dist` with "unknown property").
const { hasNotarizeCredentials } = require('./build/notarize-credentials.cjs');

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'fr.hygie.desktop',
  productName: 'Hygie',
  copyright: 'Copyright © Hygie',
  directories: { output: 'dist', buildResources: 'build' },
  // out/cli is the `hygie` command's bundle, run with Node from a checkout: not part of the app.
  files: ['out/**/*', '!out/cli/**', 'package.json', '!**/*.map'],
  asar: true,
  // Native modules (SQLCipher, keychain) must be real files on disk to be loaded.
  asarUnpack: ['**/*.node'],
  // SQLCipher and keytar ship N-API prebuilds that load in Node and Electron alike: rebuilding
  // them would need a compiler and Electron's headers for nothing.
  npmRebuild: false,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The UI is served from app://, so file:// needs no extra privileges.
    grantFileProtocolExtraPrivileges: false,
  },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'build/icon.png',
  },
  nsis: {
    // A front desk has no administrator: a one-click installer for the current user, with no page
    // offering "all users" (that choice needs elevation, which a per-user install never asks for).
    // electron-builder: with oneClick, perMachine false installs per user; the assisted installer's
    // options (install-mode page, elevation, directory choice) do not apply.
    oneClick: true,
    perMachine: false,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    // The practice's data stays when the app is removed (it is the compliance record).
    deleteAppDataOnUninstall: false,
    installerLanguages: ['fr_FR', 'en_US'],
    language: '1036',
  },
  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    category: 'public.app-category.medical',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
    notarize: hasNotarizeCredentials(process.env),
    icon: 'build/icon.png',
  },
  dmg: { sign: false },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'Hygie <engineers@hygie.invalid>',
    synopsis: 'Security-hygiene auditor for medical practices',
    icon: 'build/icon.png',
  },
  deb: {
    // the keychain Hygie keeps its keys in
    depends: ['libsecret-1-0', 'gnome-keyring | kwalletmanager'],
  },
};
