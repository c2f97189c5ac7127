import { DnsResolver, dnsServersFromEnvironment } from '../../mfa/dns-resolver.ts';
import { checkPracticeDomain, detectStaffMailboxProviders, practiceDomainResult, staffMailboxProviders } from '../../mfa/mail-domain-checks.ts';
import type { AreaHandlers, HandlerContext } from './context.ts';

// Two-step verification: the mailbox providers and the practice's e-mail domain (found through
// DNS), and the matrix of every account's MFA status, declared by hand or imported.

export function mfaHandlers({ environment, host, userAgent }: HandlerContext): AreaHandlers<'mfa'> {
  const dns = new DnsResolver({ servers: environment.dnsServers ?? dnsServersFromEnvironment() });
  return {
    'mfa.detectProviders': () => host.use((store) => detectStaffMailboxProviders(store, dns)),
    'mfa.providers': () => host.use((store) => staffMailboxProviders(store)),
    'mfa.checkDomain': () => host.use((store) => checkPracticeDomain(store, dns, { mtaSts: { userAgent, ...environment.mtaSts } })),
    'mfa.domainResult': () => host.use((store) => practiceDomainResult(store)),
    'mfa.matrix': () => host.use((store) => store.mfa.matrix()),
    'mfa.declare': ({ accountId, status, note }) =>
      host.use((store) =>
        store.transaction(() =>
          store.mfa.record({ accountId, status, evidence: 'declared', recordedBy: store.actor, note: note ?? null }),
        ),
      ),
  };
}
