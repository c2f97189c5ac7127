import { describe, expect, it } from 'vitest';
import { csvDelimiterFor, regionalLocale } from '../../electron/core/roster/csv-delimiter.ts';

// Issue 14 item 8: Excel splits a CSV on the list separator of the computer's regional format,
// whatever the language of the interface: ';' wherever the decimal separator is a comma (France,
// Belgium, Luxembourg, French Canada, Germany…) and in Switzerland and Liechtenstein; ',' in the
// United States or the United Kingdom. The core decides from the region it is given.

describe('the CSV separator for a region', () => {
  it.each([
    ['fr-FR', ';'],
    ['en-FR', ';'], // English interface on a French-region Windows: French Excel
    ['fr-BE', ';'],
    ['nl-BE', ';'],
    ['fr-LU', ';'],
    ['fr-CA', ';'],
    ['de-DE', ';'],
    ['de-CH', ';'], // decimal point, yet Windows's Swiss list separator is ';'
    ['fr-CH', ';'],
    ['it-CH', ';'],
    ['de-LI', ';'],
    ['fr-RE', ';'],
    ['fr-GP', ';'],
    ['en-US', ','],
    ['en-GB', ','],
    ['en-CA', ','],
    ['ja-JP', ','],
  ] as const)('%s → %s', (locale, delimiter) => {
    expect(csvDelimiterFor(locale)).toBe(delimiter);
  });

  it('reads POSIX locale names and a language alone (its usual region)', () => {
    expect(csvDelimiterFor('fr_FR.UTF-8')).toBe(';');
    expect(csvDelimiterFor('de_CH.UTF-8@euro')).toBe(';');
    expect(csvDelimiterFor('en_US.UTF-8')).toBe(',');
    expect(csvDelimiterFor('fr')).toBe(';');
    expect(csvDelimiterFor('en')).toBe(',');
  });

  it('falls back to the comma for an unknown or unreadable locale', () => {
    for (const locale of ['', 'C', 'POSIX', 'not a locale', '!!', null, undefined]) expect(csvDelimiterFor(locale), String(locale)).toBe(',');
  });

  it("completes a system locale without a region with the country the OS reports", () => {
    expect(regionalLocale('fr', 'CA')).toBe('fr-CA');
    expect(regionalLocale('en', 'FR')).toBe('en-FR');
    expect(regionalLocale('', 'BE')).toBe('und-BE');
    expect(regionalLocale('nonsense!', 'CH')).toBe('und-CH');
    expect(regionalLocale('fr-FR', '')).toBe('fr-FR');
    // Both come from the same regional format on Windows; the locale's own region is kept.
    expect(regionalLocale('en-GB', 'GB')).toBe('en-GB');
    expect(csvDelimiterFor(regionalLocale('en', 'FR'))).toBe(';');
    expect(csvDelimiterFor(regionalLocale('', 'BE'))).toBe(';');
    expect(csvDelimiterFor(regionalLocale('', ''))).toBe(',');
  });
});
