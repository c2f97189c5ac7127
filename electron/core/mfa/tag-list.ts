// "tag=value; tag=value" as DMARC (RFC 7489 §6.3, §6.4), DKIM key records (RFC 6376 §3.2) and the
// MTA-STS TXT record (RFC 8461 §3.1) write them: tag names compared in lower case, values trimmed,
// in order (some tags must come first).

export function tagList(record: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const part of record.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim().toLowerCase();
    if (!tags.has(name)) tags.set(name, part.slice(eq + 1).trim());
  }
  return tags;
}

/** The first tag's name, as written (lower-cased), or null. */
export function firstTag(record: string): string | null {
  const first = record.split(';')[0] ?? '';
  const eq = first.indexOf('=');
  return eq < 0 ? null : first.slice(0, eq).trim().toLowerCase();
}
