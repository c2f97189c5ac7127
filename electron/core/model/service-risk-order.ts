import { SERVICE_IDS, type ServiceId } from './schemas/staff.ts';

// The order accounts are looked at, hardest hit first (docs/architecture.md, "The attack chain"): the mailbox is
// the key to every "forgot password", amelipro is where the 2022 scraping happened, Pro Santé
// Connect is how amelipro should be entered, FranceConnect opens every public service (and the
// bank details used for refunds). The rest follow. SERVICE_IDS is written in that order, so it
// is the one list: reorder it there, and this order (and every screen sorted by it) follows.
export const SERVICE_RISK_ORDER: readonly ServiceId[] = SERVICE_IDS;

export function serviceRank(service: string): number {
  const index = SERVICE_RISK_ORDER.indexOf(service as ServiceId);
  return index === -1 ? SERVICE_RISK_ORDER.length : index;
}

/** The services whose open door starts the amelipro chain: a gap there comes first. */
export const CRITICAL_SERVICES: readonly ServiceId[] = ['mailbox', 'amelipro'];
