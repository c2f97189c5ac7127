import type { StaffRole } from '../model/schemas/staff.ts';

// The name of each role as the export writes it. role-mapping.ts reads every one of them back,
// so an exported roster re-imports with the same roles.

export const ROLE_LABELS: Readonly<Record<StaffRole, { fr: string; en: string }>> = {
  physician: { fr: 'Médecin', en: 'Physician' },
  pharmacist: { fr: 'Pharmacien ou pharmacienne', en: 'Pharmacist' },
  nurse: { fr: 'Infirmier ou infirmière', en: 'Nurse' },
  secretary: { fr: 'Secrétaire', en: 'Secretary' },
  'pharmacy-technician': { fr: 'Préparateur ou préparatrice en pharmacie', en: 'Pharmacy technician' },
  physiotherapist: { fr: 'Kinésithérapeute', en: 'Physiotherapist' },
  dentist: { fr: 'Chirurgien-dentiste', en: 'Dentist' },
  midwife: { fr: 'Sage-femme', en: 'Midwife' },
  'medical-assistant': { fr: 'Assistant ou assistante médicale', en: 'Medical assistant' },
  locum: { fr: 'Remplaçant ou remplaçante', en: 'Locum' },
  intern: { fr: 'Interne', en: 'Intern' },
  manager: { fr: 'Gérant ou gérante', en: 'Manager' },
  'it-provider': { fr: 'Prestataire informatique', en: 'IT provider' },
  other: { fr: 'Autre', en: 'Other' },
};
