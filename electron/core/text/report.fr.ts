// The report's sentences, in French: what each finding is and what to do about it, why something
// was not checked and how to get it checked, and the texts a report cites. Written for a
// practice's secretary and its referent: plain words, the page or button to use, never a code alone.
// (The French titles of the CNIL and ANSSI texts are the citations password/policies.ts shows.)

export default {
  report: {
    /** An account as a sentence names it: "la messagerie x@y", or the service's name. */
    mailboxAccount: 'la messagerie {{identifier}}',
    findings: {
      breachedMailbox: {
        title: '{{account}} figure dans une fuite de données ({{breaches}}) et son mot de passe n’a pas été changé depuis',
        action:
          'Changer le mot de passe de cette messagerie (et partout où il a servi), activer la double authentification, vérifier les règles de transfert et déconnecter les sessions ouvertes ailleurs.',
      },
      pwnedPassword: {
        title: 'Le mot de passe de {{account}} figure dans les fuites connues{{times}}',
        times: ' ({{count}} fois)',
        action: 'Changer ce mot de passe sans attendre, pour une phrase de passe neuve propre à ce compte (Mots de passe › Créer un mot de passe solide).',
      },
      reusedPassword: {
        title: 'Même mot de passe sur {{account}} et {{others}}',
        action: 'Donner à chaque compte son propre mot de passe, en commençant par la messagerie et amelipro : qui en obtient un les ouvre tous.',
      },
      weakPassword: {
        title: 'Le mot de passe de {{account}} ne respecte pas la politique {{policy}}{{rules}}',
        action: 'Le remplacer par une phrase de passe conforme (Mots de passe › Créer un mot de passe solide), gardée dans un gestionnaire de mots de passe.',
      },
      declaredPassword: {
        title: 'Mot de passe de {{account}} à changer (déclaré) : {{answers}}',
        separator: ' ; ',
        answers: {
          minLength: 'moins de 12 caractères',
          unique: 'utilisé ailleurs aussi',
          manager: 'pas dans un gestionnaire de mots de passe',
          changedSinceBreach: 'pas changé depuis la dernière fuite',
        },
        action:
          'Le remplacer par une phrase de passe neuve, propre à ce compte, et la ranger dans un gestionnaire de mots de passe (Bitwarden, KeePassXC : page Mots de passe). Puis refaire le questionnaire, ou vérifier le mot de passe devant Hygie.',
        steps: {
          minLength: 'Choisir au moins 12 caractères : une phrase de passe de 6 à 8 mots est plus simple à retenir (Mots de passe › Créer un mot de passe solide).',
          unique: 'Donner à ce compte un mot de passe qui ne sert nulle part ailleurs : qui en obtient un ouvre tous les comptes qui le partagent.',
          manager: 'Installer un gestionnaire de mots de passe (Bitwarden ou KeePassXC, gratuits) et y enregistrer ce compte.',
          changedSinceBreach: 'Changer ce mot de passe maintenant : une fuite passée peut l’avoir livré, même si rien ne s’est encore produit.',
        },
      },
      mfaNone: {
        title: 'Pas de double authentification sur {{account}}',
        action:
          'Activer la double authentification, avec la méthode la plus forte proposée (clé de sécurité, carte CPS ou e-CPS, application) : Parcours guidé, étape « Double authentification ».',
      },
      mfaEmailCode: {
        title: 'Double authentification par code envoyé par e-mail sur {{account}}',
        actionOnMailbox: 'Passer à une application d’authentification ou une clé : un code envoyé dans la messagerie ne protège pas la messagerie elle-même.',
        action: 'Passer à une application d’authentification ou une clé : qui prend la messagerie reçoit aussi le code.',
      },
      mfaSms: {
        title: 'Double authentification par SMS sur {{account}}',
        action: 'Passer à une application d’authentification ou une clé de sécurité : un SMS peut être détourné (échange de carte SIM).',
      },
      walkthroughNotStarted: {
        title: 'Parcours guidé pas commencé ({{total}} étapes)',
        action: 'Faire le parcours guidé avec la personne, devant l’ordinateur (Parcours guidé) : il reprend là où il s’arrête.',
      },
      walkthroughLater: {
        title: 'Prévu plus tard : {{item}}',
        titleOnAccount: 'Prévu plus tard : {{item}} ({{account}})',
        action: 'Faire ce point le {{until}} au plus tard, avec le Parcours guidé ; il est en attente jusque-là, pas en échec.',
      },
      sharedCredential: {
        title: 'Identifiant personnel partagé : {{account}}, utilisé aussi par {{users}}',
        action: 'Chacun son accès : créez un compte pour chaque personne qui s’en sert, puis changez le mot de passe de ce compte-ci.',
        actionAmelipro: 'Chacun son accès : la secrétaire demande un accès délégué à amelipro avec sa propre carte CPE (jamais la carte ni le code du médecin), puis le médecin change son mot de passe amelipro.',
      },
      walkthroughItems: {
        'password-changed-since-breach': 'mot de passe changé depuis la fuite',
        'check-password': 'vérifier le mot de passe',
        'enable-mfa': 'double authentification',
        recovery: 'adresse et téléphone de secours',
        forwarding: 'transferts et délégations',
        sessions: 'déconnecter les autres sessions',
        'dedicated-mailbox': 'messagerie dédiée à amelipro',
        'login-notices': 'lire les avis de connexion',
        'device-lock': 'verrouiller le téléphone de la e-CPS',
        'bank-details-alerts': 'surveiller les changements de RIB',
        'amelipro-delegation': 'accès délégué amelipro avec sa carte CPE',
        'no-shared-credentials': 'jamais les identifiants d’un autre',
        phishing: 'reconnaître les faux messages',
      },
      walkthroughUnfinished: {
        title: 'Parcours guidé inachevé : {{answered}} sur {{total}} étapes',
        action: 'Terminer le parcours guidé avec la personne (Parcours guidé) : il reprend à la première étape sans réponse.',
      },
      stealerLog: {
        title: 'Un mot de passe tapé sur un ordinateur infecté a été volé : {{account}} ({{websites}})',
        /** The websites of a stealer log, named with the service of Hygie’s catalogue when there is one. */
        websiteWithService: '{{service}} ({{website}})',
        websiteSeparator: ', ',
        action: 'Traiter les ordinateurs de la personne comme infectés, puis changer chaque mot de passe depuis un appareil sain, fermer toutes les sessions et vérifier l’e-CPS et les coordonnées de secours (voir les étapes).',
        playbook: [
          'Considérer l’ordinateur (et le téléphone) de la personne comme infecté : ne plus s’en servir pour se connecter, le débrancher du réseau et appeler le prestataire informatique, ou 17Cyber (cybermalveillance.gouv.fr), pour le nettoyer ou le réinstaller.',
          'Depuis un autre appareil, sain, changer le mot de passe de chaque compte nommé ({{websites}}), en commençant par la messagerie, puis de tout compte qui avait le même mot de passe.',
          'Fermer toutes les sessions ouvertes de ces comptes (déconnexion de tous les appareils) et vérifier qu’aucune règle de transfert n’a été ajoutée dans la messagerie.',
          'Vérifier l’e-CPS (les appareils enregistrés dans l’application e-CPS) et les coordonnées de secours (adresse e-mail et téléphone) de chaque compte ; retirer ce qui n’est pas à la personne.',
          'Activer la double authentification la plus forte proposée (carte CPS ou e-CPS pour amelipro), puis noter la date du nettoyage dans Actions.',
        ],
      },
      recheckDue: {
        title: 'Les adresses du cabinet n’ont pas été revérifiées depuis {{days}} jours (rythme choisi : tous les {{cadence}} jours)',
        action: 'Lancer « Vérifier tout le personnel » (Fuites de données) ; avec une clé Have I Been Pwned, Hygie le fait seul quand il est ouvert.',
      },
      domainEmailAuth: {
        title: 'Le domaine {{domain}} peut être usurpé dans des e-mails : {{problems}}',
        /** Between two of the domain's problems. */
        separator: ' ; ',
        action:
          'Demander au prestataire informatique de publier un SPF se terminant par « -all » (ou « ~all ») et un DMARC en « p=quarantine » puis « p=reject », puis revérifier (Double authentification › Vérifier le domaine).',
      },
    },
    /** What a domain check found wrong, by check and finding code. */
    domainProblems: {
      dmarc: {
        missing: 'pas d’enregistrement DMARC',
        none: 'DMARC en mode « none » (observation seule, rien n’est bloqué)',
        malformed: 'enregistrement DMARC illisible',
        multiple: 'plusieurs enregistrements DMARC (ils sont alors tous ignorés)',
        'pct-zero': 'DMARC appliqué à 0 % des e-mails (pct=0) : sans effet',
      },
      spf: {
        neutral: 'SPF se termine par « ?all » (n’importe qui peut écrire au nom du cabinet)',
        'pass-all': 'SPF autorise tout le monde (« +all », ou un « include » qui autorise tout)',
        'include-broken': 'SPF renvoie vers un nom sans SPF valide (erreur permanente)',
        'too-many-lookups': 'SPF dépasse 10 consultations DNS (erreur permanente)',
        'too-many-void-lookups': 'SPF cite plus de deux noms sans réponse (erreur permanente)',
        loop: 'SPF renvoie vers lui-même (boucle, erreur permanente)',
        'no-all': 'SPF sans règle finale « all »',
        multiple: 'plusieurs enregistrements SPF (SPF est alors ignoré)',
        malformed: 'enregistrement SPF illisible',
        missing: 'pas d’enregistrement SPF',
        'domain-not-found': 'le domaine n’existe pas dans le DNS',
      },
      /** An SPF finding without a sentence of its own. */
      spfOther: 'SPF insuffisant',
    },
    /** Why something was not checked, and what to do. */
    notChecked: {
      /** A verified domain's stealer-log search that did not answer, by reason. */
      stealerLogs: {
        default: 'La recherche des journaux de vol de mots de passe du domaine {{domain}} n’a pas abouti : relancer « Vérifier tout le personnel » (Fuites de données) plus tard.',
        'invalid-key': 'Have I Been Pwned a refusé la clé pour les journaux de vol du domaine {{domain}} : la faire vérifier (Réglages › Prestataire informatique).',
        blocked: 'Have I Been Pwned a refusé la recherche des journaux de vol du domaine {{domain}} (domaine plus vérifié, ou offre qui ne les comprend pas) : le prestataire informatique vérifie le tableau de bord des domaines de Have I Been Pwned.',
        'rate-limited': 'Have I Been Pwned a limité le nombre de demandes : les journaux de vol du domaine {{domain}} seront cherchés à la prochaine vérification.',
      },
      breach: {
        'no-key': 'Aucune source de fuites n’est configurée : enregistrer une clé Have I Been Pwned ou importer une liste de fuite (Réglages), puis lancer « Vérifier tout le personnel » (Fuites de données).',
        'never-checked': 'Cette adresse n’a jamais été vérifiée : lancer « Vérifier tout le personnel » (Fuites de données).',
        'source-pending': 'Cette source a été ajoutée depuis la dernière vérification de l’adresse : lancer « Vérifier tout le personnel » (Fuites de données).',
        'invalid-key': 'Have I Been Pwned a refusé la clé : la vérifier ou la remplacer (Réglages), puis réessayer les adresses pas encore vérifiées (Fuites de données).',
        blocked: 'Le service a bloqué la demande : réessayer plus tard (Fuites de données › Réessayer les adresses pas encore vérifiées) ; si cela dure, prévenir le prestataire informatique.',
        'bad-request': 'Le service n’accepte pas cette adresse telle qu’elle est écrite : la corriger dans la liste du personnel, puis la revérifier.',
        'rate-limited': 'Le service a limité le nombre de demandes : réessayer plus tard (Fuites de données › Réessayer les adresses pas encore vérifiées).',
        unavailable: 'Le service était en panne : réessayer plus tard (Fuites de données › Réessayer les adresses pas encore vérifiées).',
        timeout: 'Le service n’a pas répondu à temps : réessayer (Fuites de données › Réessayer les adresses pas encore vérifiées).',
        network: 'Le service n’a pas pu être joint (connexion, DNS ou proxy) : vérifier la connexion, puis réessayer (Fuites de données).',
        malformed: 'La réponse du service était illisible : réessayer ; si cela dure, le signaler.',
        cancelled: 'La vérification a été annulée avant cette adresse : réessayer les adresses pas encore vérifiées (Fuites de données).',
      },
      password: {
        'never-checked': 'Ce mot de passe n’a jamais été vérifié : le faire avec la personne, devant l’ordinateur (Mots de passe, ou l’étape du parcours guidé).',
      },
      passwordNotChecked: 'La vérification des fuites (Pwned Passwords) n’a pas pu répondre : revérifier ce mot de passe avec la personne quand le service est joignable (Mots de passe).',
      mfaNeverRecorded: 'Personne n’a indiqué si la double authentification est activée : le faire dans le parcours guidé, ou sur la page Double authentification (ou importer l’annuaire Microsoft 365 / Google Workspace).',
      domain: {
        'never-checked': 'Le domaine e-mail du cabinet n’a jamais été vérifié (SPF, DMARC) : lancer « Vérifier le domaine » (Double authentification).',
        'consumer-domain': 'Le domaine est celui d’un fournisseur grand public : SPF et DMARC sont à sa charge, pas à celle du cabinet.',
      },
      domainUnanswered: 'Le DNS n’a pas répondu pour ce domaine : revérifier plus tard (Double authentification › Vérifier le domaine).',
      notInScope: {
        mfa: 'Un audit en ligne de commande ne vérifie que les fuites : la double authentification se vérifie dans l’application (Double authentification, Parcours guidé).',
        password: 'Un audit en ligne de commande ne vérifie que les fuites : les mots de passe se vérifient avec chaque personne, dans l’application (Mots de passe) ou avec « hygie password ».',
        walkthrough: 'Un audit en ligne de commande ne vérifie que les fuites : le parcours guidé se fait dans l’application, avec chaque personne.',
      },
      /** A breach source named before its reason. */
      corpusSource: 'Liste « {{name}} »',
      hibpSource: 'Have I Been Pwned',
      withSource: '{{source}} : {{reason}}',
    },
    references: {
      'ans-identification': {
        title: 'ANS, Référentiel d’identification électronique des acteurs des secteurs sanitaire, médico-social et social (PGSSI-S), approuvé par l’arrêté du 28 mars 2022',
        relevance: 'Depuis le 1er janvier 2026, un identifiant et un mot de passe seuls ne sont plus conformes : carte CPS, e-CPS ou moyen homologué pour amelipro, Pro Santé Connect et la messagerie MSSanté.',
      },
      'ans-memento': {
        title: 'ANS, Mémento de sécurité informatique pour les professionnels de santé en exercice libéral (PGSSI-S)',
        relevance: 'Les dix règles d’hygiène informatique du cabinet libéral ; ce rapport dit, pour chacune, ce qu’il a vérifié et ce qui reste hors de son champ.',
      },
      'cnil-2022-100': {
        title: 'CNIL, délibération n° 2022-100 du 21 juillet 2022',
        relevance: 'La recommandation française sur les mots de passe : au moins 80 bits pour un mot de passe seul, 50 si le compte se bloque après des essais ratés, sans renouvellement imposé.',
      },
      'anssi-2021': {
        title: 'ANSSI, Recommandations relatives à l’authentification multifacteur et aux mots de passe, v2.0, 2021',
        relevance: 'L’agence nationale recommande la double authentification, un facteur de possession et un gestionnaire de mots de passe : la base des constats de double authentification de ce rapport.',
      },
      'nist-800-63b-4': {
        title: 'NIST SP 800-63B-4 (2025), « Digital Identity Guidelines: Authentication »',
        relevance: 'Longueur plutôt que composition, refus des mots de passe trouvés dans des fuites ou liés au contexte, changement forcé seulement quand le mot de passe a pu être volé ; le SMS y est un authentificateur restreint.',
      },
      'hipaa-164-308': {
        title: '45 CFR 164.308(a)(5)(ii)(D), gestion des mots de passe (HIPAA)',
        relevance: 'Exige des procédures pour créer, changer et protéger les mots de passe : les verdicts par compte et les procédures listées dans ce rapport.',
      },
      'hipaa-164-312': {
        title: '45 CFR 164.312(d), authentification des personnes (HIPAA)',
        relevance: 'Exige de vérifier que chaque personne est bien celle qu’elle prétend : identifiants propres à chacun et double authentification par compte.',
      },
      'hhs-405d-hicp': {
        title: 'HHS 405(d), Health Industry Cybersecurity Practices (HICP), édition 2023',
        relevance: 'Pour les petits cabinets : l’hameçonnage par e-mail est la première menace ; protéger les messageries et gérer les accès avec la double authentification en sont les premières parades.',
      },
      'gdpr-art-32': {
        title: 'Règlement (UE) 2016/679 (RGPD), article 32 : sécurité du traitement',
        relevance: 'Oblige le cabinet à protéger les données de santé par des mesures adaptées et à en vérifier régulièrement l’efficacité : ce rapport en est une trace.',
      },
      'gdpr-art-33': {
        title: 'Règlement (UE) 2016/679 (RGPD), article 33 : notification d’une violation de données',
        relevance: 'Une violation de données personnelles se notifie à la CNIL dans les 72 heures et se documente en interne, notifiée ou non.',
      },
      nis2: {
        title: 'Directive (UE) 2022/2555 (NIS 2), champ d’application',
        relevance: 'S’applique aux entités d’au moins 50 personnes ou 10 millions d’euros de chiffre d’affaires ou de rapport : pas à un cabinet libéral de petite taille.',
      },
    },
  },
} as const;
