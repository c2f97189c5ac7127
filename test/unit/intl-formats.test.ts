import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from '../../electron/core/text/intl-formats.ts';

// The report's dates and numbers come from formatters made once and kept (issue 19 item 2): the
// same formatter for the same locale and options, the same text as a new one would print.
describe('kept Intl formatters', () => {
  it('give the same formatter for the same locale and options, another for other ones, and print as a new one would', () => {
    const day = new Date('2026-03-07T00:00:00Z');
    const medium = dateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'UTC' });
    expect(dateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'UTC' })).toBe(medium);
    expect(dateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' })).not.toBe(medium);
    expect(dateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' })).not.toBe(medium);
    expect(medium.format(day)).toBe(new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'UTC' }).format(day));

    const percent = numberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });
    expect(numberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 })).toBe(percent);
    expect(numberFormat('fr-FR', { maximumFractionDigits: 0 })).not.toBe(percent);
    expect(percent.format(0.58)).toBe(new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 }).format(0.58));
  });
});
