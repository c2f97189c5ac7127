import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

// The strings of the text catalogues, found where they are written so that one can be rewritten
// in place and nothing else moves: TypeScript's own parser reads `export default { … } as const`
// (electron/core/text/*.ts) and the JSON files (renderer/i18n, the services catalogue). Each string
// comes with its key path, for messages, for picking the French ones out of a bilingual file,
// and for telling the IT provider's folded details apart.

export interface CatalogueString {
  file: string;
  /** Key path from the file's root: ['errors', 'unknown-call', 'message'], ['entries', '3', 'name', 'fr']. */
  path: string[];
  value: string;
  line: number;
  /** The literal's place in the file's text, quotes included. */
  start: number;
  end: number;
  /** A piece of a `template ${with} values`: checked, but mended by hand (--fix leaves it). */
  readOnly?: boolean;
}

export const ROOT = join(import.meta.dirname, '..', '..');

/** The catalogue files, by language ('fr' or 'en'); the services catalogue holds both. */
export function catalogueFiles(language: 'fr' | 'en', root = ROOT): string[] {
  const i18n = join(root, 'renderer', 'i18n');
  const text = join(root, 'electron', 'core', 'text');
  return [
    join(i18n, `${language}.json`),
    ...readdirSync(join(i18n, 'areas'))
      .filter((name) => name.endsWith(`.${language}.json`))
      .sort()
      .map((name) => join(i18n, 'areas', name)),
    ...readdirSync(text)
      .filter((name) => name.endsWith(`.${language}.ts`))
      .sort()
      .map((name) => join(text, name)),
    SERVICES_CATALOGUE(root),
  ];
}

export const SERVICES_CATALOGUE = (root = ROOT) => join(root, 'electron', 'core', 'mfa', 'services-catalogue.json');

/** In the services catalogue, texts are `{ "fr": …, "en": … }`; elsewhere the file is one language. */
export function inLanguage(file: string, path: readonly string[], language: 'fr' | 'en'): boolean {
  if (!file.endsWith('services-catalogue.json')) return true;
  return path.includes(language) && path[path.length - 1] !== 'url' && !path.includes('url');
}

function keyOf(name: ts.PropertyName): string {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return name.getText(); // another [computed] key: named as written
}

/** Every string value under `node`, with its key path. */
function collect(node: ts.Node, path: string[], file: string, source: ts.SourceFile, out: CatalogueString[]): void {
  if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node)) {
    collect(node.expression, path, file, source, out);
  } else if (ts.isObjectLiteralExpression(node)) {
    // Only "key: value" entries hold texts; a method, a spread or a shorthand (which another
    // branch may add) is code, and its strings are not the catalogue's.
    for (const property of node.properties) {
      if (ts.isPropertyAssignment(property)) collect(property.initializer, [...path, keyOf(property.name)], file, source, out);
    }
  } else if (ts.isArrayLiteralExpression(node)) {
    node.elements.forEach((element, index) => collect(element, [...path, String(index)], file, source, out));
  } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    const start = node.getStart(source);
    out.push({ file, path, value: node.text, line: source.getLineAndCharacterOfPosition(start).line + 1, start, end: node.getEnd() });
  } else if (ts.isTemplateExpression(node)) {
    // Catalogue texts use {{placeholders}}; a template's own words are still checked, piece by piece.
    for (const part of [node.head, ...node.templateSpans.map((span) => span.literal)]) {
      const start = part.getStart(source);
      out.push({ file, path, value: part.text, line: source.getLineAndCharacterOfPosition(start).line + 1, start, end: part.getEnd(), readOnly: true });
    }
  }
}

/** The strings of one catalogue file, in order. */
export function catalogueStrings(file: string, text = readFileSync(file, 'utf8')): CatalogueString[] {
  const out: CatalogueString[] = [];
  if (file.endsWith('.json')) {
    const source = ts.parseJsonText(file, text);
    const root = source.statements[0]?.expression;
    if (root) collect(root, [], file, source, out);
    return out;
  }
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  for (const statement of source.statements) {
    if (ts.isExportAssignment(statement)) collect(statement.expression, [], file, source, out);
  }
  return out;
}

/** A literal for the value, in the file's own kind of quotes (JSON: double; TS: the literal's own). */
function literal(value: string, original: string, json: boolean): string {
  if (json) return JSON.stringify(value);
  // Single quotes unless the text holds one (the catalogues' own style); a template stays one.
  const quote = original[0] === '`' ? '`' : value.includes("'") ? '"' : "'";
  const escaped = value.replace(/\\/gu, '\\\\').replace(/[\u0000-\u0009\u000b-\u001f]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (quote === '`') return `\`${escaped.replace(/`/gu, '\\`').replace(/\$\{/gu, '\\${')}\``;
  return `${quote}${escaped.replace(/\n/gu, '\\n').replaceAll(quote, `\\${quote}`)}${quote}`;
}

/** The file's text with some strings replaced, everything else (comments, layout, keys) as it was. */
export function rewriteStrings(file: string, text: string, replacements: ReadonlyMap<CatalogueString, string>): string {
  const json = file.endsWith('.json');
  const sorted = [...replacements].sort(([a], [b]) => b.start - a.start);
  let result = text;
  for (const [entry, value] of sorted) {
    result = result.slice(0, entry.start) + literal(value, text.slice(entry.start, entry.end), json) + result.slice(entry.end);
  }
  return result;
}

export function displayName(file: string, root = ROOT): string {
  return relative(root, file).split('\\').join('/');
}
