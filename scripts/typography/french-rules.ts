// French typography for one text, as a French reader expects it (Imprimerie nationale's rules,
// narrowed to what a screen, a PDF and a terminal show): a narrow no-break space (U+202F) before
// : ; ? ! % and » and after «, never an ordinary one nor U+00A0; the typographic apostrophe ’;
// "d’Hygie"; "1er juillet"; "…"; thousands grouped with U+202F. Counts are i18next plurals or
// `plural()`, never "(s)": that one is reported, not rewritten (it needs a second text).
//
// Nothing that is not French prose is touched: {{placeholders}}, addresses (https://…, mailto:,
// e-mail addresses, C:\ and /srv paths), code-like tokens (p=reject, include:spf…, 10:42, --json,
// HIBP_API_KEY), "double-quoted" code, and « » quotes of code or of another language's words
// (« mode: enforce », « v=DMARC1; p=none »).

export const NNBSP = '\u202f';

export interface TypographyIssue {
  rule: RuleName;
  /** Where in the text, and the text around it with the spot marked. */
  index: number;
  excerpt: string;
}

export type RuleName =
  | 'no-break-space'
  | 'space-before-punctuation'
  | 'guillemet-spacing'
  | 'apostrophe'
  | 'hygie-elision'
  | 'first-of-month'
  | 'ellipsis'
  | 'thousands'
  | 'percent'
  | 'curly-quotes'
  | 'plural-marker';

export const RULE_EXPLANATIONS: Readonly<Record<RuleName, string>> = {
  'no-break-space': 'U+00A0 where French typography takes U+202F (one kind of no-break space everywhere)',
  'space-before-punctuation': 'a narrow no-break space (U+202F) goes before : ; ? !',
  'guillemet-spacing': 'a narrow no-break space (U+202F) goes after « and before »',
  apostrophe: 'the French apostrophe is ’ (U+2019), not \'',
  'hygie-elision': '"d’Hygie", "qu’Hygie": Hygie takes the elision',
  'first-of-month': 'the first day of a month is "1er"',
  ellipsis: 'an ellipsis is one character, …',
  thousands: 'thousands are grouped with a narrow no-break space (510 000)',
  percent: 'a narrow no-break space goes before %',
  'curly-quotes': 'French quotes are « », not “ ”',
  'plural-marker': '"(s)" is not a plural: use i18next plurals (_one/_other) or plural() with { one, other }',
};

type Range = readonly [start: number, end: number];

const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';

/** Code-like tokens: an assignment, an option, an environment variable, a colon or semicolon inside a word. */
const CODE_TOKEN = /=|^--?[a-z]|[A-Z0-9]_[A-Z0-9]|\w[:;]\w/u;

/** Quotes of code or of another language: ASCII letters only, with a sign French prose would space or never use. */
function quotesCode(content: string): boolean {
  return !/[^\x00-\x7f]/u.test(content.replace(/[^\p{L}]/gu, '')) && /[=:;@\\/]/u.test(content);
}

function matches(text: string, pattern: RegExp): Range[] {
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length] as const);
}

/** The parts of a text that are not French prose, and are left as they are. */
export function protectedRanges(text: string): Range[] {
  const ranges: Range[] = [
    ...matches(text, /\{\{[^}]*\}\}/gu),
    ...[...text.matchAll(/\b(?:https?:\/\/|mailto:)[^\s«»"<>]*/gu)].map((match) => {
      const url = match[0].replace(/[.,;:!?)\]]+$/u, '');
      return [match.index, match.index + url.length] as const;
    }),
    ...matches(text, /[\w.+-]*@[\w-]+(?:\.[\w-]+)*/gu),
    ...matches(text, /\b[A-Za-z]:\\[^\s«»]*/gu),
    ...matches(text, /(?<![\w./])\/[\w.-]+(?:\/[\w.-]*)+/gu),
    ...matches(text, /"[^"\n]*"/gu),
    // A code token keeps the signs glued to it: "p=none;" is code, not a sentence.
    ...[...text.matchAll(/[^\s«»()[\],]+/gu)]
      .filter((match) => CODE_TOKEN.test(match[0].replace(/[.,;:!?]+$/u, '')))
      .map((match) => [match.index, match.index + match[0].length] as const),
    ...[...text.matchAll(/«([^«»]*)»/gu)]
      .filter((match) => quotesCode(match[1]!))
      .map((match) => {
        const inner = match[1]!;
        const start = match.index + 1 + (inner.length - inner.trimStart().length);
        return [start, start + inner.trim().length] as const;
      }),
  ];
  return ranges;
}

function inside(ranges: readonly Range[], index: number): boolean {
  return ranges.some(([start, end]) => index >= start && index < end);
}

interface Rule {
  name: Exclude<RuleName, 'plural-marker'>;
  pattern: RegExp;
  /** The replacement, or null to leave this match alone (protected, or already right). */
  replace(match: RegExpExecArray, ranges: readonly Range[]): string | null;
}

const RULES: readonly Rule[] = [
  {
    name: 'no-break-space',
    pattern: /\u00a0/gu,
    replace: (match, ranges) => (inside(ranges, match.index) ? null : NNBSP),
  },
  {
    // The sign and what stands before it: spaces (made one narrow no-break space), or a character
    // glued to it (a narrow no-break space goes between), except at the start of the text, after
    // an opening bracket or another sign ("?!"); code ("p=none;") is left alone.
    name: 'space-before-punctuation',
    pattern: /([ \u00a0\u202f]*)([:;?!])/gu,
    replace: (match, ranges) => {
      const [whole, spaces, sign] = match as unknown as [string, string, string];
      if (inside(ranges, match.index + spaces.length)) return null;
      if (spaces) return whole === `${NNBSP}${sign}` ? null : `${NNBSP}${sign}`;
      const before = match.input[match.index - 1];
      if (before === undefined || /[\s([«:;?!]/u.test(before)) return null;
      return `${NNBSP}${sign}`;
    },
  },
  {
    name: 'guillemet-spacing',
    pattern: /«([ \u00a0\u202f]*)|([ \u00a0\u202f]*)»/gu,
    replace: (match) => {
      const [whole, after, before] = match as unknown as [string, string | undefined, string | undefined];
      if (whole.startsWith('«')) {
        const next = match.input[match.index + whole.length];
        if (next === undefined || next === '\n') return null;
        return after === NNBSP ? null : `«${NNBSP}`;
      }
      if (match.index === 0 || match.input[match.index - 1] === '\n') return null;
      return before === NNBSP ? null : `${NNBSP}»`;
    },
  },
  {
    name: 'apostrophe',
    pattern: /['\u2018]/gu,
    replace: (match, ranges) => (inside(ranges, match.index) ? null : '’'),
  },
  {
    name: 'hygie-elision',
    pattern: /\b([DdQq]u?|[Ll]orsqu|[Pp]uisqu|[Jj]usqu)e[ \u00a0]+Hygie\b/gu,
    replace: (match) => `${match[1]}’Hygie`,
  },
  {
    name: 'first-of-month',
    pattern: new RegExp(`(?<![\\d{])1([ \\u00a0\\u202f])(${MONTHS})\\b`, 'gu'),
    replace: (match, ranges) => (inside(ranges, match.index) ? null : `1er ${match[2]}`),
  },
  {
    name: 'ellipsis',
    pattern: /\.\.\./gu,
    replace: (match, ranges) => (inside(ranges, match.index) ? null : '…'),
  },
  {
    name: 'thousands',
    pattern: /(?<![\d.,\u202f])\d{1,3}(?:[ \u00a0]\d{3})+(?![\d])/gu,
    replace: (match, ranges) => (inside(ranges, match.index) ? null : match[0].replace(/[ \u00a0]/gu, NNBSP)),
  },
  {
    name: 'percent',
    pattern: /(\d|\}\})([ \u00a0]?)%/gu,
    replace: (match, ranges) => (inside(ranges, match.index + match[0].length - 1) ? null : `${match[1]}${NNBSP}%`),
  },
  {
    name: 'curly-quotes',
    pattern: /“\s*([^“”]*?)\s*”/gu,
    replace: (match) => `«${NNBSP}${match[1]}${NNBSP}»`,
  },
];

/** One rule over the text: the text rewritten, and where each change was made (in the text given). */
function applyRule(text: string, rule: Rule): { text: string; at: number[] } {
  const ranges = protectedRanges(text);
  const at: number[] = [];
  const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
  let result = '';
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0] === '') {
      pattern.lastIndex += 1;
      continue;
    }
    const replacement = rule.replace(match, ranges);
    if (replacement === null || replacement === match[0]) continue;
    result += text.slice(last, match.index) + replacement;
    last = match.index + match[0].length;
    at.push(match.index);
  }
  return { text: result + text.slice(last), at };
}

function excerpt(text: string, index: number): string {
  const start = Math.max(0, index - 25);
  const visible = (part: string) => part.replace(/\u202f/gu, '⍽').replace(/\u00a0/gu, '°').replace(/\n/gu, '⏎');
  return `${start > 0 ? '…' : ''}${visible(text.slice(start, index))}▶${visible(text.slice(index, index + 25))}${index + 25 < text.length ? '…' : ''}`;
}

/** The text with every rewritable rule applied; applying it again changes nothing. */
export function fixFrenchTypography(text: string): string {
  let fixed = text;
  for (const rule of RULES) fixed = applyRule(fixed, rule).text;
  return fixed;
}

const PLURAL_MARKER = /\p{L}\((?:e|s|es|x|nt)\)/gu;

/** What is wrong in the text, rule by rule (each rewritable rule judged on the text as given). */
export function frenchTypographyIssues(text: string): TypographyIssue[] {
  const issues: TypographyIssue[] = [];
  let current = text;
  for (const rule of RULES) {
    const applied = applyRule(current, rule);
    for (const index of applied.at) issues.push({ rule: rule.name, index, excerpt: excerpt(current, index) });
    current = applied.text;
  }
  for (const match of text.matchAll(PLURAL_MARKER)) {
    if (!inside(protectedRanges(text), match.index)) issues.push({ rule: 'plural-marker', index: match.index, excerpt: excerpt(text, match.index + 1) });
  }
  return issues;
}

/** "(s)" and the like, which no rewrite can mend: the text needs its plural forms. */
export function pluralMarkers(text: string): TypographyIssue[] {
  return frenchTypographyIssues(text).filter((issue) => issue.rule === 'plural-marker');
}
