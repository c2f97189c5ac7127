// Which separator the practice's spreadsheet expects in a CSV file. Excel splits a CSV on the
// "list separator" of the computer's regional format (Windows: Region › Additional settings ›
// List separator), not on the language of the interface: French Excel wants ';', American or
// British Excel ','. Windows's default list separator is ';' where the decimal separator is a
// comma (France, Belgium, Luxembourg, French Canada, Germany…) and also in Switzerland and
// Liechtenstein, whose decimal separator is a point (docs/references.md). The core decides from
// the locale it is given — the desktop app passes the OS's region (app.getLocaleCountryCode), the
// CLI the process's default locale (Intl), tests whatever they check — so nothing here reads the
// machine's settings itself.

export type CsvDelimiter = ';' | ',';

/** Regions whose default list separator is ';' although their decimal separator is a point. */
const SEMICOLON_WITH_DECIMAL_POINT = new Set(['CH', 'LI']);

/** "fr_FR.UTF-8@euro" (POSIX) → "fr-FR"; a BCP 47 tag is left as it is. */
function bcp47(locale: string): string {
  return locale.replace(/[.@].*$/u, '').replaceAll('_', '-');
}

function parse(locale: string | null | undefined): Intl.Locale | null {
  if (!locale) return null;
  try {
    return new Intl.Locale(bcp47(locale.trim()));
  } catch {
    return null;
  }
}

/**
 * The system locale (the regional format's, e.g. "fr-FR" on a French-region Windows whatever its
 * display language), completed with the country the OS reports when it names none: "fr" and
 * "CA" → "fr-CA", "" and "BE" → "und-BE".
 */
export function regionalLocale(locale: string | null | undefined, region: string | null | undefined): string {
  const parsed = parse(locale);
  if (parsed?.region) return parsed.baseName;
  const country = region?.trim().toUpperCase() ?? '';
  if (!/^[A-Z]{2}$/u.test(country)) return parsed?.baseName ?? 'und';
  return `${parsed?.language ?? 'und'}-${country}`;
}

export function csvDelimiterFor(locale: string | null | undefined): CsvDelimiter {
  const parsed = parse(locale);
  // "C" and "POSIX" parse as languages of their own; they say nothing about a region.
  if (!parsed || parsed.language === 'c' || parsed.language === 'posix') return ',';
  const likely = parsed.maximize();
  const region = parsed.region ?? likely.region;
  if (!region) return ',';
  if (SEMICOLON_WITH_DECIMAL_POINT.has(region)) return ';';
  let decimal: string | undefined;
  try {
    decimal = new Intl.NumberFormat(`${likely.language}-${region}`).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
  } catch {
    return ',';
  }
  return decimal === ',' ? ';' : ',';
}

/** The locale this process runs under (Node's ICU reads the OS's: LANG on Linux, the user's locale on Windows). */
export function processLocale(): string {
  return Intl.DateTimeFormat().resolvedOptions().locale;
}
