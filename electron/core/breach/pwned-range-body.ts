// One Pwned Passwords range answer (`GET /range/{prefix}`, or a `{PREFIX}.txt` file of the
// official downloader): lines `SUFFIX:COUNT`, SUFFIX the other 35 hex characters of the SHA-1.
// Lines end in CRLF. With `Add-Padding: true` the service adds fake suffixes of count 0, which
// are not breached passwords and are dropped here. An answer from the network is parsed whole
// (parseRangeBody); a local mirror's file is searched for the one suffix asked (countInRangeText).

const SUFFIX_LENGTH = 35;
const MAX_COUNT_DIGITS = 12;

/** 0–9, A–F: 1; a–f: 2 (lower case, to be upper-cased); anything else: 0. */
function hexKind(code: number): 0 | 1 | 2 {
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 70)) return 1;
  return code >= 97 && code <= 102 ? 2 : 0;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13;
}

/**
 * Suffix (upper case) → times seen, padding dropped. null when the answer is not a range: a line
 * that is not `SUFFIX:COUNT`, or no line at all (every prefix of the real corpus has hundreds of
 * hashes, so an empty answer is a truncated or wrong one, not "nobody used this password").
 * Read character by character: an answer is ~1,000 lines, and a job reads hundreds of them.
 */
export function parseRangeBody(body: string): Map<string, number> | null {
  const found = new Map<string, number>();
  let lines = 0;
  let position = 0;
  while (position < body.length) {
    let end = body.indexOf('\n', position);
    if (end === -1) end = body.length;
    let start = position;
    let stop = end;
    position = end + 1;
    while (start < stop && isSpace(body.charCodeAt(start))) start += 1;
    while (stop > start && isSpace(body.charCodeAt(stop - 1))) stop -= 1;
    if (start === stop) continue;
    const digits = stop - start - SUFFIX_LENGTH - 1;
    if (digits < 1 || digits > MAX_COUNT_DIGITS || body.charCodeAt(start + SUFFIX_LENGTH) !== 58) return null;
    let lower = false;
    for (let index = start; index < start + SUFFIX_LENGTH; index += 1) {
      const kind = hexKind(body.charCodeAt(index));
      if (kind === 0) return null;
      if (kind === 2) lower = true;
    }
    let count = 0;
    for (let index = start + SUFFIX_LENGTH + 1; index < stop; index += 1) {
      const code = body.charCodeAt(index);
      if (code < 48 || code > 57) return null;
      count = count * 10 + (code - 48);
    }
    lines += 1;
    if (count > 0) {
      const suffix = body.slice(start, start + SUFFIX_LENGTH);
      found.set(lower ? suffix.toUpperCase() : suffix, count);
    }
  }
  return lines === 0 ? null : found;
}

/**
 * The count of `suffix` (35 upper-case hex characters) in a range file's text, found by searching
 * the text for it: a local mirror's file has ~900 lines and a lookup needs one, so the others are
 * not parsed. 0 when it is absent or only padding; null when the text is not a range file (its
 * first line is not `SUFFIX:COUNT`, or it is empty) or when the line found is not one. A bad line
 * elsewhere in a file goes unnoticed here, where parseRangeBody would refuse the whole answer: the
 * mirror is the practice's own copy of the downloader's files, read only, not an answer from the
 * network (those are parsed whole).
 */
export function countInRangeText(text: string, suffix: string): number | null {
  const first = firstLineStart(text);
  if (lineCount(text, first) === null) return null;
  // The downloader writes upper case; some tools copy the files in lower case (parseRangeBody
  // upper-cases as it reads). A file is in one case: its first line tells which (one of digits
  // only says nothing: then both are searched).
  let upper = false;
  let lower = false;
  for (let index = first; index < first + SUFFIX_LENGTH; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 65 && code <= 70) upper = true;
    else if (code >= 97 && code <= 102) lower = true;
  }
  let found = lower ? undefined : find(text, suffix);
  if (found === undefined && !upper) found = find(text, suffix.toLowerCase());
  return found === undefined ? 0 : found;
}

/** Whether the text's first line is `SUFFIX:COUNT`: what a range file starts with (an error page, an empty or binary file does not). */
export function startsAsRangeText(text: string): boolean {
  return lineCount(text, firstLineStart(text)) !== null;
}

/** The count on the line that starts with `suffix` (leading blanks allowed, as parseRangeBody allows them); undefined when no line does. */
function find(text: string, suffix: string): number | null | undefined {
  for (let at = text.indexOf(suffix); at !== -1; at = text.indexOf(suffix, at + 1)) {
    let before = at;
    while (before > 0 && isSpace(text.charCodeAt(before - 1))) before -= 1;
    if (before === 0 || text.charCodeAt(before - 1) === 10) return lineCount(text, at);
  }
  return undefined;
}

/** Where the first line with something on it starts (its blanks skipped); the text's length when none. */
function firstLineStart(text: string): number {
  let position = 0;
  while (position < text.length && (isSpace(text.charCodeAt(position)) || text.charCodeAt(position) === 10)) position += 1;
  return position;
}

/** The line at `start` read as `SUFFIX:COUNT` (trailing blanks allowed): its count, or null when it is not one. */
function lineCount(text: string, start: number): number | null {
  if (start + SUFFIX_LENGTH + 2 > text.length || text.charCodeAt(start + SUFFIX_LENGTH) !== 58) return null;
  for (let index = start; index < start + SUFFIX_LENGTH; index += 1) if (hexKind(text.charCodeAt(index)) === 0) return null;
  let count = 0;
  let index = start + SUFFIX_LENGTH + 1;
  for (; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) break;
    count = count * 10 + (code - 48);
  }
  const digits = index - (start + SUFFIX_LENGTH + 1);
  if (digits < 1 || digits > MAX_COUNT_DIGITS) return null;
  for (; index < text.length && text.charCodeAt(index) !== 10; index += 1) if (!isSpace(text.charCodeAt(index))) return null;
  return count;
}

/** A SHA-1 in hex (any case) → its 5-character prefix and 35-character suffix, upper case. */
export function splitSha1(sha1Hex: string): { prefix: string; suffix: string } | null {
  if (!/^[0-9A-Fa-f]{40}$/u.test(sha1Hex)) return null;
  const upper = sha1Hex.toUpperCase();
  return { prefix: upper.slice(0, 5), suffix: upper.slice(5) };
}
