// Installers: `npm run dist` on a machine that can reach Electron's downloads.
// Read by test/unit/builder-config.test.ts, which holds the security-relevant choices in place.

/** Notarise only when Apple credentials are in the environment (CI secrets), never by accident. */
function hasNotarizeCredentials(env) {
  return Boolean(
    (env.APPLE_API_KEY && env.APPLE_API_KEY_ID && env.APPLE_API_ISSUER) ||
      (env.APPLE_ID && env.APPLE_APP_SPECIFIC_PASSWORD && env.APPLE_TEAM_ID) ||
      (env.APPLE_KEYCHAIN && env.APPLE_KEYCHAIN_PROFILE),
  );
}

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'fr.hygie.desktop',
  productName: 'Hygie',
  copyright: 'Copyright © Hygie',
  directories: { output: 'dist', buildResources: 'build' },
  files: ['out/**/*', 'package.json', '!**/*.map'],
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
    // A front desk has no administrator: install for the current user, no elevation.
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: false,
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

module.exports.hasNotarizeCredentials = hasNotarizeCredentials;
