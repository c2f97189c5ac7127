import { describe, expect, it } from 'vitest';
import { POLICIES } from '../../electron/core/password/policies.ts';
import { isAllowedExternalUrl } from '../../electron/main/external-links.ts';
import { HELP_LINKS } from '../../renderer/pages/help-links.ts';

describe('external link allow-list', () => {
  it.each([
    'https://www.ameli.fr/assure/adresses-et-contacts',
    'https://espacepro.ameli.fr/',
    'https://esante.gouv.fr/produits-services/pro-sante-connect',
    'https://www.cnil.fr/fr/mots-de-passe-une-nouvelle-recommandation',
    'https://haveibeenpwned.com/',
  ])('opens %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

  it.each([
    ['plain http', 'http://www.ameli.fr/'],
    ['a look-alike domain', 'https://ameli.fr.evil.example/'],
    ['a suffix trick', 'https://evilameli.fr/'],
    ['credentials in the URL', 'https://user:pass@www.ameli.fr/'],
    ['an odd port', 'https://www.ameli.fr:8443/'],
    ['a file URL', 'file:///C:/Windows/System32/calc.exe'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_why, url) => expect(isAllowedExternalUrl(url)).toBe(false));

  it.each(Object.values(POLICIES).map((policy) => [policy.id, policy.source.url]))('opens the text the %s policy cites (%s)', (_id, url) =>
    expect(isAllowedExternalUrl(url)).toBe(true),
  );

  it.each(Object.entries(HELP_LINKS))('opens the help pages\' official link %s (%s)', (_name, url) => expect(isAllowedExternalUrl(url)).toBe(true));

  it('refuses a look-alike of the new official domains', () => {
    expect(isAllowedExternalUrl('https://17cyber.gouv.fr.example.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://fake-17cyber.gouv.fr/')).toBe(false);
    expect(isAllowedExternalUrl('http://17cyber.gouv.fr/')).toBe(false);
  });
});
