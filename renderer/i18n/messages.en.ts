import enBase from './en.json';
import sourcesEn from './areas/sources.en.json';
import breachesEn from './areas/breaches.en.json';
import domainEn from './areas/domain.en.json';
import directoryEn from './areas/directory.en.json';
import mfaEn from './areas/mfa.en.json';
import walkthroughEn from './areas/walkthrough.en.json';
import passwordsEn from './areas/passwords.en.json';
import dashboardEn from './areas/dashboard.en.json';
import reportsEn from './areas/reports.en.json';
import dataFolderEn from './areas/datafolder.en.json';
import recoveryEn from './areas/recovery.en.json';
import failuresEn from './areas/failures.en.json';
import actionsEn from './areas/actions.en.json';
import firstRunEn from './areas/firstrun.en.json';
import helpEn from './areas/help.en.json';
import hackedEn from './areas/hacked.en.json';
import watchEn from './areas/watch.en.json';
import type { Messages } from './messages.ts';

// The English texts, as messages.ts merges the French ones: a chunk of its own, loaded only when
// English is chosen, so that a French start does not carry them.

export const en: Messages = {
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
  ...failuresEn,
  ...actionsEn,
  ...firstRunEn,
  ...helpEn,
  ...hackedEn,
  ...watchEn,
};
