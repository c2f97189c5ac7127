// Read by electron-builder.config.cjs (mac.notarize) and by test/unit/builder-config.test.ts.

/** Notarise only when Apple credentials are in the environment (CI secrets), never by accident. */
function hasNotarizeCredentials(env) {
  return Boolean(
    (env.APPLE_API_KEY && env.APPLE_API_KEY_ID && env.APPLE_API_ISSUER) ||
      (env.APPLE_ID && env.APPLE_APP_SPECIFIC_PASSWORD && env.APPLE_TEAM_ID) ||
      (env.APPLE_KEYCHAIN && env.APPLE_KEYCHAIN_PROFILE),
  );
}

module.exports = { hasNotarizeCredentials };
