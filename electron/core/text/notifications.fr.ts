// The desktop notifications Hygie shows by itself (a re-check that found something, a new breach
// without a key), in French: short, in the practice's words, saying where to look.

export default {
  notifications: {
    newFindings: {
      title: 'Hygie : une vérification a trouvé du nouveau',
      breaches: {
        one: '{{count}} adresse du cabinet figure dans une nouvelle fuite.',
        other: '{{count}} adresses du cabinet figurent dans une nouvelle fuite.',
      },
      stealerLogs: {
        one: '{{count}} mot de passe a été volé sur un ordinateur infecté.',
        other: '{{count}} mots de passe ont été volés sur un ordinateur infecté.',
      },
      where: 'Ouvrez Hygie, page Fuites de données, pour savoir quoi faire.',
    },
    newBreachNoKey: {
      title: 'Hygie : une nouvelle fuite de données est connue',
      body: '« {{breach}} » vient d’être ajoutée à Have I Been Pwned. Sans clé, Hygie ne peut pas revérifier vos adresses : ouvrez la page Fuites de données pour savoir quoi faire.',
    },
  },
} as const;
