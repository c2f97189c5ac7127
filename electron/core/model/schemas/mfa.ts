import * as z from 'zod';

// How well an account is protected beyond its password, best first (docs/architecture.md,
// "MFA strength, best first"). 'unknown' is a status of its own: nobody has said or seen, so it is never
// shown or counted as protected.
export const MFA_STATUSES = [
  'phishing-resistant', // FIDO2 key / passkey, CPS card, e-CPS with number matching
  'app', // authenticator push with number matching, or a TOTP code app
  'sms', // SMS or voice code
  'email-code', // a code by e-mail: useless when the mailbox is the stolen asset
  'none',
  'unknown',
] as const;
export const MfaStatusSchema = z.enum(MFA_STATUSES);
export type MfaStatus = z.infer<typeof MfaStatusSchema>;

/** The statuses that count as "MFA on" in coverage figures. */
export const PROTECTED_MFA_STATUSES: readonly MfaStatus[] = ['phishing-resistant', 'app', 'sms', 'email-code'];

/** How a status is known: said by the person (who recorded it, when), detected, or imported from a directory. */
export const MFA_EVIDENCE = ['declared', 'detected', 'imported'] as const;
export const MfaEvidenceSchema = z.enum(MFA_EVIDENCE);
export type MfaEvidence = z.infer<typeof MfaEvidenceSchema>;
