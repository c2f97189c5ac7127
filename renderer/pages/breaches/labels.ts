import DOMPurify from 'dompurify';
import type { TFunction } from 'i18next';
import type { NotCheckedReason } from '../../../electron/core/model/schemas/breach.ts';
import type { BreachStatus, StoredOutcome } from '../../../electron/core/model/schemas/breach-check.ts';
import { formatDateTime, formatTime } from '../../components/format.ts';
import type { StatusTone } from '../../components/StatusChip.tsx';

/** Breached is red, clean green, not checked grey: never green for an address nobody could check. */
export const STATUS_TONE: Record<BreachStatus, StatusTone> = {
  breached: 'danger',
  clean: 'success',
  'not-checked': 'neutral',
};

export function sourceLabel(t: TFunction, result: Pick<StoredOutcome, 'sourceName'> & { outcome: { source: string } }): string {
  const source = result.outcome.source;
  if (source === 'hibp') return t('breaches.source.hibp');
  if (source === 'hibp-range') return t('breaches.source.hibpRange');
  if (source === 'hibp-domain') return t('breaches.source.hibpDomain');
  return result.sourceName ? t('breaches.source.corpus', { name: result.sourceName }) : t('breaches.source.corpusUnknown');
}

export function reasonText(t: TFunction, reason: NotCheckedReason): string {
  return t(`breaches.reason.${reason}`);
}

/** Why an answer is missing; when HIBP said how long to wait, when to try again ("after 10:42"). */
export function notCheckedText(t: TFunction, outcome: { reason: NotCheckedReason; retryAt?: string | undefined }, language: string): string {
  if (outcome.reason !== 'rate-limited' || !outcome.retryAt) return reasonText(t, outcome.reason);
  const at = new Date(outcome.retryAt);
  const sameDay = at.toDateString() === new Date().toDateString();
  const time = sameDay ? formatTime(at, language) : formatDateTime(outcome.retryAt, language);
  return t('breaches.reason.rateLimitedUntil', { time });
}

/** "about 12 minutes", "about 1 h 05 min", "less than a minute". */
export function etaText(t: TFunction, seconds: number): string {
  if (seconds < 60) return t('breaches.progress.etaSeconds');
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return t('breaches.progress.etaMinutes', { count: minutes });
  return t('breaches.progress.etaHours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/**
 * HIBP's descriptions are HTML from outside: only text formatting is kept. Links become their
 * text (the window never navigates away), and nothing active survives.
 */
export function sanitiseDescription(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: ['b', 'strong', 'em', 'i', 'p', 'br', 'ul', 'ol', 'li'],
    ALLOWED_ATTR: [],
    KEEP_CONTENT: true,
  });
}
