import type { ServiceId } from './schemas/staff.ts';

// The name of each service as the export writes it (brand names stay as their owners spell them).
// service-mapping.ts reads every one of them back.

export const SERVICE_LABELS: Readonly<Record<ServiceId, { fr: string; en: string }>> = {
  mailbox: { fr: 'Messagerie', en: 'Mailbox' },
  amelipro: { fr: 'amelipro', en: 'amelipro' },
  'pro-sante-connect': { fr: 'Pro Santé Connect', en: 'Pro Santé Connect' },
  franceconnect: { fr: 'FranceConnect', en: 'FranceConnect' },
  mssante: { fr: 'MSSanté', en: 'MSSanté' },
  ameli: { fr: 'Ameli (compte assuré)', en: 'Ameli (patient account)' },
  impots: { fr: 'impots.gouv', en: 'impots.gouv' },
  'mon-espace-sante': { fr: 'Mon espace santé', en: 'Mon espace santé' },
  'appointment-software': { fr: 'Logiciel de rendez-vous', en: 'Appointment software' },
  bank: { fr: 'Banque', en: 'Bank' },
};
