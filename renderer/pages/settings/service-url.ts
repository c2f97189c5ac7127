// The base URL rule of ServiceBaseUrlSchema (electron/core/model/schemas/services.ts), checked at
// the field: https everywhere, plain http only to this computer, no credentials, query or anchor.

/** The contract's DEFAULT_HIBP_BASE_URL and DEFAULT_PWNED_PASSWORDS_BASE_URL. */
export const DEFAULT_HIBP_BASE_URL = 'https://haveibeenpwned.com/api/v3';
export const DEFAULT_PWNED_PASSWORDS_BASE_URL = 'https://api.pwnedpasswords.com';

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/u.test(hostname);
}

export function isServiceUrl(raw: string): boolean {
  const value = raw.trim();
  if (value === '' || value.length > 500) return false;
  try {
    const url = new URL(value);
    if (url.username || url.password || url.search || url.hash) return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
  } catch {
    return false;
  }
}

/** As the engine keeps it: trimmed, without trailing slashes. */
export function normaliseServiceUrl(raw: string): string {
  return raw.trim().replace(/\/+$/u, '');
}

/** HIBP API keys: 32 hexadecimal characters (HibpApiKeyInputSchema). */
export function isHibpKey(raw: string): boolean {
  return /^[0-9a-f]{32}$/iu.test(raw.trim());
}
