import type { ServiceId, StaffRole } from './schemas/staff.ts';

// The accounts a person of each role has by default, so a practice does not tick them one by one;
// the form and the import start from these, and they stay editable. Health professionals with a CPS
// card: amelipro, Pro Santé Connect (e-CPS) and MSSanté. Secretaries and assistants: amelipro by
// delegation (their own CPE card) and the appointment software. The mailbox comes with each e-mail.

const PROFESSIONAL: readonly ServiceId[] = ['amelipro', 'pro-sante-connect', 'mssante'];

export const DEFAULT_SERVICES: Readonly<Record<StaffRole, readonly ServiceId[]>> = {
  physician: PROFESSIONAL,
  pharmacist: PROFESSIONAL,
  nurse: PROFESSIONAL,
  physiotherapist: PROFESSIONAL,
  dentist: PROFESSIONAL,
  midwife: PROFESSIONAL,
  locum: ['pro-sante-connect', 'mssante'],
  intern: ['pro-sante-connect'],
  secretary: ['amelipro', 'appointment-software'],
  'medical-assistant': ['amelipro', 'appointment-software'],
  'pharmacy-technician': ['appointment-software'],
  manager: ['appointment-software'],
  'it-provider': [],
  other: [],
};

export function defaultServices(role: StaffRole): ServiceId[] {
  return [...DEFAULT_SERVICES[role]];
}
