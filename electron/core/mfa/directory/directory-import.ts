import { MFA_STATUSES, type MfaStatus } from '../../model/schemas/mfa.ts';
import type { DirectoryImportResult, DirectoryProvider } from '../../model/schemas/directory.ts';
import { emailKey } from '../../roster/email-key.ts';
import type { Store } from '../../store/store.ts';
import type { DirectoryPerson } from './directory-person.ts';

/** The provider names MFA records carry for an import. */
export type DirectorySource = 'microsoft-graph' | 'google-workspace';

// Puts what a directory said onto the roster: each directory person is matched to mailbox
// accounts by e-mail key (any of their addresses), and each matched mailbox gets a dated
// 'imported' MFA status through the MFA status repository (one audit entry for the batch). Directory people with nobody on the roster are listed, not imported;
// people on the roster the directory did not list keep what they had.

const UNMATCHED_SHOWN = 500;

const SOURCE: Record<DirectoryProvider, DirectorySource> = { microsoft: 'microsoft-graph', google: 'google-workspace' };

interface MailboxRow {
  id: string;
  staff_id: string;
  identifier: string;
}

export function applyDirectoryImport(
  store: Store,
  provider: DirectoryProvider,
  people: readonly DirectoryPerson[],
  context: { account: string | null; at: Date },
): DirectoryImportResult {
  return store.transaction(() => {
    const mailboxes = store.db
      .prepare(
        `SELECT a.id, a.staff_id, a.identifier FROM account a JOIN staff s ON s.id = a.staff_id
         WHERE a.service = 'mailbox' AND a.removed_at IS NULL AND s.removed_at IS NULL`,
      )
      .all() as MailboxRow[];
    const byKey = new Map<string, MailboxRow[]>();
    for (const row of mailboxes) {
      const list = byKey.get(row.identifier) ?? [];
      list.push(row);
      byKey.set(row.identifier, list);
    }

    const byStatus = Object.fromEntries(MFA_STATUSES.map((status) => [status, 0])) as Record<MfaStatus, number>;
    const written = new Set<string>();
    const matchedStaff = new Set<string>();
    const unmatched: string[] = [];
    const blockedByPolicy: DirectoryImportResult['blockedByPolicy'] = [];
    const inactive: DirectoryImportResult['inactive'] = [];
    let matched = 0;
    let updated = 0;
    let unchanged = 0;

    for (const person of people) {
      if (person.reason) blockedByPolicy.push({ address: person.primary, reason: person.reason });
      if (person.inactive) inactive.push({ address: person.primary, state: person.inactive });
      const accounts = new Map<string, MailboxRow>();
      for (const address of person.addresses) {
        for (const row of byKey.get(emailKey(address)) ?? []) accounts.set(row.id, row);
      }
      if (accounts.size === 0) {
        unmatched.push(person.primary);
        continue;
      }
      matched += 1;
      for (const account of accounts.values()) {
        // Two directory entries for one mailbox (an alias listed twice): the first one counts.
        if (written.has(account.id)) continue;
        written.add(account.id);
        matchedStaff.add(account.staff_id);
        const before = store.mfa.latestFor(account.id)?.status ?? null;
        store.mfa.record(
          {
            accountId: account.id,
            status: person.status,
            evidence: 'imported',
            recordedBy: `import:${SOURCE[provider]}`,
            provider: SOURCE[provider],
            ...(person.methods ? { methods: person.methods } : {}),
            ...(person.note ? { note: person.note } : {}),
            at: context.at,
          },
          { audit: false },
        );
        byStatus[person.status] += 1;
        if (before === person.status) unchanged += 1;
        else updated += 1;
      }
    }

    const staffWithMailbox = new Set(mailboxes.map((row) => row.staff_id));
    const staffWithoutMatch = [...staffWithMailbox].filter((id) => !matchedStaff.has(id)).length;
    unmatched.sort((a, b) => a.localeCompare(b));
    blockedByPolicy.sort((a, b) => a.address.localeCompare(b.address));
    inactive.sort((a, b) => a.address.localeCompare(b.address));
    const result: DirectoryImportResult = {
      provider,
      directoryUsers: people.length,
      matched,
      updated,
      unchanged,
      unmatched: unmatched.slice(0, UNMATCHED_SHOWN),
      unmatchedCount: unmatched.length,
      staffWithoutMatch,
      byStatus,
      blockedByPolicy: blockedByPolicy.slice(0, UNMATCHED_SHOWN),
      blockedByPolicyCount: blockedByPolicy.length,
      inactive: inactive.slice(0, UNMATCHED_SHOWN),
      inactiveCount: inactive.length,
    };
    // Counts only: no address, no name, no token.
    store.audit.append('directory.import', provider, {
      signedInAs: context.account,
      directoryUsers: result.directoryUsers,
      matched,
      updated,
      unchanged,
      unmatched: unmatched.length,
      blockedByPolicy: blockedByPolicy.length,
      inactive: inactive.length,
    });
    return result;
  });
}
