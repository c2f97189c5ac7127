import type { FindingKind } from '../../../electron/core/model/schemas/report.ts';
import type { PageId } from '../../app/navigation.ts';

/** The page where a finding is acted on. The domain's DMARC/SPF checks live on the MFA page. */
const PAGES: Record<FindingKind, PageId> = {
  'breached-mailbox': 'breaches',
  'pwned-password': 'passwords',
  'reused-password': 'passwords',
  'weak-password': 'passwords',
  'mfa-none': 'mfa',
  'mfa-weak': 'mfa',
  'walkthrough-incomplete': 'walkthrough',
  'domain-email-auth': 'mfa',
  'stealer-log': 'breaches',
  'breach-recheck-due': 'breaches',
};

export function findingPage(kind: FindingKind): PageId {
  return PAGES[kind];
}
