import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';

// What a reader of a report can check with ordinary tools. The PDF through poppler's tools
// (pdftotext, pdfinfo, pdftoppm: a prerequisite of the tests, see the README's per-system table):
// the text a search or a screen reader finds, the page size and count, and images of the first
// pages kept as test artefacts. The JSON against the published schema (docs/report-schema.json,
// with ajv) and its SHA-256 as the system's own tool prints it. Tools are spawned directly, never
// through a shell.

const run = promisify(execFile);

/** How to get poppler on this system, said when one of its tools is missing. */
export const POPPLER_INSTALL: Partial<Record<NodeJS.Platform, string>> = {
  win32: 'winget install oschwartz10612.Poppler (or: choco install poppler), then open a new terminal',
  darwin: 'brew install poppler',
  linux: 'sudo apt-get install poppler-utils',
};

/** A poppler tool, or an error that says how to install it rather than a bare ENOENT. */
async function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdftoppm', args: string[], options: { maxBuffer?: number } = {}) {
  try {
    return await run(tool, args, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const how = POPPLER_INSTALL[process.platform] ?? 'install poppler (pdftotext, pdfinfo, pdftoppm)';
    throw new Error(`${tool} is not installed: the report tests read PDFs with poppler's tools. ${how}.`, { cause: error });
  }
}
const ROOT = resolve(import.meta.dirname, '../..');

/** test-artefacts/report (test/support/browser-harness.ts's ARTEFACTS_DIR, without loading a browser). */
export const REPORT_ARTEFACTS_DIR = join(ROOT, 'test-artefacts', 'report');

/** The published schema's file, which the code's schema must match. */
export const REPORT_SCHEMA_PATH = join(ROOT, 'docs', 'report-schema.json');

/**
 * The PDF's text, pages separated by form feeds; no-break spaces read as spaces, unless
 * `keepNoBreakSpaces` (the typography test reads them). `layout` keeps what sits on one line
 * together (a big number and its "/ 100"), as pdftotext -layout does.
 */
export async function pdfText(path: string, options: { first?: number; last?: number; layout?: boolean; keepNoBreakSpaces?: boolean } = {}): Promise<string> {
  // Unix line ends on every system (Windows' pdftotext would write CRLF).
  const args = ['-enc', 'UTF-8', '-eol', 'unix'];
  if (options.first) args.push('-f', String(options.first));
  if (options.last) args.push('-l', String(options.last));
  if (options.layout) args.push('-layout');
  const { stdout } = await poppler('pdftotext', [...args, path, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return options.keepNoBreakSpaces ? stdout : stdout.replace(/[\u00a0\u202f]/gu, ' ');
}

/** Each page's text, in order. */
export async function pdfPageTexts(path: string): Promise<string[]> {
  const text = await pdfText(path);
  const pages = text.split('\f');
  // pdftotext ends the last page with a form feed too.
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

/** pdfinfo's fields ("Pages", "Page size", "Title", …). */
export async function pdfInfo(path: string): Promise<Record<string, string>> {
  const { stdout } = await poppler('pdfinfo', ['-enc', 'UTF-8', path]);
  const fields: Record<string, string> = {};
  for (const line of stdout.split(/\r?\n/u)) {
    const match = /^([^:]+):\s*(.*)$/u.exec(line);
    if (match?.[1]) fields[match[1].trim()] = (match[2] ?? '').trim();
  }
  return fields;
}

/** Renders pages first–last to `<dir>/<name>-<page>.png` (test-artefacts/report by default); returns the files written. */
export async function pdfToPngs(path: string, name: string, pages = { first: 1, last: 2 }, dpi = 50, dir = REPORT_ARTEFACTS_DIR): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const prefix = join(dir, name);
  await poppler('pdftoppm', ['-png', '-r', String(dpi), '-f', String(pages.first), '-l', String(pages.last), path, prefix]);
  return readdirSync(dir)
    .filter((file) => file.startsWith(`${name}-`) && /^-\d+\.png$/u.test(file.slice(name.length)))
    .map((file) => join(dir, file));
}

/** test-artefacts/sheet: the printed walkthrough sheets' pages. */
export const SHEET_ARTEFACTS_DIR = join(ROOT, 'test-artefacts', 'sheet');

/**
 * The SHA-256 a user's own system prints for the file, as the report asks them to check it:
 * `sha256sum FILE` on Linux, `shasum -a 256 FILE` on macOS (no sha256sum there), and
 * `certutil -hashfile FILE SHA256` on Windows (upper case, spaced on older versions).
 */
export async function sha256sum(path: string): Promise<string> {
  if (process.platform === 'win32') {
    const { stdout } = await run('certutil', ['-hashfile', path, 'SHA256']);
    const line = stdout.split(/\r?\n/u).find((text) => /^[0-9a-f ]{64,}$/iu.test(text.trim())) ?? '';
    return line.replace(/\s/gu, '').toLowerCase();
  }
  const [tool, args] = process.platform === 'darwin' ? ['shasum', ['-a', '256', path]] : ['sha256sum', [path]];
  const { stdout } = await run(tool, args);
  return stdout.split(/\s+/u)[0] ?? '';
}

type Validator = ((data: unknown) => boolean) & { errors?: unknown };
let validator: Validator | undefined;

/** Validates against docs/report-schema.json; returns ajv's errors (empty when valid). */
export function reportSchemaErrors(report: unknown): unknown[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(REPORT_SCHEMA_PATH, 'utf8')) as object;
    // The schema's one format (a reference's url), checked as a browser would parse it.
    validator = new Ajv2020({ allErrors: true, formats: { uri: (value: string) => URL.canParse(value) } }).compile(schema) as Validator;
  }
  return validator(report) ? [] : ((validator.errors as unknown[] | null | undefined) ?? ['invalid']);
}
