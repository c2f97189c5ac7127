import type { FailureDetails } from '../store/job-repository.ts';

// What of a failure's details may be written with the job (docs/security.md: secrets never touch disk).
// Details are meant for the user and the IT provider (a SQLite code, a status, a count), but a
// job kind could one day pass on something it should not: so only plain, short values are kept,
// and anything named or shaped like a secret is dropped rather than trusted.

const MAX_KEYS = 12;
const MAX_STRING = 200;
/** Keys that name a secret, whatever their value. */
const SECRET_KEY = /key|token|secret|passw|passphrase|auth|cookie|credential|bearer|session/iu;
/** A long unbroken run of hex or base64: an API key, a token, a hash. */
const TOKEN_LIKE = /[A-Za-z0-9+/=]{24,}/u;
const CONTROL = /[\u0000-\u001f\u007f]/u;

function safeString(value: string): boolean {
  if (value.length > MAX_STRING || CONTROL.test(value) || TOKEN_LIKE.test(value)) return false;
  // A URL can carry credentials or a token in its query: not kept.
  return !value.includes('://');
}

export function safeFailureDetails(details: Readonly<Record<string, unknown>> | undefined): FailureDetails | undefined {
  if (!details) return undefined;
  const kept: FailureDetails = {};
  for (const [name, value] of Object.entries(details)) {
    if (Object.keys(kept).length >= MAX_KEYS) break;
    if (SECRET_KEY.test(name)) continue;
    if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) kept[name] = value;
    else if (typeof value === 'string' && safeString(value)) kept[name] = value;
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}
