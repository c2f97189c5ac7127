import sourcesEn from './areas/sources.en.json';
import breachesEn from './areas/breaches.en.json';
import domainEn from './areas/domain.en.json';
import directoryEn from './areas/directory.en.json';
import mfaEn from './areas/mfa.en.json';
import walkthroughEn from './areas/walkthrough.en.json';
import passwordsEn from './areas/passwords.en.json';
import reportsEn from './areas/reports.en.json';
import dataFolderEn from './areas/datafolder.en.json';
import recoveryEn from './areas/recovery.en.json';
import journalEn from './areas/journal.en.json';
import type { pageTextsFr } from './page-texts.fr.ts';

// The English texts only the pages other than the dashboard and the setup screens show, as
// page-texts.fr.ts has the French ones: loaded with the first of them, in English.

export const pageTextsEn: typeof pageTextsFr = {
  ...sourcesEn,
  ...breachesEn,
  ...domainEn,
  ...directoryEn,
  ...mfaEn,
  ...walkthroughEn,
  ...passwordsEn,
  ...reportsEn,
  ...dataFolderEn,
  ...recoveryEn,
  ...journalEn,
};
