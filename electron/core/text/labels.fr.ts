// The names of roles, services and kinds of practice, in French: as the staff export writes them
// (roster/role-mapping.ts and service-mapping.ts read every one back), as the report prints them.
// Brand names stay as their owners spell them.

export default {
  labels: {
    roles: {
      physician: 'Médecin',
      pharmacist: 'Pharmacien ou pharmacienne',
      nurse: 'Infirmier ou infirmière',
      secretary: 'Secrétaire',
      'pharmacy-technician': 'Préparateur ou préparatrice en pharmacie',
      physiotherapist: 'Kinésithérapeute',
      dentist: 'Chirurgien-dentiste',
      midwife: 'Sage-femme',
      'medical-assistant': 'Assistant ou assistante médicale',
      locum: 'Remplaçant ou remplaçante',
      intern: 'Interne',
      manager: 'Gérant ou gérante',
      'it-provider': 'Prestataire informatique',
      other: 'Autre',
    },
    services: {
      mailbox: 'Messagerie',
      amelipro: 'amelipro',
      'pro-sante-connect': 'Pro Santé Connect',
      franceconnect: 'FranceConnect',
      mssante: 'MSSanté',
      ameli: 'Ameli (compte assuré)',
      impots: 'impots.gouv',
      'mon-espace-sante': 'Mon espace santé',
      'appointment-software': 'Logiciel de rendez-vous',
      bank: 'Banque',
    },
    professions: {
      'general-practice': 'Cabinet de médecine générale',
      'specialist-practice': 'Cabinet de médecine spécialisée',
      pharmacy: 'Pharmacie d’officine',
      nursing: 'Cabinet infirmier',
      physiotherapy: 'Cabinet de masso-kinésithérapie',
      dental: 'Cabinet dentaire',
      midwifery: 'Cabinet de sage-femme',
      laboratory: 'Laboratoire de biologie médicale',
      'health-centre': 'Centre ou maison de santé',
      other: 'Autre structure de santé',
    },
  },
} as const;
