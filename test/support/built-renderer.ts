import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// What the built renderer (out/renderer) makes the window load before its first render: the
// scripts index.html names (its module script and the modulepreload links), and what those import
// statically, file by file. Everything else in assets/ is a chunk loaded later (a page, the
// English texts). The benchmark weighs it; the end-to-end tests check the page asks for no more.

/** The `./…js` files a built module imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`. */
function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/\bimport\s*(?:[\w$*{},\s]+?\s*from\s*)?["']\.\/([\w.-]+\.js)["']/gu)) found.push(match[1]!);
  return found;
}

/** Paths under the renderer folder ('assets/index-….js') of the scripts loaded before the first render. */
export function initialScripts(rendererDir: string): string[] {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const named = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="\.\/([^"]+\.js)"/gu)].map((match) => match[1]!),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="\.\/([^"]+\.js)"/gu)].map((match) => match[1]!),
  ];
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
    for (const imported of staticImports(readFileSync(join(rendererDir, path), 'utf8'))) visit(`${folder}${imported}`);
  };
  for (const path of named) visit(path);
  return [...seen].sort();
}

/** Every script of the build, by path under the renderer folder. */
export function allScripts(rendererDir: string): string[] {
  return readdirSync(join(rendererDir, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`)
    .sort();
}

export interface ScriptWeight {
  files: number;
  bytes: number;
  /** gzip -9, each file on its own, as a server would send it. */
  gzipBytes: number;
}

export function weigh(rendererDir: string, paths: readonly string[]): ScriptWeight {
  let bytes = 0;
  let gzipBytes = 0;
  for (const path of paths) {
    const content = readFileSync(join(rendererDir, path));
    bytes += content.byteLength;
    gzipBytes += gzipSync(content, { level: 9 }).byteLength;
  }
  return { files: paths.length, bytes, gzipBytes };
}
