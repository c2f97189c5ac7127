import { describe, expect, it } from 'vitest';
import { detectLanguage, resolveLanguage } from '../../renderer/i18n/detect-language.ts';

describe('interface language', () => {
  it('follows the system when it is French or English', () => {
    expect(detectLanguage({ languages: ['fr-FR', 'en-US'] })).toBe('fr');
    expect(detectLanguage({ languages: ['fr-BE'] })).toBe('fr');
    expect(detectLanguage({ languages: ['en-GB', 'fr-FR'] })).toBe('en');
    expect(detectLanguage({ language: 'en-US' })).toBe('en');
  });

  it('falls back to French, the practices’ language, for any other system language', () => {
    expect(detectLanguage({ languages: ['de-DE', 'en-US'] })).toBe('fr');
    expect(detectLanguage({})).toBe('fr');
  });

  it('lets the saved choice win over the system', () => {
    expect(resolveLanguage('en', { languages: ['fr-FR'] })).toBe('en');
    expect(resolveLanguage(null, { languages: ['en-US'] })).toBe('en');
  });
});
