// The sentences of `hygie report` and of `hygie audit --pdf`, in French. The report's own texts are
// in report.fr.ts and pdf.fr.ts.

export default {
  cliReport: {
    title: 'Hygie {{version}} — rapport de sécurité des accès',
    pdf: 'Rapport PDF : {{path}}',
    summary: 'Résumé d’une page (PDF) : {{path}}',
    json: 'Données JSON : {{path}}',
    csv: 'Tableau CSV : {{path}}',
    hash: 'SHA-256 du JSON (imprimé en pied de chaque page du PDF) : {{sha256}}',
    score: {
      none: 'Score : — (aucun membre du personnel à évaluer)',
      value: 'Score : {{value}}/100',
    },
    people: {
      line: '{{people}}, {{findings}} à traiter.',
      people: {
        one: '{{count}} personne',
        other: '{{count}} personnes',
      },
      findings: {
        one: '{{count}} constat',
        other: '{{count}} constats',
      },
    },
    anonymised: 'Anonymisé : les noms sont remplacés par des initiales et les adresses masquées.',
    recorded: 'Enregistré dans la liste des rapports d’Hygie (page Rapports de l’application).',
    jsonBeside: 'Sans --json, le JSON dont le PDF imprime l’empreinte est écrit à côté du PDF : {{path}}',
    noStore: 'Aucune donnée Hygie dans {{dataDir}} : rien à mettre dans un rapport. Renseignez le cabinet et son personnel dans l’application Hygie, ou donnez à HYGIE_DATA_DIR le dossier des données de l’application.',
    noPractice: 'Le cabinet n’est pas encore renseigné dans les données d’Hygie ({{dataDir}}). Ouvrez l’application Hygie, renseignez le cabinet (Réglages › Cabinet), puis relancez.',
    storeProblem: 'Données d’Hygie ({{dataDir}}) : {{message}} {{action}}',
    storeKeychain: 'Les données d’Hygie ({{dataDir}}) ne peuvent pas être ouvertes : le trousseau du système (service « {{service}} ») est injoignable. Ouvrez une session de bureau et déverrouillez le trousseau, puis relancez.',
    folderMissing: 'Le dossier donné à {{option}} n’existe pas : {{folder}}. Créez-le ou choisissez un autre chemin.',
    wrongExtension: '{{option}} attend un fichier {{extension}} : {{path}} n’en est pas un. Donnez un chemin qui finit par {{extension}} (par exemple rapport{{extension}}).',
    samePath: 'Le même fichier est donné deux fois : {{path}}. Donnez un chemin différent à --pdf, --json et --csv.',
    unwritable: 'Impossible d’écrire {{path}} ({{reason}} : droits, disque plein ?). Choisissez un autre chemin ; aucun rapport n’a été enregistré.',
    audit: {
      written: 'Rapport PDF : {{pdf}} — et, à côté, le JSON dont il imprime l’empreinte SHA-256 : {{json}}',
      unwritable: 'Impossible d’écrire le rapport PDF dans {{path}} ({{reason}} : droits, disque plein ?). Choisissez un autre chemin pour --pdf.',
    },
    usage: {
      missingPdf: 'Indiquez où écrire le PDF : hygie report --pdf FICHIER (ou --summary FICHIER pour le résumé d’une page).',
      badNextReview: '--next-review attend une date AAAA-MM-JJ (par exemple 2027-06-30) : « {{value}} » n’en est pas une.',
      emptyPath: '{{option}} attend un chemin de fichier.',
      extraArgument: 'Argument en trop : « {{value}} ». Les fichiers se donnent avec --pdf, --json et --csv.',
    },
  },
} as const;
