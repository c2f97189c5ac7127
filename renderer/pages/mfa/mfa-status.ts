import type { TFunction } from 'i18next';
import type { MfaStatus } from '../../../electron/core/model/schemas/mfa.ts';
import type { ServiceId } from '../../../electron/core/model/schemas/staff.ts';
import type { StatusTone } from '../../components/StatusChip.tsx';

// The MFA scale as the interface shows it: colour, icon and words together. 'unknown' is grey
// with a dashed ring, never green: nobody knows, so it is not protected.

const TABLE: Record<MfaStatus, StatusTone> = {
  'phishing-resistant': 'success',
  app: 'success',
  sms: 'warning',
  'email-code': 'warning',
  none: 'danger',
  unknown: 'neutral',
};

export function mfaTone(status: MfaStatus): StatusTone {
  return TABLE[status];
}

/** "Boîte mail (helene@…)" or "amelipro": a cell's account in words. */
export function accountText(t: TFunction, service: ServiceId, identifier: string): string {
  const name = t(`staff.services.${service}`);
  return identifier ? `${name} (${identifier})` : name;
}

/** "app:jdupont" → "jdupont"; a directory import ("import:microsoft-graph") stays as it is. */
export function recordedByText(recordedBy: string): string {
  const [source, ...rest] = recordedBy.split(':');
  const name = rest.join(':');
  return source !== 'import' && name ? name : recordedBy;
}
