// The directory settings' rules (DirectorySettingsPatchSchema, GoogleCredentialInputSchema in
// electron/core/model/schemas/directory.ts), checked at the field so mistakes show before sending.

const TENANT = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|organizations|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$/iu;

export function isTenant(raw: string): boolean {
  const value = raw.trim();
  return value.length <= 253 && TENANT.test(value);
}

export function isClientId(raw: string): boolean {
  const value = raw.trim();
  return value.length <= 200 && /^[A-Za-z0-9._-]*$/u.test(value);
}

export function isToken(raw: string): boolean {
  const value = raw.trim();
  return value.length >= 20 && value.length <= 4096 && /^[\x21-\x7e]+$/u.test(value);
}

export function isClientSecret(raw: string): boolean {
  const value = raw.trim();
  return value.length >= 8 && value.length <= 512 && /^[\x21-\x7e]+$/u.test(value);
}

/** The contract's defaults (DEFAULT_MICROSOFT_* / DEFAULT_GOOGLE_* in schemas/directory.ts); the renderer imports types only from core. */
export const DEFAULT_MICROSOFT_TENANT = 'organizations';
export const DEFAULT_MICROSOFT_LOGIN_BASE_URL = 'https://login.microsoftonline.com';
export const DEFAULT_MICROSOFT_GRAPH_BASE_URL = 'https://graph.microsoft.com';
export const DEFAULT_GOOGLE_OAUTH_BASE_URL = 'https://oauth2.googleapis.com';
export const DEFAULT_GOOGLE_ADMIN_BASE_URL = 'https://admin.googleapis.com';
