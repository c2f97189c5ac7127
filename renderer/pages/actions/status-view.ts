import type { TFunction } from 'i18next';
import type { ActionItem } from '../../../electron/core/model/schemas/actions.ts';
import type { FindingStatus } from '../../../electron/core/model/schemas/report.ts';
import { formatCalendarDate, formatLongDate } from '../../components/format.ts';
import type { StatusTone } from '../../components/StatusChip.tsx';

// How a status reads on the Actions page: a chip (colour, shape and word) and one sentence with
// the date, who, until when or why. "Done" is said to wait for a check; a check that still finds
// the problem, or a "later" whose day has come, turns it back into something to do.

/** "app:jdupont" → "jdupont", as the journal names people. */
function who(setBy: string | null): string {
  if (setBy === null) return '—';
  const colon = setBy.indexOf(':');
  return colon > 0 ? setBy.slice(colon + 1) : setBy;
}

export function statusTone(item: Pick<ActionItem, 'status' | 'open'>): StatusTone {
  switch (item.status.value) {
    case 'todo':
      return 'info';
    case 'done':
      return item.status.stillFoundAt === null ? 'success' : 'danger';
    case 'later':
      return item.open ? 'warning' : 'info';
    case 'accepted':
      return 'warning';
  }
}

/** The sentence under the chip, in the interface's language; the reason of an accepted risk apart. */
export function statusLines(t: TFunction, status: FindingStatus, open: boolean, language: string): string[] {
  const date = status.setAt === null ? '' : formatLongDate(status.setAt, language);
  switch (status.value) {
    case 'todo':
      // The chip says it: no sentence to read on every row.
      return [];
    case 'done':
      return status.stillFoundAt === null
        ? [t('actions.statusLine.done', { date, who: who(status.setBy) })]
        : [t('actions.statusLine.doneStillFound', { date, seen: formatLongDate(status.stillFoundAt, language) })];
    case 'later': {
      const until = status.until === null ? '—' : formatCalendarDate(status.until, language);
      return [open ? t('actions.statusLine.laterDue', { until }) : t('actions.statusLine.later', { until, date, who: who(status.setBy) })];
    }
    case 'accepted':
      return [t('actions.statusLine.accepted', { date, who: who(status.setBy) }), ...(status.reason ? [t('actions.statusLine.reason', { reason: status.reason })] : [])];
  }
}
