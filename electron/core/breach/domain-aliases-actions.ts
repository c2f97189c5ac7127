import { HygieError } from '../model/hygie-error.ts';
import type { DomainWatch, NotifyMeState } from '../model/schemas/breach-check.ts';
import type { StaffMember } from '../model/schemas/staff.ts';
import { isConsumerDomain } from '../mfa/mailbox-provider.ts';
import type { Store } from '../store/store.ts';
import { domainWatch } from './domain-results.ts';
import { domainOf } from './domain-search.ts';

// What the practice does with what the domain searches found: set an address not on the staff
// list aside ("ignore"), or add it to the staff list as a new person; and, for personal
// mailboxes no domain search covers, record that the owner subscribed to HIBP's "Notify me".

/** HIBP's page where anyone subscribes their own address, free (docs/references.md). */
export const HIBP_NOTIFY_ME_URL = 'https://haveibeenpwned.com/NotifyMe';

function knownAlias(store: Store, address: string, hibpBaseUrl: string): { domain: string; alias: string } {
  const wanted = address.trim().toLowerCase();
  const found = domainWatch(store, { hibpBaseUrl }).aliasesNotOnRoster.find((alias) => alias.address === wanted);
  if (!found) throw new HygieError('breach-alias-unknown');
  return { domain: found.domain, alias: found.alias };
}

export function ignoreAlias(store: Store, input: { address: string; ignore?: boolean | undefined }, hibpBaseUrl: string): DomainWatch {
  const { domain, alias } = knownAlias(store, input.address, hibpBaseUrl);
  if (input.ignore === false) store.domainSearch.unignoreAlias(domain, alias);
  else store.domainSearch.ignoreAlias(domain, alias);
  return domainWatch(store, { hibpBaseUrl });
}

export function addAliasToStaff(store: Store, input: { address: string; firstName: string; lastName: string }, hibpBaseUrl: string): StaffMember {
  const { domain, alias } = knownAlias(store, input.address, hibpBaseUrl);
  return store.transaction(() => {
    const member = store.staff.create({ firstName: input.firstName, lastName: input.lastName, role: 'other', roleLabel: null, emails: [`${alias}@${domain}`], services: [] });
    store.domainSearch.unignoreAlias(domain, alias);
    return member;
  });
}

export function notifyMeState(store: Store, accountId: string): NotifyMeState {
  const account = store.breachResults.mailboxAccounts().find((candidate) => candidate.accountId === accountId);
  if (!account) throw new HygieError('account-not-found');
  const subscribed = store.notifyMe.of(accountId);
  return {
    accountId,
    email: account.email,
    kind: isConsumerDomain(domainOf(account.email)) ? 'personal' : 'organisation',
    subscribedAt: subscribed?.subscribedAt ?? null,
    url: HIBP_NOTIFY_ME_URL,
  };
}

export function setNotifyMe(store: Store, accountId: string, subscribed: boolean): NotifyMeState {
  notifyMeState(store, accountId);
  store.notifyMe.set(accountId, subscribed);
  return notifyMeState(store, accountId);
}
