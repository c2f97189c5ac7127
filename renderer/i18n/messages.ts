import frBase from './fr.json';
import dashboardFr from './areas/dashboard.fr.json';
import failuresFr from './areas/failures.fr.json';
import firstRunFr from './areas/firstrun.fr.json';
import helpFr from './areas/help.fr.json';
import hackedFr from './areas/hacked.fr.json';
import actionsFr from './areas/actions.fr.json';
import watchFr from './areas/watch.fr.json';
import type { pageTextsFr } from './page-texts.fr.ts';

// All the interface's texts, per language: the shared base (fr.json, en.json) and one file per
// area in areas/ (`<area>.fr.json`, `<area>.en.json`, each holding one top-level key), so that
// pages grow their texts without everyone editing the same two files. Tests check both languages
// have the same keys.
//
// Two parts, so that the window's first script stays small (issue 19): here, what the first
// frame may show — the base, the dashboard and what it borrows (first run, help, the sidebar's
// "hacked" link, the watch's last check, the actions' points) and the failures; in
// page-texts.<lang>.ts, the texts only the other pages and the setup screens show, a chunk loaded
// with the first of them (renderer/app/lazy-component.ts). A new area used by a page only goes
// there; one the dashboard shows goes here. French, the default, starts with the page; English is
// a chunk of its own (messages.en.ts), loaded when it is chosen (index.ts).

export const fr = {
  ...frBase,
  ...dashboardFr,
  ...failuresFr,
  ...firstRunFr,
  ...helpFr,
  ...hackedFr,
  ...actionsFr,
  ...watchFr,
};

/** The texts the first frame may show. */
export type StartMessages = typeof fr;
/** Every text of the interface: what t() is typed against (i18next.d.ts). */
export type Messages = StartMessages & typeof pageTextsFr;
