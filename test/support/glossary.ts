import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// docs/glossary.md, read as the rules it states: in the French and English columns, **bold** is
// the term to use and ~~struck~~ a retired synonym; a retired synonym is refused in a text of its
// language unless it sits inside a term (of any row: "boîte mail" holds "mail"), inside a quote of
// a provider's label (services catalogue only), or, marked †, in the IT provider's folded details.

export type Language = 'fr' | 'en';

export interface RetiredWord {
  language: Language;
  word: string;
  /** Marked "=": refused only as a whole text (a status label), not inside a sentence. */
  wholeText: boolean;
  /** Marked "†": allowed in the IT provider's folded details. */
  detailsAllowed: boolean;
  /** The row's terms in that language: what to write instead. */
  insteadOf: string[];
}

export interface Glossary {
  retired: RetiredWord[];
  terms: Record<Language, string[]>;
}

export const GLOSSARY_PATH = join(import.meta.dirname, '..', '..', 'docs', 'glossary.md');

function cells(line: string): string[] {
  return line.trim().replace(/^\|/u, '').replace(/\|$/u, '').split('|').map((cell) => cell.trim());
}

/** The rules of the glossary's tables. */
export function readGlossary(markdown = readFileSync(GLOSSARY_PATH, 'utf8')): Glossary {
  const glossary: Glossary = { retired: [], terms: { fr: [], en: [] } };
  let columns: Partial<Record<Language, number>> | null = null;
  for (const line of markdown.split('\n')) {
    if (!line.trim().startsWith('|')) {
      columns = null;
      continue;
    }
    const row = cells(line);
    if (!columns) {
      columns = { fr: row.indexOf('Français'), en: row.indexOf('English') };
      continue;
    }
    if (row.every((cell) => /^-+$/u.test(cell))) continue;
    for (const language of ['fr', 'en'] as const) {
      const cell = row[columns[language] ?? -1];
      if (!cell) continue;
      const terms = [...cell.matchAll(/\*\*([^*]+)\*\*/gu)].map((match) => match[1]!.replaceAll('`', '').trim());
      glossary.terms[language].push(...terms);
      for (const match of cell.matchAll(/~~([^~]+)~~(†?)/gu)) {
        const word = match[1]!.trim();
        glossary.retired.push({
          language,
          word: word.replace(/^=/u, ''),
          wholeText: word.startsWith('='),
          detailsAllowed: match[2] === '†',
          insteadOf: terms,
        });
      }
    }
  }
  return glossary;
}

const SPACE = '[\\s\\u00a0\\u202f]+';

/** A word or phrase as a pattern: any case, either apostrophe, any space, plural and feminine endings. */
export function phrasePattern(phrase: string, wholeText = false): RegExp {
  const words = phrase
    .trim()
    .split(/\s+/u)
    .map((word) => {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/['’]/gu, "['’]");
      return /\p{L}{3}$/u.test(word) ? `${escaped}(?:e?s|e|x)?` : escaped;
    });
  const body = words.join(SPACE);
  return wholeText ? new RegExp(`^\\s*${body}\\s*$`, 'iu') : new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'giu');
}

export interface TextToCheck {
  /** Where it comes from: a file, or "PDF (fr)", "hygie --help (fr)". */
  source: string;
  line?: number;
  path: readonly string[];
  text: string;
  /** In the services catalogue, « » and “ ” quote the provider's own labels. */
  quotesAreLabels?: boolean;
  /** Phrases that are data in a built text (a breach's data classes from HIBP, a person's name), not Hygie's words. */
  data?: readonly string[];
}

export interface GlossaryViolation {
  source: string;
  line?: number;
  path: string;
  found: string;
  retired: string;
  insteadOf: string[];
}

type Range = readonly [number, number];

function rangesOf(text: string, pattern: RegExp): Range[] {
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length] as const);
}

/** Placeholders, addresses, e-mail addresses and paths: names, not words. */
const NOT_WORDS = /\{\{[^}]*\}\}|\b(?:https?:\/\/|mailto:)\S+|[\w.+-]*@[\w-]+(?:\.[\w-]+)*|(?:\b[A-Za-z]:\\|(?<![\w.])\/)[^\s«»"]+/gu;

const IN_DETAILS = (path: readonly string[]) => path.some((part) => part === 'technical' || part === 'details');

/** Every retired word in these texts of one language, with what to write instead. */
export function glossaryViolations(glossary: Glossary, language: Language, texts: readonly TextToCheck[]): GlossaryViolation[] {
  const termPatterns = glossary.terms[language].map((term) => phrasePattern(term));
  const retired = glossary.retired.filter((entry) => entry.language === language).map((entry) => ({ entry, pattern: phrasePattern(entry.word, entry.wholeText) }));
  const violations: GlossaryViolation[] = [];
  for (const item of texts) {
    const allowed: Range[] = [
      ...termPatterns.flatMap((pattern) => rangesOf(item.text, pattern)),
      ...(item.data ?? []).flatMap((phrase) => rangesOf(item.text, phrasePattern(phrase))),
      ...rangesOf(item.text, NOT_WORDS),
    ];
    if (item.quotesAreLabels) allowed.push(...rangesOf(item.text, /«[^«»]*»|“[^“”]*”|"[^"]*"/gu));
    for (const { entry, pattern } of retired) {
      if (entry.detailsAllowed && IN_DETAILS(item.path)) continue;
      const found = entry.wholeText ? (pattern.test(item.text) ? [[0, item.text.length] as const] : []) : rangesOf(item.text, pattern);
      for (const [start, end] of found) {
        if (!entry.wholeText && allowed.some(([from, to]) => from <= start && end <= to)) continue;
        violations.push({
          source: item.source,
          ...(item.line === undefined ? {} : { line: item.line }),
          path: item.path.join('.'),
          found: item.text.slice(start, end),
          retired: entry.word,
          insteadOf: entry.insteadOf,
        });
      }
    }
  }
  return violations;
}

/** One line per violation, for a failing test's message. */
export function describeViolations(violations: readonly GlossaryViolation[]): string {
  return violations
    .map((v) => `${v.source}${v.line ? `:${v.line}` : ''} ${v.path}: "${v.found}" is retired (${v.retired}); write ${v.insteadOf.map((term) => `"${term}"`).join(' or ')}`)
    .join('\n');
}
