import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

// The UI is served from app://hygie/, never file://: a standard, secure scheme gives the page a
// real origin for the CSP and the IPC sender check, and only files under the renderer folder
// can be reached.

export const APP_SCHEME = 'app';
export const APP_HOST = 'hygie';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export type ResolvedRequest =
  | { ok: true; filePath: string; contentType: string }
  | { ok: false; status: 403 | 404 };

/** Map an app:// URL to a file under `root`, refusing other hosts, traversal and unknown types. */
export function resolveAppRequest(root: string, rawUrl: string): ResolvedRequest {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, status: 404 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 403 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 404 };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { ok: false, status: 403 };
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const normalRoot = normalize(root.endsWith(sep) ? root : root + sep);
  const filePath = normalize(join(normalRoot, relative));
  if (!filePath.startsWith(normalRoot)) return { ok: false, status: 403 };
  const contentType = MIME_TYPES[extname(filePath).toLowerCase()];
  if (!contentType) return { ok: false, status: 404 };
  return { ok: true, filePath, contentType };
}

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
};

/** Answer one request for a file of the UI, with the security headers on every answer. */
export async function respondToAppRequest(root: string, rawUrl: string): Promise<Response> {
  const resolved = resolveAppRequest(root, rawUrl);
  if (!resolved.ok) return new Response(null, { status: resolved.status, headers: SECURITY_HEADERS });
  try {
    const body = await readFile(resolved.filePath);
    return new Response(body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'content-type': resolved.contentType },
    });
  } catch {
    return new Response(null, { status: 404, headers: SECURITY_HEADERS });
  }
}

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: false },
    },
  ]);
}

export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(rendererRoot, request.url));
}
