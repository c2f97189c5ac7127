import type { MfaStatus } from '../../model/schemas/mfa.ts';
import type { StatusReason } from './mfa-mapping.ts';

/** One person as a directory describes them, already mapped onto Hygie's MFA scale. */
export interface DirectoryPerson {
  /** userPrincipalName (Microsoft) or primaryEmail (Google): what the unmatched list shows. */
  primary: string;
  /** Every address that is this person's (primary first, then aliases): matched to the roster. */
  addresses: string[];
  status: MfaStatus;
  /** Microsoft's methodsRegistered, as reported. */
  methods?: string[];
  isAdmin?: boolean;
  note?: string;
  /** Why the status is lower than the registered methods say (the import lists these people). */
  reason?: StatusReason;
  /** A Google account that cannot sign in: still counted, imported and listed. */
  inactive?: 'suspended' | 'archived';
}
