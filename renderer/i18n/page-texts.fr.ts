import sourcesFr from './areas/sources.fr.json';
import breachesFr from './areas/breaches.fr.json';
import domainFr from './areas/domain.fr.json';
import directoryFr from './areas/directory.fr.json';
import mfaFr from './areas/mfa.fr.json';
import walkthroughFr from './areas/walkthrough.fr.json';
import passwordsFr from './areas/passwords.fr.json';
import reportsFr from './areas/reports.fr.json';
import dataFolderFr from './areas/datafolder.fr.json';
import recoveryFr from './areas/recovery.fr.json';
import journalFr from './areas/journal.fr.json';

// The French texts only the pages other than the dashboard and the setup screens show: a chunk of
// its own, loaded with the first of them (see messages.ts).

export const pageTextsFr = {
  ...sourcesFr,
  ...breachesFr,
  ...domainFr,
  ...directoryFr,
  ...mfaFr,
  ...walkthroughFr,
  ...passwordsFr,
  ...reportsFr,
  ...dataFolderFr,
  ...recoveryFr,
  ...journalFr,
};
