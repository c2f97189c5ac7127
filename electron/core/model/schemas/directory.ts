import * as z from 'zod';
import { MfaStatusSchema } from './mfa.ts';
import { ServiceBaseUrlSchema } from './services.ts';

// MFA registration read from the practice's directory (Microsoft 365 / Entra ID, Google
// Workspace). What crosses to the renderer: the settings (no secret in them), "connected or not"
// with the account or domain name, the user code of a sign-in, and import counts. Tokens, device
// codes and client secrets stay in core and the keychain.

export const DIRECTORY_PROVIDERS = ['microsoft', 'google'] as const;
export const DirectoryProviderSchema = z.enum(DIRECTORY_PROVIDERS);
export type DirectoryProvider = z.infer<typeof DirectoryProviderSchema>;

export const ProviderInputSchema = z.object({ provider: DirectoryProviderSchema }).strict();

export const DEFAULT_MICROSOFT_LOGIN_BASE_URL = 'https://login.microsoftonline.com';
export const DEFAULT_MICROSOFT_GRAPH_BASE_URL = 'https://graph.microsoft.com';
export const DEFAULT_GOOGLE_OAUTH_BASE_URL = 'https://oauth2.googleapis.com';
export const DEFAULT_GOOGLE_ADMIN_BASE_URL = 'https://admin.googleapis.com';
/** Any work or school account; a tenant id or domain narrows sign-in to the practice's tenant. */
export const DEFAULT_MICROSOFT_TENANT = 'organizations';

/** A tenant id (GUID), a domain (cabinet.onmicrosoft.com, cabinet.fr) or organizations. */
export const TenantSchema = z
  .string()
  .trim()
  .max(253)
  .regex(/^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|organizations|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$/iu);

/** Application (client) ids are GUIDs at Microsoft and "<digits>-<id>.apps.googleusercontent.com" at Google. */
export const ClientIdSchema = z
  .string()
  .trim()
  .max(200)
  .regex(/^[A-Za-z0-9._-]*$/u);

export const MicrosoftDirectorySettingsSchema = z.object({
  tenant: z.string(),
  clientId: z.string(),
  loginBaseUrl: z.string(),
  graphBaseUrl: z.string(),
});
export const GoogleDirectorySettingsSchema = z.object({
  clientId: z.string(),
  oauthBaseUrl: z.string(),
  adminBaseUrl: z.string(),
});
export type MicrosoftDirectorySettings = z.infer<typeof MicrosoftDirectorySettingsSchema>;
export type GoogleDirectorySettings = z.infer<typeof GoogleDirectorySettingsSchema>;

export const DirectorySettingsPatchSchema = z
  .object({
    microsoft: z
      .object({ tenant: TenantSchema, clientId: ClientIdSchema, loginBaseUrl: ServiceBaseUrlSchema, graphBaseUrl: ServiceBaseUrlSchema })
      .partial()
      .strict(),
    google: z
      .object({ clientId: ClientIdSchema, oauthBaseUrl: ServiceBaseUrlSchema, adminBaseUrl: ServiceBaseUrlSchema })
      .partial()
      .strict(),
  })
  .partial()
  .strict();
export type DirectorySettingsPatch = z.output<typeof DirectorySettingsPatchSchema>;

export const DirectoryImportSummarySchema = z.object({
  at: z.string(),
  directoryUsers: z.number(),
  matched: z.number(),
  updated: z.number(),
  unmatched: z.number(),
});

export type DirectoryImportSummary = z.infer<typeof DirectoryImportSummarySchema>;

const ConnectionSchema = z.object({
  connection: z.enum(['connected', 'not-connected']),
  /** The signed-in account (Microsoft) or the directory's domain (Google); never a token. */
  account: z.string().nullable(),
  lastImport: DirectoryImportSummarySchema.nullable(),
});

export const DirectoryStatusSchema = z.object({
  microsoft: ConnectionSchema.extend({ settings: MicrosoftDirectorySettingsSchema }),
  google: ConnectionSchema.extend({
    settings: GoogleDirectorySettingsSchema,
    /** A refresh token and client secret are in the keychain: the connection outlives the hour of an access token. */
    renewable: z.boolean(),
    clientSecret: z.enum(['set', 'not-set']),
  }),
});
export type DirectoryStatus = z.infer<typeof DirectoryStatusSchema>;

export const SignInStartSchema = z.object({
  userCode: z.string(),
  verificationUri: z.string(),
  expiresAt: z.string(),
  intervalSeconds: z.number(),
});
export type SignInStart = z.infer<typeof SignInStartSchema>;

export const SignInPollSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('pending'), intervalSeconds: z.number() }),
  z.object({ state: z.literal('connected'), account: z.string().nullable() }),
  /** expired: the code's lifetime ran out; denied: the person refused; none: no sign-in under way. */
  z.object({ state: z.enum(['expired', 'denied', 'none']) }),
]);
export type SignInPoll = z.infer<typeof SignInPollSchema>;

/** An OAuth access or refresh token, as pasted: printable ASCII without spaces. */
export const OAuthTokenSchema = z.string().trim().min(20).max(4096).regex(/^[\x21-\x7e]+$/u);
/** An OAuth client's secret, as pasted. */
export const OAuthClientSecretSchema = z.string().trim().min(8).max(512).regex(/^[\x21-\x7e]+$/u);

/**
 * Google's device flow refuses the Admin SDK scopes, so the IT provider brings a token obtained
 * with their own OAuth client: an access token (about an hour), or a refresh token with the
 * client's secret (kept in the keychain) so Hygie can renew it.
 */
export const GoogleCredentialInputSchema = z.union([
  z.object({ accessToken: OAuthTokenSchema }).strict(),
  z.object({ refreshToken: OAuthTokenSchema, clientSecret: OAuthClientSecretSchema }).strict(),
]);
export type GoogleCredentialInput = z.infer<typeof GoogleCredentialInputSchema>;

/** Why a directory person counts at less than their registered methods (see mfa-mapping.ts). */
export const DIRECTORY_POLICY_REASONS = ['blocked-by-policy', 'passwordless-blocked-by-policy'] as const;

export const DirectoryImportResultSchema = z.object({
  provider: DirectoryProviderSchema,
  /** People the directory listed (suspended and archived Google accounts included). */
  directoryUsers: z.number(),
  /** Directory people matched to someone on the roster by e-mail. */
  matched: z.number(),
  /** Mailbox accounts whose MFA status changed (or had none before). */
  updated: z.number(),
  /** Mailbox accounts whose status was confirmed as it was (a new dated record all the same). */
  unchanged: z.number(),
  /** Directory addresses with nobody on the roster: not imported. */
  unmatched: z.array(z.string()),
  unmatchedCount: z.number(),
  /** People on the roster the directory did not list: left as they were. */
  staffWithoutMatch: z.number(),
  byStatus: z.record(MfaStatusSchema, z.number()),
  /**
   * People whose registered methods the tenant's authentication methods policy does not allow
   * (Microsoft: isMfaCapable or isPasswordlessCapable false): counted at what they can use.
   */
  blockedByPolicy: z.array(z.object({ address: z.string(), reason: z.enum(DIRECTORY_POLICY_REASONS) })),
  blockedByPolicyCount: z.number(),
  /** Accounts that cannot sign in today (Google: suspended, archived): imported and counted all the same. */
  inactive: z.array(z.object({ address: z.string(), state: z.enum(['suspended', 'archived']) })),
  inactiveCount: z.number(),
});
export type DirectoryImportResult = z.infer<typeof DirectoryImportResultSchema>;
