import type { DomainCheck, DomainCheckStatus, MailboxDetection } from '../../../electron/core/model/schemas/mail-domain.ts';
import type { StatusTone } from '../../components/StatusChip.tsx';

// Colours for the DNS results. "Not checked" is grey, never green: an unanswered lookup is not
// a pass. "Acceptable" is green like "good" (it meets the reference) but says so in words.

export const DOMAIN_STATUS_TONES: Record<DomainCheckStatus, StatusTone> = {
  good: 'success',
  acceptable: 'success',
  warning: 'warning',
  bad: 'danger',
  info: 'info',
  'not-checked': 'neutral',
};

export const DETECTION_TONES: Record<MailboxDetection['status'], StatusTone> = {
  detected: 'success',
  'unknown-provider': 'warning',
  'no-mx': 'danger',
  'not-checked': 'neutral',
};

/** How many of the four checks need work, and how many could not be read: the MFA page says it in one sentence. */
export function domainSummary(result: DomainCheck): { toReview: number; notChecked: number } {
  const items = [result.spf, result.dmarc, result.dkim, result.mtaSts];
  return {
    toReview: items.filter((item) => item.status === 'bad' || item.status === 'warning').length,
    notChecked: items.filter((item) => item.status === 'not-checked').length,
  };
}
