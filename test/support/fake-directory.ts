import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local Microsoft identity platform + Microsoft Graph + Google OAuth + Google Admin SDK, on one
// random loopback port, answering with the documented shapes:
//   /login/{tenant}/oauth2/v2.0/devicecode and /token  (RFC 8628 device flow, refresh grant)
//   /graph/v1.0/reports/authenticationMethods/userRegistrationDetails  (@odata.nextLink paging)
//   /google-oauth/token  (refresh grant with client_secret)
//   /google-admin/admin/directory/v1/users?customer=my_customer  (nextPageToken paging)
// Tests script each device code's answers, force one-shot faults per path, revoke tokens, and
// read the request log to check what Hygie sent.

export interface GraphRegistration {
  id?: string;
  userPrincipalName: string;
  userDisplayName?: string;
  isAdmin?: boolean;
  isMfaRegistered: boolean;
  isMfaCapable?: boolean;
  isPasswordlessCapable?: boolean;
  methodsRegistered: string[];
  userType?: string;
  [field: string]: unknown;
}

export interface GoogleUser {
  id?: string;
  primaryEmail: string;
  name?: { fullName: string };
  aliases?: string[];
  isEnrolledIn2Sv: boolean;
  isEnforcedIn2Sv: boolean;
  suspended?: boolean;
  archived?: boolean;
  emails?: { address: string; primary?: boolean; type?: string }[];
  [field: string]: unknown;
}

/** What the token endpoint answers, poll after poll, for one device code; the last answer repeats. */
export type DeviceScript = ('authorization_pending' | 'slow_down' | 'expired_token' | 'access_denied' | 'granted')[];

export interface Fault {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface FakeRequest {
  method: string;
  path: string;
  url: string;
  authorization: string | null;
  form: Record<string, string>;
  userAgent: string | null;
}

export interface FakeDirectoryOptions {
  registrations?: GraphRegistration[];
  googleUsers?: GoogleUser[];
  /** Records per page (the fake's own page size, whatever the client asks). */
  pageSize?: number;
  clientId?: string;
  googleClientId?: string;
  googleClientSecret?: string;
  /** Seconds: what the device-code endpoint says (0 lets tests poll without waiting). */
  interval?: number;
  /** The signed-in admin, put in the ID token. */
  account?: string;
  /**
   * Length of the Microsoft tokens issued. Microsoft documents no maximum and says to treat them
   * as opaque; Graph access tokens are JWTs of about 2 KB, refresh tokens about 1 KB and growing.
   * Defaults: 2,200 and 1,400 characters, together more than one Windows credential holds.
   */
  microsoftAccessTokenChars?: number;
  microsoftRefreshTokenChars?: number;
}

export interface FakeDirectory {
  loginBaseUrl: string;
  graphBaseUrl: string;
  googleOauthBaseUrl: string;
  googleAdminBaseUrl: string;
  requests: FakeRequest[];
  registrations: GraphRegistration[];
  googleUsers: GoogleUser[];
  /** The script for the next device code issued. */
  nextDeviceScript: DeviceScript;
  /** Answer `fault` to the next request whose path starts with `pathPrefix`. */
  failNext(pathPrefix: string, fault: Fault): void;
  /** Issue a Google refresh token (as the IT provider's own OAuth client would have obtained). */
  issueGoogleRefreshToken(): string;
  /** Issue a Google access token directly (a pasted token). */
  issueGoogleAccessToken(scopes?: string[]): string;
  /** Every access token issued so far stops working (401), as after an expiry or a revocation. */
  expireAccessTokens(): void;
  /** Refresh tokens stop working too (invalid_grant). */
  revokeRefreshTokens(): void;
  /** Every token issued so far, to look for them where they must not be. */
  issuedSecrets(): string[];
  close(): Promise<void>;
}

const GRAPH_PATH = '/graph/v1.0/reports/authenticationMethods/userRegistrationDetails';
const GOOGLE_USERS_PATH = '/google-admin/admin/directory/v1/users';
const GOOGLE_SCOPE = 'https://www.googleapis.com/auth/admin.directory.user.readonly';

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

async function readForm(request: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
}

function token(prefix: string, chars = 0): string {
  const value = `${prefix}-${randomBytes(18).toString('base64url')}`;
  return value.length >= chars ? value : `${value}${randomBytes(chars).toString('base64url').slice(0, chars - value.length)}`;
}

function idToken(account: string, tenant: string): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ preferred_username: account, tid: tenant, name: 'Admin' })}.`;
}

export async function startFakeDirectory(options: FakeDirectoryOptions = {}): Promise<FakeDirectory> {
  const pageSize = options.pageSize ?? 2;
  const clientId = options.clientId ?? '11111111-2222-3333-4444-555555555555';
  const googleClientId = options.googleClientId ?? '1234567890-hygie.apps.googleusercontent.com';
  const googleClientSecret = options.googleClientSecret ?? 'GOCSPX-fake-client-secret';
  const account = options.account ?? 'admin@cabinet-dupont.fr';
  const requests: FakeRequest[] = [];
  const faults: { prefix: string; fault: Fault }[] = [];
  const devices = new Map<string, { script: DeviceScript; polls: number; tenant: string }>();
  const access = new Map<string, { provider: 'microsoft' | 'google'; scopes: string[] }>();
  const refresh = new Map<string, 'microsoft' | 'google'>();
  const issued: string[] = [];
  let base = '';

  const issueAccess = (provider: 'microsoft' | 'google', scopes: string[]) => {
    const value = provider === 'microsoft' ? token('eyJ0eXAiOiJKV1Qi.ms-access', options.microsoftAccessTokenChars ?? 2200) : token('ya29.fake-access');
    access.set(value, { provider, scopes });
    issued.push(value);
    return value;
  };
  const issueRefresh = (provider: 'microsoft' | 'google') => {
    const value = provider === 'microsoft' ? token('0.AXEA-ms-refresh', options.microsoftRefreshTokenChars ?? 1400) : token('1//fake-refresh');
    refresh.set(value, provider);
    issued.push(value);
    return value;
  };
  const bearer = (request: IncomingMessage, provider: 'microsoft' | 'google') => {
    const header = request.headers.authorization ?? '';
    const value = header.startsWith('Bearer ') ? header.slice(7) : '';
    const grant = access.get(value);
    return grant && grant.provider === provider ? grant : null;
  };

  const fake: FakeDirectory = {
    loginBaseUrl: '',
    graphBaseUrl: '',
    googleOauthBaseUrl: '',
    googleAdminBaseUrl: '',
    requests,
    registrations: options.registrations ?? [],
    googleUsers: options.googleUsers ?? [],
    nextDeviceScript: ['authorization_pending', 'granted'],
    failNext: (prefix, fault) => faults.push({ prefix, fault }),
    issueGoogleRefreshToken: () => issueRefresh('google'),
    issueGoogleAccessToken: (scopes = [GOOGLE_SCOPE]) => issueAccess('google', scopes),
    expireAccessTokens: () => access.clear(),
    revokeRefreshTokens: () => refresh.clear(),
    issuedSecrets: () => [...issued],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', base);
    const form = request.method === 'POST' ? await readForm(request) : {};
    requests.push({
      method: request.method ?? '',
      path: url.pathname,
      url: request.url ?? '',
      authorization: request.headers.authorization ?? null,
      form,
      userAgent: request.headers['user-agent'] ?? null,
    });
    const faultIndex = faults.findIndex((entry) => url.pathname.startsWith(entry.prefix));
    if (faultIndex >= 0) {
      const { fault } = faults.splice(faultIndex, 1)[0]!;
      json(response, fault.status, fault.body ?? {}, fault.headers);
      return;
    }

    // Microsoft identity platform: /login/{tenant}/oauth2/v2.0/devicecode | /token
    const login = /^\/login\/([^/]+)\/oauth2\/v2\.0\/(devicecode|token)$/u.exec(url.pathname);
    if (login && request.method === 'POST') {
      const [, tenant, endpoint] = login as unknown as [string, string, string];
      if (form.client_id !== clientId) {
        json(response, 400, { error: 'unauthorized_client', error_description: "AADSTS700016: Application with identifier was not found in the directory." });
        return;
      }
      if (endpoint === 'devicecode') {
        const deviceCode = token('DAQABAAEAAAD-device');
        devices.set(deviceCode, { script: [...fake.nextDeviceScript], polls: 0, tenant });
        json(response, 200, {
          user_code: 'F7KQ-9XPL',
          device_code: deviceCode,
          verification_uri: 'https://microsoft.com/devicelogin',
          expires_in: 900,
          interval: options.interval ?? 0,
          message: 'To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code F7KQ-9XPL to authenticate.',
        });
        return;
      }
      if (form.grant_type === 'urn:ietf:params:oauth:grant-type:device_code') {
        const device = devices.get(form.device_code ?? '');
        if (!device) {
          json(response, 400, { error: 'invalid_grant', error_description: 'AADSTS70000: unknown device code' });
          return;
        }
        const step = device.script[Math.min(device.polls, device.script.length - 1)]!;
        device.polls += 1;
        if (step !== 'granted') {
          json(response, 400, { error: step, error_description: `AADSTS: ${step}` });
          return;
        }
        devices.delete(form.device_code!);
        json(response, 200, {
          token_type: 'Bearer',
          scope: form.scope ?? 'https://graph.microsoft.com/AuditLog.Read.All',
          expires_in: 3599,
          access_token: issueAccess('microsoft', ['AuditLog.Read.All']),
          refresh_token: issueRefresh('microsoft'),
          id_token: idToken(account, device.tenant),
        });
        return;
      }
      if (form.grant_type === 'refresh_token') {
        if (refresh.get(form.refresh_token ?? '') !== 'microsoft') {
          json(response, 400, { error: 'invalid_grant', error_description: 'AADSTS700082: The refresh token has expired.' });
          return;
        }
        json(response, 200, {
          token_type: 'Bearer',
          expires_in: 3599,
          access_token: issueAccess('microsoft', ['AuditLog.Read.All']),
          refresh_token: issueRefresh('microsoft'),
        });
        return;
      }
      json(response, 400, { error: 'unsupported_grant_type' });
      return;
    }

    if (url.pathname === GRAPH_PATH && request.method === 'GET') {
      if (!bearer(request, 'microsoft')) {
        json(response, 401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token has expired or is not yet valid.' } });
        return;
      }
      const skip = Number(url.searchParams.get('$skiptoken') ?? '0');
      const page = fake.registrations.slice(skip, skip + pageSize);
      const body: Record<string, unknown> = {
        '@odata.context': `${base}/graph/v1.0/$metadata#reports/authenticationMethods/userRegistrationDetails`,
        // Graph always sends isMfaCapable and isPasswordlessCapable; a test that does not set them
        // gets what a tenant allowing every method would say.
        value: page.map((record, index) => ({
          id: record.id ?? `00000000-0000-0000-0000-${String(skip + index).padStart(12, '0')}`,
          userType: 'member',
          isMfaCapable: record.isMfaRegistered,
          isPasswordlessCapable: record.methodsRegistered.some((method) => /^(fido2|passKey|windowsHello|microsoftAuthenticatorPasswordless)/u.test(method)),
          ...record,
        })),
      };
      if (skip + pageSize < fake.registrations.length) body['@odata.nextLink'] = `${base}${GRAPH_PATH}?$skiptoken=${skip + pageSize}`;
      json(response, 200, body);
      return;
    }

    if (url.pathname === '/google-oauth/token' && request.method === 'POST') {
      if (form.client_id !== googleClientId || form.client_secret !== googleClientSecret) {
        json(response, 401, { error: 'invalid_client', error_description: 'The OAuth client was not found.' });
        return;
      }
      if (form.grant_type !== 'refresh_token' || refresh.get(form.refresh_token ?? '') !== 'google') {
        json(response, 400, { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
        return;
      }
      json(response, 200, { access_token: issueAccess('google', [GOOGLE_SCOPE]), expires_in: 3599, scope: GOOGLE_SCOPE, token_type: 'Bearer' });
      return;
    }

    if (url.pathname === GOOGLE_USERS_PATH && request.method === 'GET') {
      const grant = bearer(request, 'google');
      if (!grant) {
        json(response, 401, { error: { code: 401, message: 'Request had invalid authentication credentials.', status: 'UNAUTHENTICATED' } });
        return;
      }
      if (!grant.scopes.includes(GOOGLE_SCOPE)) {
        json(response, 403, { error: { code: 403, message: 'Request had insufficient authentication scopes.', status: 'PERMISSION_DENIED' } });
        return;
      }
      if (url.searchParams.get('customer') !== 'my_customer') {
        json(response, 400, { error: { code: 400, message: 'Bad Request' } });
        return;
      }
      const size = Math.min(pageSize, Number(url.searchParams.get('maxResults') ?? '100'));
      const start = Number(url.searchParams.get('pageToken')?.replace('page-', '') ?? '0');
      const users = fake.googleUsers.slice(start, start + size).map((user, index) => ({
        kind: 'admin#directory#user',
        id: user.id ?? String(100000 + start + index),
        ...user,
      }));
      const body: Record<string, unknown> = { kind: 'admin#directory#users', etag: '"fake"' };
      if (users.length > 0) body.users = users;
      if (start + size < fake.googleUsers.length) body.nextPageToken = `page-${start + size}`;
      json(response, 200, body);
      return;
    }

    json(response, 404, { error: 'not found' });
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.loginBaseUrl = `${base}/login`;
  fake.graphBaseUrl = `${base}/graph`;
  fake.googleOauthBaseUrl = `${base}/google-oauth`;
  fake.googleAdminBaseUrl = `${base}/google-admin`;
  return fake;
}
