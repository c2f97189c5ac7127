// Dates as French writes them: Intl says "1 juillet 2026", French says "1er juillet 2026" (the
// first day of a month is an ordinal). Every date a person reads — the interface, the PDFs, the
// command line — goes through here; a date with a numeric month (01/07/2026) is left as Intl writes it.

/** The date as the formatter writes it, with "1er" for the first of a spelled-out month in French. */
export function formatDate(formatter: Intl.DateTimeFormat, date: Date): string {
  if (!formatter.resolvedOptions().locale.startsWith('fr')) return formatter.format(date);
  const parts = formatter.formatToParts(date);
  const monthInWords = parts.some((part) => part.type === 'month' && !/^\d+$/u.test(part.value));
  return parts.map((part) => (part.type === 'day' && monthInWords && Number(part.value) === 1 ? '1er' : part.value)).join('');
}
