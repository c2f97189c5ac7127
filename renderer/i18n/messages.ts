import frBase from './fr.json';
import sourcesFr from './areas/sources.fr.json';
import breachesFr from './areas/breaches.fr.json';
import domainFr from './areas/domain.fr.json';
import directoryFr from './areas/directory.fr.json';
import mfaFr from './areas/mfa.fr.json';
import walkthroughFr from './areas/walkthrough.fr.json';
import passwordsFr from './areas/passwords.fr.json';
import dashboardFr from './areas/dashboard.fr.json';
import reportsFr from './areas/reports.fr.json';
import dataFolderFr from './areas/datafolder.fr.json';
import recoveryFr from './areas/recovery.fr.json';
import failuresFr from './areas/failures.fr.json';
import firstRunFr from './areas/firstrun.fr.json';
import helpFr from './areas/help.fr.json';
import hackedFr from './areas/hacked.fr.json';
import actionsFr from './areas/actions.fr.json';
import watchFr from './areas/watch.fr.json';

// All the interface's texts, per language: the shared base (fr.json, en.json) and one file per
// area in areas/ (`<area>.fr.json`, `<area>.en.json`, each holding one top-level key), so that
// pages grow their texts without everyone editing the same two files. Tests check both languages
// have the same keys. French, the default, is bundled with the start of the page; English is a
// chunk of its own (messages.en.ts), loaded when it is chosen (index.ts).

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
  ...failuresFr,
  ...firstRunFr,
  ...helpFr,
  ...hackedFr,
  ...actionsFr,
  ...watchFr,
};

export type Messages = typeof fr;
