import { HygieError } from '../../model/hygie-error.ts';
import { isObject, postForm, type HttpOptions } from './directory-http.ts';

// OAuth 2.0 device authorization grant (RFC 8628), the client side: ask for a user code, then
// poll the token endpoint at the server's pace until the person has signed in on another device
// (or refused, or let the code expire). Also the refresh grant (RFC 6749 §6), which both
// directories share. Nothing here keeps state or waits: the caller decides when to poll.

export interface DeviceAuthorization {
  deviceCode: string;
  userCode: string;
  verificationUri: string;
  /** Seconds the codes stay valid. */
  expiresIn: number;
  /** Seconds between polls (RFC 8628 §3.2: 5 when the server does not say). */
  interval: number;
}

export interface TokenSet {
  accessToken: string;
  refreshToken: string | null;
  /** Seconds the access token lives, when the server says. */
  expiresIn: number | null;
  idToken: string | null;
}

export type PollResult =
  | { state: 'pending' }
  /** RFC 8628 §3.5: the client must add 5 seconds to its interval from now on. */
  | { state: 'slow-down' }
  | { state: 'expired' }
  | { state: 'denied' }
  | { state: 'granted'; tokens: TokenSet };

export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

/** https anywhere; http only on this computer (the tests' fake directory). */
export function isSafeVerificationUri(raw: string): boolean {
  try {
    const url = new URL(raw);
    if (url.username || url.password) return false;
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]');
  } catch {
    return false;
  }
}

function positiveNumber(value: unknown, fallback: number): number {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 0 ? number : fallback;
}

function oauthError(body: unknown): string | null {
  return isObject(body) && typeof body.error === 'string' ? body.error : null;
}

/** An OAuth error that means the app registration or its settings are wrong, not the user. */
function refusedRegistration(error: string | null, status: number): HygieError {
  return new HygieError('directory-sign-in-refused', { oauthError: (error ?? `http-${status}`).slice(0, 60) });
}

export async function startDeviceAuthorization(
  endpoint: string,
  fields: { clientId: string; scope: string },
  options: HttpOptions,
): Promise<DeviceAuthorization> {
  const answer = await postForm(endpoint, { client_id: fields.clientId, scope: fields.scope }, options);
  if (answer.outcome === 'unavailable') throw new HygieError('directory-unavailable', { httpStatus: answer.status });
  if (answer.outcome === 'throttled') throw new HygieError('directory-rate-limited');
  if (answer.outcome !== 'ok') throw refusedRegistration(oauthError(answer.body), answer.status);
  const body = answer.body;
  // Google says verification_url (an earlier draft's name); RFC 8628 says verification_uri.
  const uri = isObject(body) ? (body.verification_uri ?? body.verification_url) : undefined;
  if (
    !isObject(body) ||
    typeof body.device_code !== 'string' ||
    typeof body.user_code !== 'string' ||
    typeof uri !== 'string' ||
    !isSafeVerificationUri(uri) ||
    body.user_code.length > 64
  ) {
    throw new HygieError('directory-unexpected-answer', { step: 'device-code' });
  }
  return {
    deviceCode: body.device_code,
    userCode: body.user_code,
    verificationUri: uri,
    expiresIn: Math.min(positiveNumber(body.expires_in, 900), 3600),
    interval: Math.min(positiveNumber(body.interval, 5), 60),
  };
}

function tokenSet(body: unknown): TokenSet | null {
  if (!isObject(body) || typeof body.access_token !== 'string' || body.access_token === '') return null;
  return {
    accessToken: body.access_token,
    refreshToken: typeof body.refresh_token === 'string' && body.refresh_token !== '' ? body.refresh_token : null,
    expiresIn: body.expires_in === undefined ? null : positiveNumber(body.expires_in, 3600),
    idToken: typeof body.id_token === 'string' ? body.id_token : null,
  };
}

/** One poll of the token endpoint (RFC 8628 §3.4–3.5). */
export async function pollDeviceToken(
  endpoint: string,
  fields: { clientId: string; deviceCode: string; clientSecret?: string },
  options: HttpOptions,
): Promise<PollResult> {
  const form: Record<string, string> = { grant_type: DEVICE_CODE_GRANT, client_id: fields.clientId, device_code: fields.deviceCode };
  if (fields.clientSecret) form.client_secret = fields.clientSecret;
  const answer = await postForm(endpoint, form, options);
  if (answer.outcome === 'ok') {
    const tokens = tokenSet(answer.body);
    if (!tokens) throw new HygieError('directory-unexpected-answer', { step: 'token' });
    return { state: 'granted', tokens };
  }
  if (answer.outcome === 'unavailable') throw new HygieError('directory-unavailable', { httpStatus: answer.status });
  // Any other answer says why in its OAuth error (RFC 8628 §3.5), whatever its status.
  const error = oauthError(answer.body);
  switch (error) {
    case 'authorization_pending':
      return { state: 'pending' };
    case 'slow_down':
      return { state: 'slow-down' };
    case 'expired_token':
    // Microsoft's name for a device code it no longer knows.
    case 'code_expired':
      return { state: 'expired' };
    case 'access_denied':
    case 'authorization_declined':
      return { state: 'denied' };
    default:
      throw refusedRegistration(error, answer.status);
  }
}

/**
 * Trade a refresh token for a new access token. null when the refresh token is no longer
 * accepted (invalid_grant: revoked, expired, password changed): the user must sign in again.
 */
export async function refreshAccessToken(
  endpoint: string,
  fields: { clientId: string; refreshToken: string; scope?: string; clientSecret?: string },
  options: HttpOptions,
): Promise<TokenSet | null> {
  const form: Record<string, string> = { grant_type: 'refresh_token', client_id: fields.clientId, refresh_token: fields.refreshToken };
  if (fields.scope) form.scope = fields.scope;
  if (fields.clientSecret) form.client_secret = fields.clientSecret;
  const answer = await postForm(endpoint, form, options);
  if (answer.outcome === 'ok') {
    const tokens = tokenSet(answer.body);
    if (!tokens) throw new HygieError('directory-unexpected-answer', { step: 'refresh' });
    // Refresh tokens may or may not rotate; keep the old one when no new one is given.
    return { ...tokens, refreshToken: tokens.refreshToken ?? fields.refreshToken };
  }
  if (answer.outcome === 'unavailable') throw new HygieError('directory-unavailable', { httpStatus: answer.status });
  const error = oauthError(answer.body);
  if (error === 'invalid_grant' || answer.outcome === 'unauthorized') return null;
  throw refusedRegistration(error, answer.status);
}
