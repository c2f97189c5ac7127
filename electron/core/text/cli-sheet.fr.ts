// The sentences of `hygie sheet`, in French: the printed walkthrough sheet of one person, written
// from the store in HYGIE_DATA_DIR.

export default {
  cliSheet: {
    written: 'Fiche de {{name}} écrite : {{path}}',
    nextStep: 'Imprimez-la et donnez-la à {{name}} ; ses réponses se saisissent ensuite dans Hygie, Parcours guidé.',
    noStore: 'Aucune donnée Hygie dans {{dataDir}} : pas de personnel dont faire une fiche. Ouvrez l’application Hygie sur cet ordinateur, ou donnez à HYGIE_DATA_DIR le dossier des données de l’application.',
    storeProblem: 'Données d’Hygie ({{dataDir}}) : {{message}} {{action}}',
    storeKeychain: 'Les données d’Hygie ({{dataDir}}) ne peuvent pas être ouvertes : le trousseau du système (service « {{service}} ») est injoignable. Ouvrez une session de bureau et déverrouillez le trousseau, puis relancez.',
    unknownPerson: 'Personne dans la liste du personnel n’a l’adresse {{email}}. Vérifiez l’adresse (celle de la page Personnel), ou ajoutez la personne dans Hygie.',
    wrongExtension: '--pdf attend un fichier .pdf : {{path}} n’en est pas un. Donnez un chemin qui finit par .pdf (par exemple fiche.pdf).',
    folderMissing: 'Le dossier donné à --pdf n’existe pas : {{folder}}. Créez-le ou choisissez un autre chemin.',
    unwritable: 'Impossible d’écrire {{path}} ({{reason}} : droits, disque plein, fichier ouvert ailleurs ?). Aucun fichier n’a été laissé ; choisissez un autre chemin.',
    usage: {
      missingPerson: 'Indiquez la personne par son adresse e-mail : hygie sheet --person ADRESSE --pdf SORTIE.pdf.',
      missingPdf: 'Indiquez où écrire la fiche : hygie sheet --person ADRESSE --pdf SORTIE.pdf.',
      emptyValue: '{{option}} attend une valeur.',
      extraArgument: 'Argument en trop : « {{value}} ». La personne se donne avec --person, le fichier avec --pdf.',
    },
  },
} as const;
