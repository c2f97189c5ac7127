// The only places Hygie opens in the user's browser: official help pages of the services it
// audits and the references it cites. Anything else is refused, whatever the page asks.
export const EXTERNAL_LINK_DOMAINS = [
  'ameli.fr',
  'assurance-maladie.fr',
  'esante.gouv.fr',
  'franceconnect.gouv.fr',
  'impots.gouv.fr',
  'monespacesante.fr',
  'mssante.fr',
  'cnil.fr',
  'cyber.gouv.fr',
  'ssi.gouv.fr',
  'cybermalveillance.gouv.fr',
  // "Je pense être piratée" (renderer/pages/HackedPage.tsx): the national help desk for victims,
  // and the health ministry's portal where laboratories report an incident (docs/references.md).
  '17cyber.gouv.fr',
  'signalement.social-sante.gouv.fr',
  'haveibeenpwned.com',
  // The password managers the Passwords page recommends, their official sites (docs/references.md).
  'bitwarden.com',
  'keepassxc.org',
  '2fa.directory',
  'support.google.com',
  'support.microsoft.com',
  // Microsoft's device-code sign-in page (microsoft.com/devicelogin, login.microsoft.com/device).
  'microsoft.com',
  // Mailbox providers' own help sites (services catalogue, electron/core/mfa/services-catalogue.json).
  'learn.microsoft.com',
  'assistance.orange.fr',
  'assistance.free.fr',
  'assistance.sfr.fr',
  'help.ovhcloud.com',
  'www.ionos.com',
  'www.ionos.fr',
  'nist.gov',
  'hhs.gov',
  // The password policies' texts (electron/core/password/policies.ts): CNIL 2022-100, 45 CFR 164.
  'legifrance.gouv.fr',
  'ecfr.gov',
  // The report's references (electron/core/report/references.ts): GDPR article 32 on EUR-Lex.
  'eur-lex.europa.eu',
] as const;

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  const host = url.hostname.toLowerCase();
  return EXTERNAL_LINK_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
