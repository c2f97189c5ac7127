// The sentences of `hygie password`, in French. The rules' own explanations are in password.fr.ts.

export default {
  cliPassword: {
    title: 'Hygie {{version}} — vérification d’un mot de passe',
    privacy: 'Le mot de passe n’est ni affiché ni enregistré ; seuls les 5 premiers caractères de son empreinte SHA-1 partent vers Pwned Passwords.',
    prompt: 'Mot de passe (rien ne s’affiche, Entrée pour valider) : ',
    verdict: {
      pass: 'conforme',
      fail: 'non conforme',
      'not-checked': 'à confirmer — la recherche dans les fuites n’a pas pu aboutir',
    },
    verdictLine: 'Verdict : {{verdict}}',
    policyLine: {
      line: 'Politique : {{title}}{{cnilCase}} — {{citation}} — {{url}}',
      cnilCase: ' (cas {{case}})',
    },
    strength: 'Solidité : {{score}}/4 — environ {{estimatedBits}} bits estimés ; entropie théorique {{theoreticalBits}} bits',
    rulesHeading: 'Règles de la politique :',
    pwnedFound: 'Fuites (Pwned Passwords) : trouvé {{count}} fois dans des fuites de données — ne l’utilisez plus nulle part.',
    pwnedAbsent: 'Fuites (Pwned Passwords) : absent des fuites connues.',
    pwnedNotChecked: 'Fuites (Pwned Passwords) : pas encore vérifié ({{reason}}) — ce n’est pas un résultat « sans fuite ».',
    reuse: 'Réutilisation : sans objet ici — un seul mot de passe n’a rien avec quoi être comparé. L’application compare ceux d’une même personne.',
    advice: 'Conseil :',
    othersHeading: 'Autres politiques, pour information :',
    otherPolicy: '  {{title}} : {{verdict}}',
    nextFail: 'Que faire : choisissez une phrase de passe (7 mots ou plus, tirés au hasard) propre à ce compte.',
    nextNotChecked: 'Relancez quand Pwned Passwords répond (ou configurez une copie locale) : sans cette recherche, rien n’est sûr.',
    noPracticeData: 'Aucune donnée Hygie dans {{dataDir}} : vérifié sans le nom du cabinet, sa ville ni sa profession (seuls les mots des portails de santé sont essayés).',
    practiceDataUnreadable: 'Les données du cabinet n’ont pas pu être ouvertes ({{message}}) : vérifié sans le nom du cabinet, sa ville ni sa profession.',
    usage: {
      badPolicy: 'Politique inconnue : « {{value}} ». Choisissez --policy cnil, anssi, nist ou hipaa.',
      jsonTakesNoValue: 'Avec hygie password, --json ne prend pas de valeur : le résultat JSON s’écrit sur la sortie standard.',
      extraArgument: 'Argument en trop (il n’est pas répété ici). Le mot de passe se donne sur l’entrée standard, jamais sur la ligne de commande : il resterait dans l’historique.',
      noPassword: 'Aucun mot de passe reçu sur l’entrée standard. Tapez-le, ou envoyez-le sur la première ligne : … | hygie password',
      tooLong: 'Mot de passe trop long : {{max}} caractères au plus.',
      cancelled: 'Interrompu : aucun mot de passe vérifié.',
      unreadable: 'L’entrée standard n’a pas pu être lue.',
    },
  },
} as const;
