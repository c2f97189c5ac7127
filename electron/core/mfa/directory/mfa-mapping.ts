import type { MfaStatus } from '../../api/schemas/mfa.ts';

// What a directory says about a person's second factor, on Hygie's scale (reference/policies.md,
// "MFA strength"). A person's status is their strongest registered method.

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

export interface MappedStatus {
  status: MfaStatus;
  /** Why the status is what it is, when the method list alone does not say. */
  note?: string;
}

export function microsoftStatus(isMfaRegistered: boolean, methodsRegistered: readonly string[]): MappedStatus {
  // Entra counts a user as MFA-registered only with a method usable for MFA; an e-mail address
  // registered for password reset alone does not make someone protected.
  if (!isMfaRegistered) return { status: 'none', note: 'Entra ID: not registered for MFA' };
  const classes = new Set(methodsRegistered.map((method) => MICROSOFT_METHOD_CLASS[method]).filter(Boolean));
  const strongest = STRENGTH.find((status) => classes.has(status));
  if (strongest) return { status: strongest };
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
