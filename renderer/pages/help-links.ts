// The official pages the help screens open, each on the external-link allow-list
// (electron/main/external-links.ts; test/unit/external-links.test.ts checks every one). The
// facts behind them are cited in docs/references.md ("If the practice is hacked", "HIBP plans").

export const HELP_LINKS = {
  /** 17Cyber: the national online help desk for victims (Police, Gendarmerie, Cybermalveillance.gouv.fr). */
  cyber17: 'https://17cyber.gouv.fr/',
  /** Cybermalveillance.gouv.fr's "Piratage de compte, que faire ?". */
  accountHacked: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/1064',
  /** The CNIL's page on notifying a personal-data breach (GDPR art. 33, 72 hours). */
  cnil: 'https://www.cnil.fr/fr/notifier-une-violation-de-donnees-personnelles',
  /** The health ministry's reporting portal: where laboratories report an IT security incident to their ARS. */
  ars: 'https://signalement.social-sante.gouv.fr/',
  /** Where an HIBP API key is bought. */
  hibpKey: 'https://haveibeenpwned.com/API/Key',
  /** Bitwarden's official download page (the Passwords page's password managers; docs/references.md). */
  bitwarden: 'https://bitwarden.com/download/',
  /** KeePassXC's official download page. */
  keepassxc: 'https://keepassxc.org/download/',
} as const;
