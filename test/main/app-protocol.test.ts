import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isWindowsDeviceName, listBuiltFiles, respondToAppRequest, serveAppProtocol } from '../../electron/main/app-protocol.ts';

// Issue 14, item 8: app:// serves the list of files the build wrote — made once, when the protocol
// is set up — and nothing else. A request never becomes a path on disk, so Windows' device names
// (CON, PRN, AUX, NUL, COM1–9, LPT1–9, any case, any extension, in any segment: Microsoft, "Naming
// Files, Paths, and Namespaces"), 8.3 short names, streams or trailing dots cannot reach anything.

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A renderer folder as the build writes it, plus files no build writes (device-named, outside). */
function renderer() {
  const root = mkdtempSync(join(tmpdir(), 'hygie-protocol-'));
  temporary.push(root);
  const dir = join(root, 'renderer');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Hygie</title>');
  writeFileSync(join(dir, 'assets/index-1qv4ep84.js'), 'console.log("hygie")');
  writeFileSync(join(dir, 'assets/index-BFcjjL_p.css'), 'body{}');
  // On Linux these are ordinary files; on Windows each name opens a device instead.
  for (const name of ['con', 'NUL.js', 'assets/aux.css', 'assets/com1.min.js', 'Lpt9.html', 'prn .txt']) writeFileSync(join(dir, name), 'device');
  mkdirSync(join(dir, 'CON'));
  writeFileSync(join(dir, 'CON/index.html'), 'device folder');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer folder');
  symlinkSync(join(root, 'secret.txt'), join(dir, 'assets/linked.txt'));
  return dir;
}

async function get(dir: string, path: string, files = listBuiltFiles(dir)) {
  const answer = await respondToAppRequest(files, `app://hygie${path}`);
  return { status: answer.status, body: await answer.text(), csp: answer.headers.get('content-security-policy') };
}

describe('the app:// protocol', () => {
  it('recognises Windows device names in any case, with any extension, trailing dots or spaces', () => {
    for (const name of ['con', 'CON', 'Con.js', 'prn', 'aux.css', 'nul', 'NUL.tar.gz', 'com1', 'COM9.txt', 'lpt1', 'LPT9.html', 'com0', 'con.', 'nul ', 'prn .txt', 'conin$', 'CONOUT$.log', 'com¹', 'lpt³.js']) {
      expect(isWindowsDeviceName(name), name).toBe(true);
    }
    for (const name of ['index.html', 'console.js', 'icon.png', 'auxiliary.css', 'com10', 'lpt', 'nul-check.js', 'com1a', 'index-BFcjjL_p.css']) {
      expect(isWindowsDeviceName(name), name).toBe(false);
    }
  });

  it('lists the files the build wrote, and no device name, symbolic link or unknown type', () => {
    const files = listBuiltFiles(renderer());
    expect([...files.keys()].sort()).toEqual(['assets/index-1qv4ep84.js', 'assets/index-BFcjjL_p.css', 'index.html']);
  });

  it('serves each built file with its type and the strict CSP', async () => {
    const dir = renderer();
    const page = await get(dir, '/');
    expect(page).toMatchObject({ status: 200, body: '<!doctype html><title>Hygie</title>' });
    expect(page.csp).toMatch(/default-src 'self'/u);
    expect((await get(dir, '/index.html')).status).toBe(200);
    expect((await get(dir, '/assets/index-1qv4ep84.js')).body).toBe('console.log("hygie")');
  });

  it('refuses device names in any segment, even where a file of that name exists', async () => {
    const dir = renderer();
    for (const path of ['/con', '/CON', '/NUL.js', '/nul.js', '/assets/aux.css', '/assets/com1.min.js', '/Lpt9.html', '/prn%20.txt', '/CON/index.html', '/assets/lpt1/x.js', '/com9.', '/aux%2ejs']) {
      const answer = await get(dir, path);
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
      expect(answer.body, path).not.toContain('device');
      expect(answer.csp, path).toMatch(/default-src 'self'/u);
    }
    expect((await get(dir, '/NUL.js')).status).toBe(403);
    expect((await get(dir, '/assets/aux.css')).status).toBe(403);
  });

  it('serves nothing but the listed files: other spellings, streams, links, traversal, later files', async () => {
    const dir = renderer();
    const files = listBuiltFiles(dir);
    writeFileSync(join(dir, 'added-after-start.js'), 'not built');
    for (const path of [
      '/INDEX.HTML',
      '/index.html.',
      '/index.html%20',
      '/index.html::$DATA',
      '/INDEX~1.HTM',
      '/assets/linked.txt',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/added-after-start.js',
      '/assets/',
      '/assets',
    ]) {
      const answer = await get(dir, path, files);
      expect([403, 404], path).toContain(answer.status);
      expect(answer.body, path).toBe('');
    }
  });

  it('answers through protocol.handle from the list made when it is set up', async () => {
    const dir = renderer();
    let handler: ((request: { url: string }) => Promise<Response>) | undefined;
    serveAppProtocol({ handle: (_scheme: string, h: typeof handler) => (handler = h) } as never, dir);
    expect((await handler!({ url: 'app://hygie/index.html' })).status).toBe(200);
    expect((await handler!({ url: 'app://hygie/aux.css' })).status).toBe(403);
    expect((await handler!({ url: 'app://other/index.html' })).status).toBe(403);
  });

  it('serves nothing, without failing to start, when the built UI is missing', async () => {
    expect(listBuiltFiles('/nonexistent/hygie/renderer').size).toBe(0);
  });
});
