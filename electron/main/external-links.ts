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
  'haveibeenpwned.com',
  '2fa.directory',
  'support.google.com',
  'support.microsoft.com',
  'nist.gov',
  'hhs.gov',
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
