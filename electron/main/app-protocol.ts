import { readdirSync, type Dirent } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

// The UI is served from app://hygie/, never file://: a standard, secure scheme gives the page a
// real origin for the CSP and the IPC sender check.
//
// Only the files of the built UI are served, from a list made once when the protocol is set up:
// a request is answered only when its path is, character for character, one of those files, and
// the file read is the one listed — never a path built from the request. That is sturdier than
// refusing what looks dangerous: on Windows a path can name something else than it seems — a
// device (`con`, `nul.js`, `assets/com1.css`, in any case, with any extension), a short 8.3 name
// (`INDEX~1.HTM`), a stream (`index.html::$DATA`), a name with trailing dots or spaces — and a
// list of allowed files needs no rule for any of them. Windows' device names are also kept out of
// the list itself, should a build ever emit one (Microsoft, "Naming Files, Paths, and Namespaces").

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

/** A Windows device name (CON, PRN, AUX, NUL, COM0–9, LPT0–9, ¹²³, CONIN$, CONOUT$), whatever follows its first dot. */
export function isWindowsDeviceName(segment: string): boolean {
  const base = segment.split('.')[0]!.replace(/[ .]+$/u, '');
  return /^(?:con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/iu.test(base);
}

/** The built UI's files, by URL path ('index.html', 'assets/index-1qv4ep84.js') → file on disk. */
export type BuiltFiles = ReadonlyMap<string, string>;

/** List the files under `root` that may be served: regular files of a known type, no device names. */
export function listBuiltFiles(root: string): BuiltFiles {
  const files = new Map<string, string>();
  let entries: Dirent[];
  try {
    entries = readdirSync(root, { recursive: true, withFileTypes: true });
  } catch {
    return files; // no built UI: every request is a 404, as for any unlisted file
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue; // never a symbolic link, which could point anywhere
    const filePath = join(entry.parentPath, entry.name);
    const urlPath = relative(root, filePath).split(sep).join('/');
    if (urlPath.split('/').some(isWindowsDeviceName)) continue;
    if (!MIME_TYPES[extname(entry.name).toLowerCase()]) continue;
    files.set(urlPath, filePath);
  }
  return files;
}

/** Map an app:// URL to one of the built files, refusing other hosts, device names and anything unlisted. */
export function resolveAppRequest(files: BuiltFiles, rawUrl: string): ResolvedRequest {
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
  const urlPath = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  if (urlPath.split('/').some(isWindowsDeviceName)) return { ok: false, status: 403 };
  const filePath = files.get(urlPath);
  if (!filePath) return { ok: false, status: 404 };
  return { ok: true, filePath, contentType: MIME_TYPES[extname(urlPath).toLowerCase()]! };
}

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
};

/** Answer one request for a file of the UI, with the security headers on every answer. */
export async function respondToAppRequest(files: BuiltFiles, rawUrl: string): Promise<Response> {
  const resolved = resolveAppRequest(files, rawUrl);
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
  const files = listBuiltFiles(rendererRoot);
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(files, request.url));
}
