// One Pwned Passwords range answer (`GET /range/{prefix}`, or a `{PREFIX}.txt` file of the
// official downloader): lines `SUFFIX:COUNT`, SUFFIX the other 35 hex characters of the SHA-1.
// Lines end in CRLF. With `Add-Padding: true` the service adds fake suffixes of count 0, which
// are not breached passwords and are dropped here.

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

/** A SHA-1 in hex (any case) → its 5-character prefix and 35-character suffix, upper case. */
export function splitSha1(sha1Hex: string): { prefix: string; suffix: string } | null {
  if (!/^[0-9A-Fa-f]{40}$/u.test(sha1Hex)) return null;
  const upper = sha1Hex.toUpperCase();
  return { prefix: upper.slice(0, 5), suffix: upper.slice(5) };
}
