// The printed sheet of one person's walkthrough, in French (hardening/walkthrough-sheet-pdf.ts): for
// the person who prefers paper, at their own desk, read without the app. The items' titles and
// their "how" are the screen's own (walkthrough-items.fr.ts, the services catalogue).

export default {
  sheet: {
    title: 'Parcours guidé : la fiche de {{name}}',
    subtitle: 'Sécuriser vos comptes, point par point, à votre bureau',
    facts: {
      practice: 'Cabinet :',
      printed: 'Imprimée le :',
      items: 'À faire :',
    },
    itemCount: { one: '{{count}} point, environ {{minutes}} minutes', other: '{{count}} points, environ {{minutes}} minutes' },
    noPractice: 'nom du cabinet à saisir dans Réglages',
    howToUse: {
      title: 'Comment remplir cette fiche',
      steps: [
        'Pour chaque point, faites ce que dit « Comment faire », sur le site ou l’application du compte.',
        'Cochez une seule réponse par point : « Fait », « Pas concerné », « Pas possible » (écrivez pourquoi) ou « Plus tard » (écrivez le jour prévu).',
        'Écrivez la date du jour à côté de votre réponse.',
      ],
      never: 'N’écrivez jamais un mot de passe ni un code sur cette fiche.',
    },
    record: {
      title: 'Ensuite, dans Hygie',
      text: 'Donnez la fiche à la personne qui utilise Hygie au cabinet. Elle ouvre Parcours guidé, choisit {{name}}, puis sur l’écran de chaque compte (dans le même ordre que sur cette fiche) clique la réponse cochée ici et recopie la raison ou le jour prévu.',
    },
    account: {
      provider: 'Fournisseur : {{name}}',
      shared: 'Compte partagé « {{name}} » : vous en répondez pour le cabinet.',
      sharedWith: 'Compte partagé « {{name}} » : vous en répondez pour le cabinet. L’utilisent aussi : {{users}}.',
      personTitle: 'Les bons réflexes',
    },
    answers: {
      done: 'Fait',
      notApplicable: 'Pas concerné',
      notPossible: 'Pas possible, pourquoi :',
      later: 'Plus tard, le :',
      date: 'Date :',
    },
    mfaNow: 'Protection active maintenant :',
    mfaNone: 'aucune',
    recorded: 'Déjà dans Hygie : {{answer}}',
    recordedAnswers: {
      done: 'fait',
      'not-possible': 'pas possible',
      'not-applicable': 'pas concerné',
      later: 'plus tard ({{until}})',
    },
    checkPasswordHow: [
      'Ce point se fait devant l’ordinateur, dans Hygie (Parcours guidé) : le mot de passe y est tapé, jamais écrit ni enregistré.',
      'S’il ne convient pas, changez-le sur le site, puis vérifiez le nouveau dans Hygie.',
    ],
    breachDate: 'Adresse trouvée dans une fuite de données (le {{date}}).',
    breachNoDate: 'Adresse trouvée dans une fuite de données.',
    footer: 'Fiche de {{name}} · Hygie {{version}} · imprimée le {{date}}',
    fileName: 'Fiche parcours - {{name}} - {{day}}.pdf',
    dialogTitle: 'Enregistrer la fiche à imprimer',
    pdfFilterName: 'Document PDF',
  },
} as const;
