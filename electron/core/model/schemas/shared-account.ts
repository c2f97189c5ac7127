import * as z from 'zod';
import { ServiceIdSchema } from './staff.ts';

// Shared mailboxes (accueil@, secretariat@) and shared accounts, first-class: a name, the service,
// an owner who answers for it (its walkthrough is theirs) and the other people who use it. It is one
// of the owner's accounts, so breach checks, MFA and the walkthrough treat it as any other account.

/**
 * Services whose login is personal: one person, one login (amelipro, Pro Santé Connect, …). Sharing
 * one of them is a finding; a shared mailbox or a shared appointment-software account is not.
 * Delegated access to amelipro exists, with the delegate's own card (docs/references.md, "amelipro
 * delegation").
 */
export const PERSONAL_CREDENTIAL_SERVICES = ['amelipro', 'pro-sante-connect', 'franceconnect', 'ameli', 'impots', 'mon-espace-sante', 'mssante'] as const;

export const SharedAccountSchema = z.object({
  accountId: z.string(),
  name: z.string(),
  service: ServiceIdSchema,
  /** Mailboxes: the address; other services: ''. */
  identifier: z.string(),
  owner: z.object({ id: z.string(), name: z.string() }),
  /** The people who use it besides the owner. */
  users: z.array(z.object({ id: z.string(), name: z.string() })),
  /** A personal login used by several people: a finding, with its fix. */
  personalCredential: z.boolean(),
});
export type SharedAccount = z.infer<typeof SharedAccountSchema>;

const Id = z.string().min(1).max(64);

export const SharedAccountSaveInputSchema = z
  .object({
    /** The owner's account (a mailbox of theirs, or their account on the service). */
    accountId: Id,
    name: z.string().trim().min(1).max(120),
    userIds: z.array(Id).max(200),
    /** Another person answers for it from now on (absent: the owner stays). */
    ownerId: Id.optional(),
  })
  .strict();
export type SharedAccountSaveInput = z.infer<typeof SharedAccountSaveInputSchema>;

export const SharedAccountRemoveInputSchema = z.object({ accountId: Id }).strict();
