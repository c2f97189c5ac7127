import enBase from './en.json';
import frBase from './fr.json';
import sourcesEn from './areas/sources.en.json';
import sourcesFr from './areas/sources.fr.json';
import breachesEn from './areas/breaches.en.json';
import breachesFr from './areas/breaches.fr.json';
import domainEn from './areas/domain.en.json';
import domainFr from './areas/domain.fr.json';
import directoryEn from './areas/directory.en.json';
import directoryFr from './areas/directory.fr.json';
import mfaEn from './areas/mfa.en.json';
import mfaFr from './areas/mfa.fr.json';
import walkthroughEn from './areas/walkthrough.en.json';
import walkthroughFr from './areas/walkthrough.fr.json';
import passwordsEn from './areas/passwords.en.json';
import passwordsFr from './areas/passwords.fr.json';
import dashboardEn from './areas/dashboard.en.json';
import dashboardFr from './areas/dashboard.fr.json';
import reportsEn from './areas/reports.en.json';
import reportsFr from './areas/reports.fr.json';
import dataFolderEn from './areas/datafolder.en.json';
import dataFolderFr from './areas/datafolder.fr.json';
import recoveryEn from './areas/recovery.en.json';
import recoveryFr from './areas/recovery.fr.json';
import actionsEn from './areas/actions.en.json';
import actionsFr from './areas/actions.fr.json';

// All the interface's texts, per language: the shared base (fr.json, en.json) and one file per
// area in areas/ (`<area>.fr.json`, `<area>.en.json`, each holding one top-level key), so that
// pages grow their texts without everyone editing the same two files. Tests check both languages
// have the same keys.

export const fr = {
  ...frBase,
  ...sourcesFr,
  ...breachesFr,
  ...domainFr,
  ...directoryFr,
  ...mfaFr,
  ...walkthroughFr,
  ...passwordsFr,
  ...dashboardFr,
  ...reportsFr,
  ...dataFolderFr,
  ...recoveryFr,
  ...actionsFr,
};

export const en: typeof fr = {
  ...enBase,
  ...sourcesEn,
  ...breachesEn,
  ...domainEn,
  ...directoryEn,
  ...mfaEn,
  ...walkthroughEn,
  ...passwordsEn,
  ...dashboardEn,
  ...reportsEn,
  ...dataFolderEn,
  ...recoveryEn,
  ...actionsEn,
};
