import type { Delimiter } from '../model/schemas/roster-import.ts';

// French Excel writes ';' (the comma is the decimal separator), English tools ',', "text"
// exports a tab. The header line tells which: count each outside quotes.

/** Tie order: ';' first (French Excel's), then tab, then ','. */
const CANDIDATES: readonly Delimiter[] = [';', '\t', ','];

function isCandidate(char: string | undefined): char is Delimiter {
  return char === ';' || char === ',' || char === '\t';
}

/**
 * Excel's own hint, "sep=;" alone on the first line, which Excel then hides. Returns the
 * delimiter it names, if the file starts with one.
 */
export function separatorHint(text: string): Delimiter | null {
  const match = /^\s*sep=([;,\t])[ ]*(?:\r\n|\n|\r|$)/iu.exec(text);
  return isCandidate(match?.[1]) ? match[1] : null;
}

/**
 * How often each candidate occurs outside quotes in the first record (which may span lines).
 * As in CSV, a quote opens a quoted cell only at the start of a cell: `Nom "usuel"` is text.
 */
function countInFirstRecord(text: string, start: number): Map<Delimiter, number> {
  const counts = new Map<Delimiter, number>(CANDIDATES.map((candidate) => [candidate, 0]));
  let quoted = false;
  for (let index = start; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') index += 1;
      else if (char === '"') quoted = false;
    } else if (char === '"' && (index === start || isCandidate(text[index - 1]))) {
      quoted = true;
    } else if (char === '\n' || char === '\r') {
      break;
    } else if (isCandidate(char)) {
      counts.set(char, (counts.get(char) ?? 0) + 1);
    }
  }
  return counts;
}

export function detectDelimiter(text: string): Delimiter {
  const hint = separatorHint(text);
  if (hint !== null) return hint;
  // The header is the first line that is not blank.
  const start = text.search(/\S/u);
  const counts = countInFirstRecord(text, Math.max(start, 0));
  let best: Delimiter = ';';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = counts.get(candidate) ?? 0;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}
