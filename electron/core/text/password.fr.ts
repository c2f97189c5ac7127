// The password check's words, in French: each policy's name and summary, HIPAA's procedures, the
// name of each rule, and the explanations password/evaluate-policy.ts writes for one password —
// what the rule asks and where this password stands, in words a front-desk secretary understands.

export default {
  password: {
    policies: {
      'cnil-2022': {
        title: 'CNIL 2022',
        summary:
          'Au moins 80 bits pour un mot de passe seul (12 caractères avec majuscules, minuscules, chiffres et caractères spéciaux, ou 14 avec majuscules, minuscules et chiffres, ou une phrase de 7 mots) ; 50 bits si le compte se bloque après plusieurs essais ratés.',
      },
      'anssi-2021': {
        title: 'ANSSI 2021',
        summary:
          '12 caractères au moins (16 pour un administrateur), les quatre types de caractères sauf à partir de 20 caractères, et la double authentification de préférence.',
      },
      'nist-800-63b': {
        title: 'NIST SP 800-63B-4 (États-Unis)',
        summary:
          '15 caractères au moins (8 si le compte a la double authentification), aucune règle de composition, et refus des mots de passe courants, des mots liés au contexte et de ceux trouvés dans des fuites.',
      },
      hipaa: {
        title: 'HIPAA (États-Unis)',
        summary:
          'Des procédures pour créer, changer et protéger les mots de passe : pas de longueur imposée, mais des mots de passe difficiles à deviner, sans mots liés au contexte, absents des fuites et non réutilisés.',
      },
    },
    /** What the practice's written procedure must show under HIPAA (policies.ts, the report). */
    hipaaProcedures: [
      'Une procédure écrite pour créer, changer et protéger les mots de passe (45 CFR 164.308(a)(5)(ii)(D)).',
      'Chaque personne a ses propres identifiants : pas de compte partagé (45 CFR 164.312(d)).',
      'Les mots de passe de chaque compte ont été vérifiés : difficiles à deviner, sans le nom du cabinet ni de la personne, absents des fuites connues, différents d’un compte à l’autre.',
      'Un mot de passe trouvé dans une fuite est changé sans attendre.',
      'La double authentification est activée là où le service la propose.',
      'Les mots de passe sont gardés dans un gestionnaire de mots de passe, jamais sur papier ni dans un fichier.',
    ],
    /**
     * Each rule named two ways: what it asks (the PDF's and the CSV's "rules not met" column) and
     * what is wrong when it fails (a finding's title).
     */
    rules: {
      'min-theoretical-bits': { requirement: 'longueur et variété', failure: 'pas assez de combinaisons possibles' },
      'min-length': { requirement: 'longueur', failure: 'trop court' },
      'character-classes': { requirement: 'types de caractères', failure: 'types de caractères manquants' },
      'not-guessable': { requirement: 'difficile à deviner', failure: 'facile à deviner' },
      'no-context-words': { requirement: 'sans mot lié au cabinet', failure: 'contient un mot lié au cabinet ou à la personne' },
      'not-pwned': { requirement: 'absent des fuites connues', failure: 'présent dans des fuites' },
      'not-reused': { requirement: 'mot de passe unique', failure: 'utilisé sur un autre compte' },
    },
    /** The word before the last item of a list ("a, b et c"). */
    and: 'et',
    /** The warning when the password holds a context word (strength.ts, in place of zxcvbn's). */
    contextWarning: 'Il contient un mot lié au cabinet, à la personne ou aux sites de santé : c’est ce qu’un attaquant essaie en premier.',
    /** A number of guesses as a secretary reads it: "about 2 million guesses" rather than 10^6.3. */
    guesses: {
      units: { one: 'environ {{count}} essai', other: 'environ {{count}} essais' },
      millions: { one: 'environ {{count}} million d’essais', other: 'environ {{count}} millions d’essais' },
      billions: { one: 'environ {{count}} milliard d’essais', other: 'environ {{count}} milliards d’essais' },
      trillions: 'plus de mille milliards d’essais',
    },
    bits: {
      lockout: 'compte qui se bloque après plusieurs essais ratés',
      alone: 'mot de passe seul',
      characters: { one: '{{length}} caractère donnent {{bits}} bits', other: '{{length}} caractères donnent {{bits}} bits' },
      passphrase: 'une phrase de {{words}} mots donne {{bits}} bits',
      passed: 'Au moins {{required}} bits ({{case}}) : {{measured}}.',
      failedLockout: 'Au moins {{required}} bits ({{case}}) : {{measured}}. Allongez-le ou variez les caractères (majuscules, chiffres, caractères spéciaux).',
      failedAlone: 'Au moins {{required}} bits ({{case}}) : {{measured}}. Il faut par exemple {{shapes}}.',
      cnilShapes:
        '12 caractères avec majuscules, minuscules, chiffres et caractères spéciaux, ou 14 caractères avec majuscules, minuscules et chiffres, ou une phrase de 7 mots',
    },
    length: {
      sentence: 'Au moins {{required}} caractères{{why}}{{note}} : celui-ci en a {{length}}.{{mfa}}',
      whyAdmin: ' pour un compte administrateur',
      whyMfa: ' avec la double authentification',
      mfaNote: ' ({{value}} si le compte a la double authentification)',
      mfaPreferred: ' L’ANSSI recommande aussi d’activer la double authentification sur ce compte.',
    },
    classes: {
      names: { upper: 'majuscules', lower: 'minuscules', digit: 'chiffres', special: 'caractères spéciaux' },
      longEnough: 'À partir de {{from}} caractères, les quatre types de caractères ne sont plus exigés : celui-ci en a {{length}}.',
      mixed: 'Il mélange {{all}}.',
      missingItem: 'les {{name}}',
      missing: {
        one: 'Il faut des {{all}} (ou {{from}} caractères au moins) : il manque {{missing}}.',
        other: 'Il faut des {{all}} (ou {{from}} caractères au moins) : il manque {{missing}}.',
      },
    },
    guessable: {
      passed: 'Difficile à deviner : note {{score}} sur 4 ({{min}} au moins), {{guesses}} pour le trouver.',
      failed:
        'Trop facile à deviner : note {{score}} sur 4 ({{min}} au moins) ; un attaquant le trouverait en {{guesses}} (mots courants, prénoms, dates, suites de touches).',
    },
    context: {
      passed: 'Aucun mot lié au cabinet, à la personne ou aux sites de santé.',
      item: '« {{word}} », {{kind}}',
      failed: 'Il contient {{words}} : un attaquant essaie ces mots en premier.',
      kinds: {
        'practice-name': 'le nom du cabinet',
        'practice-city': 'la ville du cabinet',
        profession: 'le métier du cabinet',
        'person-name': 'le nom de la personne',
        email: 'son adresse e-mail',
        'health-portal': 'un mot des sites de santé',
      },
    },
    pwned: {
      pending: 'À confirmer : la recherche dans les fuites de mots de passe connues se fait quand vous lancez la vérification.',
      found: {
        one: 'Trouvé {{count}} fois dans des fuites de mots de passe : les attaquants l’essaient en premier. Changez-le partout où il sert.',
        other: 'Trouvé {{count}} fois dans des fuites de mots de passe : les attaquants l’essaient en premier. Changez-le partout où il sert.',
      },
      absent: 'Absent des fuites de mots de passe connues.',
      notChecked: 'Impossible de vérifier les fuites de mots de passe ({{reason}}) : cela ne veut pas dire qu’il n’y figure pas.',
      reasons: {
        'no-key': 'aucune source configurée',
        'invalid-key': 'clé refusée',
        blocked: 'accès bloqué par le service',
        'bad-request': 'requête refusée',
        'rate-limited': 'trop de demandes, réessayez plus tard',
        unavailable: 'service indisponible',
        timeout: 'pas de réponse à temps',
        network: 'pas de connexion',
        malformed: 'réponse illisible',
        cancelled: 'vérification annulée',
      },
    },
    reused: {
      pending: 'À confirmer : la comparaison avec les autres comptes de la personne se fait quand vous lancez la vérification.',
      nothingToCompare: 'Rien à comparer : aucun autre compte de cette personne n’a encore été vérifié pendant cette séance.',
      different: 'Différent des autres mots de passe vérifiés pour cette personne.',
      item: '« {{label}} »',
      failed: 'Même mot de passe que {{accounts}} : si l’un fuit, l’autre tombe aussi. Un mot de passe différent pour chaque compte.',
    },
  },
} as const;
