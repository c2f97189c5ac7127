import { getDomain } from 'tldts';

// RFC 7489 §3.2: the Organizational Domain is the public suffix (from the Public Suffix List)
// plus one label: mail.cabinet-dupont.fr → cabinet-dupont.fr, cabinet.co.uk stays itself. tldts
// carries the list and is updated with it; only its ICANN section is used, as DMARC
// implementations do for the domains they are given.

/** The organisational domain of a name, or null when it has none (a bare public suffix). */
export function organizationalDomain(domain: string): string | null {
  return getDomain(domain.toLowerCase().replace(/\.$/u, ''), { allowPrivateDomains: false });
}
