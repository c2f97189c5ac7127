import type { DIRECTORY_POLICY_REASONS } from '../../model/schemas/directory.ts';
import type { MfaStatus } from '../../model/schemas/mfa.ts';

// What a directory says about a person's second factor, on Hygie's scale (docs/architecture.md,
// "MFA strength, best first"). A person's status is their strongest registered method.

/** Microsoft Graph's methodsRegistered values, by strength class. Unlisted values add nothing. */
const MICROSOFT_METHOD_CLASS: Readonly<Record<string, MfaStatus>> = {
  fido2: 'phishing-resistant',
  passKeyDeviceBound: 'phishing-resistant',
  passKeyDeviceBoundAuthenticator: 'phishing-resistant',
  passKeyDeviceBoundWindowsHello: 'phishing-resistant',
  passKeySynced: 'phishing-resistant',
  windowsHelloForBusiness: 'phishing-resistant',
  macOsSecureEnclaveKey: 'phishing-resistant',
  x509CertificateMultiFactor: 'phishing-resistant',
  microsoftAuthenticatorPush: 'app',
  microsoftAuthenticatorPasswordless: 'app',
  softwareOneTimePasscode: 'app',
  hardwareOneTimePasscode: 'app',
  mobilePhone: 'sms',
  alternateMobilePhone: 'sms',
  officePhone: 'sms',
  sms: 'sms',
  voiceMobile: 'sms',
  voiceAlternateMobile: 'sms',
  voiceOffice: 'sms',
  email: 'email-code',
  // securityQuestion, temporaryAccessPass, appPassword: not a second factor; they add nothing.
};

const STRENGTH: readonly MfaStatus[] = ['phishing-resistant', 'app', 'sms', 'email-code'];

/**
 * The methods Microsoft counts as passwordless (userRegistrationDetails.isPasswordlessCapable:
 * "FIDO2, Windows Hello for Business, Microsoft Authenticator (passwordless)"), with passkeys and
 * the macOS platform credential, which are FIDO2 credentials.
 */
const PASSWORDLESS_METHODS: ReadonlySet<string> = new Set([
  'fido2',
  'passKeyDeviceBound',
  'passKeyDeviceBoundAuthenticator',
  'passKeyDeviceBoundWindowsHello',
  'passKeySynced',
  'windowsHelloForBusiness',
  'macOsSecureEnclaveKey',
  'microsoftAuthenticatorPasswordless',
]);

/** Why a status is lower than the methods alone would say: shown to the user in their language. */
export type StatusReason = (typeof DIRECTORY_POLICY_REASONS)[number];

export interface MappedStatus {
  status: MfaStatus;
  /** Why the status is what it is, when the method list alone does not say (kept with the record). */
  note?: string;
  reason?: StatusReason;
}

/** What userRegistrationDetails says of one user (Microsoft Graph, v1.0). */
export interface MicrosoftRegistration {
  isMfaRegistered: boolean;
  methodsRegistered: readonly string[];
  /** A registered strong method is allowed by the authentication methods policy; undefined when not reported. */
  isMfaCapable?: boolean;
  /** A registered passwordless method is allowed by the policy; undefined when not reported. */
  isPasswordlessCapable?: boolean;
}

function strongest(methods: readonly string[]): MfaStatus | undefined {
  const classes = new Set(methods.map((method) => MICROSOFT_METHOD_CLASS[method]).filter(Boolean));
  return STRENGTH.find((status) => classes.has(status));
}

export function microsoftStatus(registration: MicrosoftRegistration): MappedStatus {
  const { isMfaRegistered, methodsRegistered, isMfaCapable, isPasswordlessCapable } = registration;
  // Entra counts a user as MFA-registered only with a method usable for MFA; an e-mail address
  // registered for password reset alone does not make someone protected.
  if (!isMfaRegistered) return { status: 'none', note: 'Entra ID: not registered for MFA' };
  // isMfaRegistered: a strong method registered, "not necessarily allowed by the authentication
  // methods policy"; isMfaCapable: registered *and* allowed. Registered but not capable: the
  // policy blocks every method the person has, so none of them protects the account.
  if (isMfaCapable === false) {
    return {
      status: 'none',
      reason: 'blocked-by-policy',
      note: `Entra ID: methods registered (${methodsRegistered.join(', ') || 'none listed'}) but blocked by the authentication methods policy (isMfaCapable false)`,
    };
  }
  const best = strongest(methodsRegistered);
  // Passwordless methods the policy does not allow do not count at their strength: the person
  // signs in with what is left.
  if (isPasswordlessCapable === false && methodsRegistered.some((method) => PASSWORDLESS_METHODS.has(method))) {
    const usable = methodsRegistered.filter((method) => !PASSWORDLESS_METHODS.has(method));
    const allowed = strongest(usable);
    if (allowed !== best) {
      return {
        status: allowed ?? 'unknown',
        reason: 'passwordless-blocked-by-policy',
        note: `Entra ID: passwordless methods registered but blocked by the authentication methods policy (isPasswordlessCapable false); counted at ${allowed ?? 'an unranked method'}`,
      };
    }
  }
  if (best) return { status: best };
  // Registered, with methods we do not know how to rank (a new method type, an external
  // provider): not shown as protected until someone says which.
  return { status: 'unknown', note: 'Entra ID: registered for MFA with a method Hygie does not rank' };
}

/**
 * Google's users.list says whether 2-Step Verification is on, not with which method. Every
 * method Google accepts for 2SV (SMS or voice code, Google prompt, authenticator app, security
 * key or passkey) is at least as strong as an SMS code, and e-mail codes are not one of them.
 * So an enrolled person is recorded at that floor, 'sms', with a note: counted as protected,
 * never overstated, and upgraded when the person declares a stronger method.
 */
export function googleStatus(isEnrolledIn2Sv: boolean, isEnforcedIn2Sv: boolean): MappedStatus {
  // isEnforcedIn2Sv has no column of its own in an MFA record: it is said in the note.
  const policy = isEnforcedIn2Sv ? 'required by policy' : 'not required by policy';
  if (isEnrolledIn2Sv) {
    return { status: 'sms', note: `Google: 2-Step Verification on (${policy}); method not reported by Google, recorded at its weakest (SMS)` };
  }
  return {
    status: 'none',
    note: isEnforcedIn2Sv ? 'Google: 2-Step Verification required by policy but not yet set up' : 'Google: 2-Step Verification off (not required by policy)',
  };
}
