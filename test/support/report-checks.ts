import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';

// What a reader of a report can check with ordinary tools. The PDF through poppler-utils
// (Debian's poppler-utils package; CI installs it): the text a search or a screen reader finds,
// the page size and count, and images of the first pages kept as test artefacts. The JSON against
// the published schema (docs/report-schema.json, with ajv) and its SHA-256 as sha256sum prints
// it. Tools are spawned directly, never through a shell.

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');

/** test-artefacts/report (test/support/browser-harness.ts's ARTEFACTS_DIR, without loading a browser). */
export const REPORT_ARTEFACTS_DIR = join(ROOT, 'test-artefacts', 'report');

/** The published schema's file, which the code's schema must match. */
export const REPORT_SCHEMA_PATH = join(ROOT, 'docs', 'report-schema.json');

/**
 * The PDF's text, pages separated by form feeds; no-break spaces read as spaces. `layout` keeps
 * what sits on one line together (a big number and its "/ 100"), as pdftotext -layout does.
 */
export async function pdfText(path: string, options: { first?: number; last?: number; layout?: boolean } = {}): Promise<string> {
  const args = ['-enc', 'UTF-8'];
  if (options.first) args.push('-f', String(options.first));
  if (options.last) args.push('-l', String(options.last));
  if (options.layout) args.push('-layout');
  const { stdout } = await run('pdftotext', [...args, path, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.replace(/[\u00a0\u202f]/gu, ' ');
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
  const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', path]);
  const fields: Record<string, string> = {};
  for (const line of stdout.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/u.exec(line);
    if (match?.[1]) fields[match[1].trim()] = (match[2] ?? '').trim();
  }
  return fields;
}

/** Renders pages first–last to `<REPORT_ARTEFACTS_DIR>/<name>-<page>.png`; returns the files written. */
export async function pdfToPngs(path: string, name: string, pages = { first: 1, last: 2 }, dpi = 50): Promise<string[]> {
  mkdirSync(REPORT_ARTEFACTS_DIR, { recursive: true });
  const prefix = join(REPORT_ARTEFACTS_DIR, name);
  await run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(pages.first), '-l', String(pages.last), path, prefix]);
  return readdirSync(REPORT_ARTEFACTS_DIR)
    .filter((file) => file.startsWith(`${name}-`) && /^-\d+\.png$/u.test(file.slice(name.length)))
    .map((file) => join(REPORT_ARTEFACTS_DIR, file));
}

/** What `sha256sum FILE` prints, as the issue asks a user to check it. */
export async function sha256sum(path: string): Promise<string> {
  const { stdout } = await run('sha256sum', [path]);
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
