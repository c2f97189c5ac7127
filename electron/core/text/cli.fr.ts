// Every sentence the `hygie` command prints, in French: help, usage and configuration problems (each
// says what to fix), the audit's progress and summary. cli/messages.ts fills and chooses them; the
// other commands' sentences are in cli-password, cli-report, cli-recovery-kit and cli-keychain.

export default {
  cli: {
    help: `hygie {{version}} — audit de sécurité des comptes d’un cabinet médical

Utilisation :
  hygie audit --roster FICHIER [--json SORTIE] [--pdf SORTIE] [--no-domain-search] [--lang fr|en]
  hygie password [--policy cnil|anssi|nist|hipaa] [--json] [--lang fr|en]
  hygie report --pdf SORTIE [--summary SORTIE] [--json SORTIE] [--csv SORTIE] [--lang fr|en] [--anonymise]
  hygie recovery-kit --out SORTIE.pdf [--lang fr|en]
  hygie sheet --person ADRESSE --pdf SORTIE.pdf [--lang fr|en]
  hygie --help | --version

hygie audit
  Lit la liste du personnel (CSV ou texte tabulé, comme l’import de l’application), vérifie chaque
  adresse e-mail dans Have I Been Pwned et dans les listes de fuite du cabinet, affiche un résumé et,
  avec --json, écrit le résultat détaillé dans SORTIE.

  --roster FICHIER   la liste du personnel (obligatoire)
  --json SORTIE      écrire le rapport JSON dans ce fichier
  --pdf SORTIE       écrire aussi le rapport de conformité en PDF (fuites seulement), et à côté
                     le JSON dont il imprime l’empreinte SHA-256 (SORTIE sans .pdf + .report.json)
  --no-domain-search chaque adresse vérifiée une à une, même sur un domaine que la clé a vérifié
                     (sinon une seule recherche par domaine vérifié, qui n’envoie que le domaine,
                     avec les journaux de vol de mots de passe quand l’offre les comprend)
  --lang fr|en       langue des messages (par défaut : celle du système)
  -h, --help         afficher cette aide
  -v, --version      afficher la version

hygie password
  Lit un mot de passe sur l’entrée standard (rien ne s’affiche au clavier ; par un tube : la
  première ligne), affiche sa solidité, les règles de la politique avec leurs explications et
  s’il figure dans Pwned Passwords (seuls 5 caractères de son empreinte SHA-1 sont envoyés).
  Rien n’est enregistré. Les mots du cabinet (nom, ville) sont essayés si HYGIE_DATA_DIR en contient.

  --policy NOM       cnil, anssi, nist ou hipaa (par défaut : celle du cabinet, sinon cnil)
  --json             résultat en JSON sur la sortie standard
  Codes de sortie : 0 conforme et absent des fuites ; 1 non conforme ou présent dans des
  fuites ; 3 conforme, mais la recherche dans les fuites n’a pas pu aboutir ; 2 utilisation.

hygie report
  Le rapport de sécurité des accès du cabinet, tiré des données d’Hygie (HYGIE_DATA_DIR) comme la page
  Rapports de l’application : score, constats par gravité avec action, responsable et date limite,
  fuites, double authentification, mots de passe (jamais le mot de passe), parcours guidé,
  ce qui n’a pas été vérifié et pourquoi, références, bloc de signature. Le pied de
  chaque page du PDF porte le SHA-256 du JSON (sha256sum le vérifie). Le rapport est ajouté à la
  liste des rapports de l’application. Aucune donnée n’est créée : sans données Hygie, rien à faire.

  --pdf SORTIE       le rapport PDF complet
  --summary SORTIE   le résumé d’une page (la première page seule) ; --pdf ou --summary, ou les deux
  --responsible NOM  le responsable des données du cabinet, qui signe
  --by NOM           qui établit le rapport, tel qu’imprimé (par défaut : le référent)
  --next-review AAAA-MM-JJ  la prochaine revue (par défaut : dans six mois)
  --json SORTIE      ses données JSON (par défaut : à côté du PDF, SORTIE sans .pdf + .json)
  --csv SORTIE       une ligne par personne et par compte
  --lang fr|en       langue des messages et du rapport
  --anonymise        initiales à la place des noms, adresses masquées (pour un auditeur extérieur)
  Codes de sortie : 0 rapport écrit et enregistré ; 2 utilisation, configuration ou données absentes.

hygie recovery-kit
  Le kit de récupération, comme Réglages › Kit de récupération : un PDF à imprimer avec la clé
  des données d’Hygie (HYGIE_DATA_DIR) en 24 mots et en QR code, et les étapes pour restaurer une
  sauvegarde sur un nouvel ordinateur. Ce fichier est une clé : imprimez-le, rangez la feuille sous
  clé, supprimez le fichier. Les mots ne sont jamais affichés. Noté dans le journal d’Hygie.

  --out SORTIE.pdf   où écrire le kit (obligatoire ; pas dans le dossier des données)
  --lang fr|en       langue des messages et du kit (liste de mots française ou anglaise)
  Codes de sortie : 0 kit écrit ; 2 utilisation, configuration ou données absentes.

hygie sheet
  La fiche du parcours guidé d’une personne, comme le bouton « Imprimer la fiche » de son parcours :
  un PDF d’une ou deux pages avec ses comptes (et les comptes partagés dont elle répond), les points
  qui la concernent, comment faire chez ses fournisseurs, des cases à cocher et où écrire la date.
  Ses réponses se saisissent ensuite dans Hygie, Parcours guidé.

  --person ADRESSE   l’adresse e-mail de la personne, telle que sur la page Personnel (obligatoire)
  --pdf SORTIE.pdf   où écrire la fiche (obligatoire)
  --lang fr|en       langue des messages et de la fiche
  Codes de sortie : 0 fiche écrite ; 2 utilisation, configuration, données absentes ou personne inconnue.

Configuration (variables d’environnement) :
  HIBP_API_KEY          clé Have I Been Pwned (sinon : celle enregistrée dans Hygie, trousseau du système)
  HYGIE_HIBP_BASE_URL   adresse du service Have I Been Pwned (par défaut https://haveibeenpwned.com/api/v3)
  HYGIE_PWNED_BASE_URL  adresse de Pwned Passwords (par défaut https://api.pwnedpasswords.com)
  HYGIE_DATA_DIR        dossier des données d’Hygie (listes de fuite, rapports)

Codes de sortie de hygie audit :
  0  toutes les adresses vérifiées, aucune trouvée dans une fuite
  1  au moins une adresse trouvée dans une fuite
  2  erreur d’utilisation ou de configuration (le message dit quoi corriger)
  3  certaines adresses n’ont pas pu être vérifiées, aucune trouvée dans une fuite
`,
    usage: {
      unknownCommand: 'Commande inconnue : « {{command}} ». Les commandes sont « hygie audit », « hygie password », « hygie report », « hygie recovery-kit » et « hygie sheet ».',
      noCommand: 'Indiquez une commande : hygie audit --roster FICHIER.',
      badOption: 'Option non reconnue ou incomplète : {{detail}}',
      missingRoster: 'Indiquez la liste du personnel : hygie audit --roster FICHIER.',
      badLanguage: 'Langue inconnue : « {{value}} ». Choisissez --lang fr ou --lang en.',
      extraArgument: 'Argument en trop : « {{value}} ». Le fichier se donne avec --roster FICHIER.',
      seeHelp: 'Voir : hygie --help',
    },
    config: {
      badBaseUrl: '{{variable}} n’est pas une adresse utilisable : « {{value}} ». Donnez une adresse https:// (http:// seulement vers cet ordinateur), sans identifiant ni paramètre, ou retirez la variable pour utiliser le service officiel.',
      badApiKey: 'HIBP_API_KEY n’a pas la forme d’une clé Have I Been Pwned (32 caractères hexadécimaux). Copiez à nouveau la clé depuis votre compte haveibeenpwned.com.',
      noApiKey: 'Aucune clé Have I Been Pwned : HIBP_API_KEY n’est pas définie et le trousseau (service « {{service}} ») n’en contient pas. Définissez HIBP_API_KEY, ou enregistrez la clé dans Hygie (Réglages › Prestataire informatique).',
      keychainUnreachable: 'HIBP_API_KEY n’est pas définie et le trousseau du système (service « {{service}} ») est injoignable. Définissez HIBP_API_KEY, ou ouvrez une session de bureau et déverrouillez le trousseau (Linux : GNOME Keyring ; macOS : Trousseau d’accès ; Windows : Gestionnaire d’identification).',
      rosterMissing: 'Liste du personnel introuvable : {{path}}. Vérifiez le chemin donné à --roster.',
      rosterUnreadable: 'Impossible de lire {{path}} (droits d’accès ?). Vérifiez le fichier donné à --roster.',
      rosterNotAFile: '{{path}} n’est pas un fichier ordinaire (c’est un dossier, un périphérique ou un tube) : il n’a pas été lu. Donnez à --roster le chemin du fichier CSV de la liste du personnel.',
      rosterNoEmailColumn: 'Aucune colonne d’adresses e-mail reconnue dans la liste (en-têtes : {{headers}}). Nommez la colonne « E-mail », puis relancez.',
      rosterNothingToCheck: 'Aucune ligne de la liste ne contient d’adresse à vérifier (voir les lignes ignorées ci-dessus). Corrigez le fichier puis relancez.',
      jsonFolderMissing: 'Le dossier du fichier JSON n’existe pas : {{path}}. Créez-le ou choisissez un autre chemin pour --json.',
      jsonUnwritable: 'Impossible d’écrire le résultat JSON dans {{path}} (droits, disque plein ?). Choisissez un autre chemin pour --json.',
      keyRejected: 'Have I Been Pwned refuse la clé (401). Vérifiez HIBP_API_KEY, ou la clé enregistrée dans Hygie (Réglages › Prestataire informatique), dans votre compte haveibeenpwned.com.',
      storeProblem: 'Données d’Hygie ({{dataDir}}) : {{message}} {{action}} Pour vérifier sans les listes de fuite, donnez à HYGIE_DATA_DIR un dossier sans données Hygie.',
      storeKeychain: 'Les listes de fuite ({{dataDir}}) ne peuvent pas être ouvertes : le trousseau du système (service « {{service}} ») est injoignable. Déverrouillez le trousseau, ou donnez à HYGIE_DATA_DIR un dossier sans données Hygie pour vérifier avec Have I Been Pwned seul.',
    },
    unexpected: 'Erreur inattendue : {{message}}. Relancez ; si elle revient, prévenez votre prestataire informatique.',
    rowIssue: {
      'missing-name': 'nom manquant',
      'missing-email': 'adresse e-mail manquante',
      'invalid-email': 'adresse e-mail invalide : « {{value}} »',
      'duplicate-in-file': 'même e-mail que la ligne {{otherLine}} : {{value}}',
      'duplicate-existing': 'déjà dans la liste ({{existingName}}) : {{value}}',
      'too-many-emails': 'trop d’adresses e-mail ({{value}}) : 10 au plus par personne',
      'cell-too-long': 'cellule trop longue pour être un nom ou une adresse : « {{value}} »',
      'shared-mailbox-no-owner': 'messagerie partagée sans personne pour en répondre : ajoutez au fichier la personne qui la gère',
    },
    fileWarning: {
      'replacement-characters': 'Attention : certains caractères de la liste semblent incorrects (« � ») ; enregistrez-la de nouveau en CSV UTF-8 ou Windows-1252.',
      'malformed-quotes': 'Attention : un guillemet ouvert n’est jamais refermé dans la liste ; des lignes ont pu être lues comme une seule cellule.',
    },
    reason: {
      'no-key': 'aucune clé Have I Been Pwned',
      'invalid-key': 'clé Have I Been Pwned refusée (401) : vérifiez-la dans votre compte haveibeenpwned.com',
      blocked: 'accès bloqué par Have I Been Pwned (403) : réessayez plus tard depuis un autre réseau, ou contactez Have I Been Pwned avec l’identifiant Cloudflare',
      'bad-request': 'adresse refusée par Have I Been Pwned (400) : vérifiez l’adresse',
      'rate-limited': 'trop de requêtes (429) malgré les nouvelles tentatives : relancez plus tard',
      unavailable: 'service indisponible (5xx) : relancez plus tard',
      timeout: 'délai dépassé : relancez plus tard',
      network: 'service injoignable (réseau, DNS, TLS) : vérifiez la connexion Internet',
      malformed: 'réponse illisible du service : relancez plus tard',
      cancelled: 'interrompu avant la vérification',
    },
    /** A rate-limited address: when HIBP takes requests again, in local time (today, or another day). */
    retryAfter: {
      today: 'Have I Been Pwned demande d’attendre : relancez après {{time}}',
      otherDay: 'Have I Been Pwned demande d’attendre : relancez après {{time}} (le {{day}})',
    },
    summary: {
      colon: ' : ',
      title: 'Hygie {{version}} — vérification des fuites de données',
      roster: {
        list: 'Liste : {{file}} — {{addresses}} ({{people}})',
        withSkipped: 'Liste : {{file}} — {{addresses}} ({{people}}) ; {{skipped}} :',
      },
      skippedLine: '  ligne {{line}} : {{reasons}}',
      hibpRange: 'Have I Been Pwned, recherche par empreinte : seuls les 6 premiers caractères de l’empreinte SHA-1 de chaque adresse sont envoyés.',
      hibpDirect: 'Have I Been Pwned, recherche par adresse : chaque adresse est envoyée à Have I Been Pwned (chiffrée en TLS), l’abonnement de la clé ne permettant pas la recherche par empreinte.',
      hibpPlanUnread: 'Have I Been Pwned : l’abonnement de la clé n’a pas pu être lu, donc aucune adresse n’a été envoyée (on ne sait pas s’il permet la recherche par empreinte).',
      corpus: 'liste de fuite « {{name}} »',
      hibpDomain: 'Have I Been Pwned, recherche par domaine vérifié : {{domains}} — seul le nom du domaine est envoyé, une fois pour toutes ses adresses.',
      stealerLogsHeading: 'Mots de passe volés sur un ordinateur infecté ({{count}}) — traiter ces ordinateurs comme infectés, puis changer les mots de passe depuis un appareil sain',
      aliasesHeading: 'Adresses du domaine absentes de la liste ({{count}}) — anciens collaborateurs, messageries partagées, fautes de frappe : à ajouter ou à fermer',
      stealerLogsNotInPlan: 'Journaux de vol de mots de passe : l’offre de la clé ne les comprend pas.',
      sources: 'Sources :',
      breachedHeading: 'Trouvées dans une fuite ({{count}}) — à traiter en priorité',
      notCheckedHeading: 'Pas encore vérifiées ({{count}}) — à ne pas considérer comme sûres',
      cleanHeading: 'Sans fuite connue ({{count}})',
      /** checked, breached and notChecked are counts.checked, .breached, .notChecked. */
      totals: 'Total : {{checked}} sur {{total}} — {{breached}}, {{clean}} sans fuite connue, {{notChecked}}.',
      cancelled: {
        one: 'Interrompu : {{count}} adresse n’a pas été vérifiée.',
        other: 'Interrompu : {{count}} adresses n’ont pas été vérifiées.',
      },
      nextStepsBreached: 'Que faire : pour chaque adresse trouvée dans une fuite, changez le mot de passe de la boîte et partout où il était réutilisé, activez la double authentification, et vérifiez les règles de transfert de la boîte.',
      nextStepsNotChecked: 'Les adresses pas encore vérifiées ne sont pas sûres pour autant : corrigez la cause indiquée et relancez hygie audit.',
      jsonWritten: 'Résultat JSON : {{path}}',
    },
    progress: {
      starting: {
        now: 'Vérification de {{addresses}}…',
        withEstimate: 'Vérification de {{addresses}} (environ {{duration}})…',
      },
      line: '[{{done}}/{{total}}] {{email}} : {{verdict}}',
      /** The progress line on a terminal: remaining and address are filled in, or left out. */
      bar: {
        line: '[{{done}}/{{total}}] {{percent}} %{{remaining}}{{address}}',
        remaining: ' — reste environ {{duration}}',
        address: ' — {{email}}',
      },
      breached: 'trouvée dans une fuite',
      clean: 'sans fuite connue',
      notChecked: 'pas encore vérifiée ({{reason}})',
      cancelling: 'Interruption demandée : les adresses restantes sont marquées pas encore vérifiées…',
    },
    /** Counts as the sentences above write them: one and other forms (messages.ts chooses). */
    counts: {
      addresses: {
        one: '{{count}} adresse',
        other: '{{count}} adresses',
      },
      people: {
        one: '{{count}} personne',
        other: '{{count}} personnes',
      },
      skippedLines: {
        one: '{{count}} ligne ignorée',
        other: '{{count}} lignes ignorées',
      },
      checked: {
        one: '{{count}} vérifiée',
        other: '{{count}} vérifiées',
      },
      breached: {
        one: '{{count}} trouvée dans une fuite',
        other: '{{count}} trouvées dans une fuite',
      },
      notChecked: {
        one: '{{count}} pas encore vérifiée',
        other: '{{count}} pas encore vérifiées',
      },
    },
    /** How long the check should take: hours and minutes are numbers (French: minutes on two digits). */
    duration: {
      seconds: '{{count}} s',
      minutes: '{{count}} min',
      hours: '{{hours}} h {{minutes}}',
    },
  },
} as const;
