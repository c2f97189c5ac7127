// The sentences of `hygie recovery-kit`, in French. None of them ever holds the words: they are in
// the PDF, and only there.

export default {
  cliRecoveryKit: {
    written: 'Kit de récupération écrit : {{path}}',
    keepLikeAKey: 'Ce fichier est une clé : avec lui et une copie des données, n’importe qui peut les lire. Imprimez-le, rangez la feuille sous clé, puis supprimez le fichier. Ne l’envoyez jamais par e-mail.',
    recorded: 'Noté dans le journal d’Hygie (qui, quand) ; les mots n’y figurent pas.',
    noStore: 'Aucune donnée Hygie dans {{dataDir}} : pas de clé dont faire un kit. Ouvrez l’application Hygie sur cet ordinateur, ou donnez à HYGIE_DATA_DIR le dossier des données de l’application.',
    storeProblem: 'Données d’Hygie ({{dataDir}}) : {{message}} {{action}}',
    storeKeychain: 'Les données d’Hygie ({{dataDir}}) ne peuvent pas être ouvertes : le trousseau du système (service « {{service}} ») est injoignable. Ouvrez une session de bureau et déverrouillez le trousseau, puis relancez.',
    wrongExtension: '--out attend un fichier .pdf : {{path}} n’en est pas un. Donnez un chemin qui finit par .pdf (par exemple kit-hygie.pdf).',
    folderMissing: 'Le dossier donné à --out n’existe pas : {{folder}}. Créez-le ou choisissez un autre chemin.',
    inDataFolder: '{{path}} est dans le dossier des données d’Hygie ({{dataDir}}) : qui prendrait le dossier aurait la clé avec. Choisissez un autre endroit.',
    unwritable: 'Impossible d’écrire {{path}} ({{reason}} : droits, disque plein ?). Aucun fichier n’a été laissé ; choisissez un autre chemin.',
    usage: {
      missingOut: 'Indiquez où écrire le kit : hygie recovery-kit --out FICHIER.pdf.',
      emptyOut: '--out attend un chemin de fichier.',
      extraArgument: 'Argument en trop : « {{value}} ». Le fichier se donne avec --out.',
    },
  },
} as const;
