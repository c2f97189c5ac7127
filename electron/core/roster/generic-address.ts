import type { PreviewRow } from '../model/schemas/roster-import.ts';
import type { StaffRole } from '../model/schemas/staff.ts';

// Practices list their shared mailboxes (accueil@, secretariat@, contact@…) in the same roster as
// their people. Such an address is not a person: the import proposes it as a shared mailbox, owned by
// someone on the roster who answers for it (the walkthrough of the mailbox is theirs).

/** Local parts that name a desk or a function, not a person (accents, separators and digits ignored). */
const GENERIC_LOCAL_PARTS: ReadonlySet<string> = new Set([
  'accueil',
  'contact',
  'contacts',
  'secretariat',
  'secretariatmedical',
  'secretaire',
  'secretaires',
  'cabinet',
  'cabinetmedical',
  'info',
  'infos',
  'information',
  'rdv',
  'rendezvous',
  'administration',
  'admin',
  'compta',
  'comptabilite',
  'facturation',
  'pharmacie',
  'officine',
  'reception',
  'direction',
  'standard',
  'bonjour',
  'office',
  'planning',
  'maisondesante',
  'msp',
  'centre',
  'centredesante',
  'laboratoire',
  'labo',
]);

function localKey(email: string): string {
  const local = email.split('@')[0] ?? '';
  return local
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

export function isGenericAddress(email: string): boolean {
  return GENERIC_LOCAL_PARTS.has(localKey(email));
}

/** "accueil@cabinet.fr" → "Accueil": the mailbox's name until someone changes it. */
export function sharedMailboxName(email: string, writtenName: string): string {
  if (writtenName.trim()) return writtenName.trim();
  const local = email.split('@')[0] ?? email;
  return local.charAt(0).toUpperCase() + local.slice(1);
}

/** Who answers for the shared mailboxes by default: the first secretary on the file, else its first person. */
const OWNER_ROLES: readonly StaffRole[] = ['secretary', 'medical-assistant', 'manager'];

/**
 * Turn rows holding one generic address into shared-mailbox proposals. A missing name is no
 * problem there; without anyone on the file to own it, the row cannot be imported.
 */
export function proposeSharedMailboxes(rows: PreviewRow[]): PreviewRow[] {
  const isShared = (row: PreviewRow) => row.person.emails.length === 1 && isGenericAddress(row.person.emails[0]!) && !row.person.firstName;
  const people = rows.filter((row) => !isShared(row) && row.status === 'ready');
  const owner = people.find((row) => OWNER_ROLES.includes(row.person.role)) ?? people[0] ?? null;
  return rows.map((row) => {
    if (!isShared(row)) return { ...row, shared: null };
    const issues = row.issues.filter((issue) => issue.code !== 'missing-name');
    if (!owner) issues.push({ code: 'shared-mailbox-no-owner' });
    const email = row.person.emails[0]!;
    return {
      ...row,
      issues,
      status: issues.length === 0 ? 'ready' : 'error',
      shared: { name: sharedMailboxName(email, row.person.lastName), ownerLine: owner?.line ?? null },
    };
  });
}
