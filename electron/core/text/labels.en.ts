import type fr from './labels.fr.ts';
import type { Translation } from './template.ts';

// The names of labels.fr.ts, in English.

export default {
  labels: {
    roles: {
      physician: 'Physician',
      pharmacist: 'Pharmacist',
      nurse: 'Nurse',
      secretary: 'Secretary',
      'pharmacy-technician': 'Pharmacy technician',
      physiotherapist: 'Physiotherapist',
      dentist: 'Dentist',
      midwife: 'Midwife',
      'medical-assistant': 'Medical assistant',
      locum: 'Locum',
      intern: 'Intern',
      manager: 'Manager',
      'it-provider': 'IT provider',
      other: 'Other',
    },
    services: {
      mailbox: 'Mailbox',
      amelipro: 'amelipro',
      'pro-sante-connect': 'Pro Santé Connect',
      franceconnect: 'FranceConnect',
      mssante: 'MSSanté',
      ameli: 'Ameli (patient account)',
      impots: 'impots.gouv',
      'mon-espace-sante': 'Mon espace santé',
      'appointment-software': 'Appointment software',
      bank: 'Bank',
    },
    professions: {
      'general-practice': 'General practice',
      'specialist-practice': 'Specialist medical practice',
      pharmacy: 'Community pharmacy',
      nursing: 'Nursing practice',
      physiotherapy: 'Physiotherapy practice',
      dental: 'Dental practice',
      midwifery: 'Midwifery practice',
      laboratory: 'Medical biology laboratory',
      'health-centre': 'Health centre',
      other: 'Other healthcare organisation',
    },
  },
} as const satisfies Translation<typeof fr>;
