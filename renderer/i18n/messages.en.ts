import enBase from './en.json';
import dashboardEn from './areas/dashboard.en.json';
import failuresEn from './areas/failures.en.json';
import actionsEn from './areas/actions.en.json';
import firstRunEn from './areas/firstrun.en.json';
import helpEn from './areas/help.en.json';
import hackedEn from './areas/hacked.en.json';
import watchEn from './areas/watch.en.json';
import type { StartMessages } from './messages.ts';

// The English texts the first frame may show, as messages.ts merges the French ones: a chunk of
// its own, loaded only when English is chosen, so that a French start does not carry them. The
// pages' own English texts are page-texts.en.ts.

export const en: StartMessages = {
  ...enBase,
  ...dashboardEn,
  ...failuresEn,
  ...actionsEn,
  ...firstRunEn,
  ...helpEn,
  ...hackedEn,
  ...watchEn,
};
