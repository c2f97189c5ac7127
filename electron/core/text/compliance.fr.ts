// The report's first page and its mapping to the texts a French practice answers to, in French:
// the score's band in words, the three sentences, the scope in three lists, each requirement of
// the ANS identification framework, the ANS mémento, CNIL 2022-100, GDPR articles 32 and 33 and
// NIS2, with the evidence sentence for each status. Sources: docs/references.md, "Report: French
// health texts".

export default {
  compliance: {
    band: { good: 'bon niveau', warning: 'à améliorer', danger: 'insuffisant' },
    overview: {
      score: 'Le cabinet obtient {{score}} sur 100 ({{band}}).',
      noScore: 'Aucune personne n’est inscrite : il n’y a pas encore de score.',
      trendUp: 'En hausse de {{delta}} depuis le {{since}} ({{previous}}).',
      trendDown: 'En baisse de {{delta}} depuis le {{since}} ({{previous}}).',
      trendSame: 'Stable depuis le {{since}}.',
      trendNone: 'Premier score enregistré : l’évolution apparaîtra au prochain rapport.',
      points: { one: '{{count}} point', other: '{{count}} points' },
      urgent: {
        one: 'Un problème grave reste à régler{{overdue}} ; il figure ci-dessous avec qui s’en charge et pour quand.',
        other: '{{count}} problèmes graves restent à régler{{overdue}} ; les plus urgents figurent ci-dessous.',
      },
      overdue: { one: ', dont {{count}} en retard', other: ', dont {{count}} en retard' },
      noUrgent: {
        one: 'Aucun problème grave n’est ouvert ; {{count}} point de moindre gravité reste à traiter.',
        other: 'Aucun problème grave n’est ouvert ; {{count}} points de moindre gravité restent à traiter.',
      },
      nothingOpen: 'Aucun problème n’est ouvert.',
      notChecked: {
        one: '{{count}} point n’a pas pu être vérifié : il n’est pas compté comme sûr.',
        other: '{{count}} points n’ont pas pu être vérifiés : ils ne sont pas comptés comme sûrs.',
      },
      allChecked: 'Tout ce qu’Hygie peut vérifier l’a été.',
    },
    scope: {
      verified: {
        breaches: 'Présence des adresses e-mail du personnel dans les fuites de données connues (Have I Been Pwned ou listes importées)',
        passwords: 'Solidité des mots de passe, testés sur l’ordinateur du cabinet avec chaque personne (jamais enregistrés) et leur présence dans les fuites connues',
        domain: 'Protection du domaine e-mail du cabinet contre l’usurpation (SPF, DMARC)',
        mfaDetected: 'Double authentification lue dans l’annuaire Microsoft 365 ou Google Workspace, quand il a été importé',
      },
      declared: {
        staff: 'La liste du personnel et des comptes utilisés par chacun',
        mfa: 'La double authentification de chaque compte, telle que déclarée dans le parcours guidé',
        walkthrough: 'Les réponses au parcours guidé (mots de passe changés, réglages faits)',
        statuses: 'Ce que le cabinet a dit des constats (fait, reporté, risque accepté)',
      },
      outOfScope: {
        backups: 'Sauvegardes et leur restauration',
        updates: 'Mises à jour des ordinateurs et des logiciels, antivirus',
        premises: 'Locaux, accès physique et matériel',
        workstations: 'Verrouillage des ordinateurs, cartes CPS laissées dans les lecteurs',
        software: 'Sécurité du logiciel métier et des prestataires',
        records: 'Dossiers papier, conservation et restitution des données',
        auditOnly: 'Double authentification, mots de passe et parcours guidé : cet audit en ligne de commande ne vérifie que les fuites',
      },
    },
    status: {
      compliant: 'Conforme',
      todo: 'À faire',
      'not-checked': 'Pas encore vérifié',
      'out-of-scope': 'Hors champ',
      'not-applicable': 'Non applicable',
    },
    requirement: {
      'ans-identification-2026':
        'Depuis le 1er janvier 2026, un identifiant et un mot de passe seuls ne suffisent plus pour accéder aux services numériques en santé : carte CPS, e-CPS ou moyen homologué.',
      'memento-premises': 'Maîtriser l’accès physique au lieu d’exercice.',
      'memento-equipment': 'Maîtriser la sécurité physique des équipements informatiques.',
      'memento-workstation': 'Protéger l’ordinateur et l’accès aux applications (session verrouillée).',
      'memento-cards': 'Respecter les règles d’usage des cartes CPx et de l’e-CPS.',
      'memento-passwords': 'Utiliser des mots de passe robustes.',
      'memento-password-manager': 'Utiliser un gestionnaire de mots de passe.',
      'memento-updates': 'Mettre à jour le système et les logiciels.',
      'memento-messaging': 'Utiliser une messagerie sécurisée de santé (MSSanté).',
      'memento-gdpr': 'Respecter les principes du RGPD.',
      'memento-records': 'Répondre aux obligations de conservation et de restitution des données.',
      'cnil-passwords': 'Mots de passe conformes à la recommandation de la CNIL (délibération n° 2022-100).',
      'gdpr-security': 'RGPD, article 32 : des mesures de sécurité adaptées au risque, dont l’efficacité est vérifiée régulièrement.',
      'gdpr-breach-notification':
        'RGPD, article 33 : notifier une violation de données à la CNIL dans les 72 heures, et documenter en interne chaque violation, notifiée ou non.',
      nis2: 'Directive NIS 2 : ne s’applique pas à un cabinet de moins de 50 personnes et de moins de 10 millions d’euros de chiffre d’affaires.',
    },
    evidence: {
      identificationAll: {
        one: 'Le compte amelipro, Pro Santé Connect ou MSSanté enregistré est protégé par carte CPS, e-CPS, clé ou application.',
        other: 'Les {{count}} comptes amelipro, Pro Santé Connect ou MSSanté enregistrés sont protégés par carte CPS, e-CPS, clé ou application.',
      },
      identificationWeak: {
        one: '{{count}} compte amelipro, Pro Santé Connect ou MSSanté s’ouvre sans second facteur, ou avec un SMS ou un code par e-mail.',
        other: '{{count}} comptes amelipro, Pro Santé Connect ou MSSanté s’ouvrent sans second facteur, ou avec un SMS ou un code par e-mail.',
      },
      identificationUnknown: {
        one: '{{count}} compte amelipro, Pro Santé Connect ou MSSanté sans réponse sur sa double authentification.',
        other: '{{count}} comptes amelipro, Pro Santé Connect ou MSSanté sans réponse sur leur double authentification.',
      },
      identificationNone: 'Aucun compte amelipro, Pro Santé Connect ou MSSanté n’est enregistré.',
      cardsDeclared: {
        one: '{{count}} compte s’ouvre par carte CPS, e-CPS ou clé de sécurité ; les règles d’usage des cartes (code gardé secret, carte retirée du lecteur) sont déclaratives.',
        other: '{{count}} comptes s’ouvrent par carte CPS, e-CPS ou clé de sécurité ; les règles d’usage des cartes (code gardé secret, carte retirée du lecteur) sont déclaratives.',
      },
      cardsNone: 'Aucun compte ne s’ouvre par carte CPS ou e-CPS selon ce qui a été déclaré.',
      passwordsAll: {
        one: 'Le mot de passe vérifié respecte la politique « {{policy}} ».',
        other: 'Les {{count}} mots de passe vérifiés respectent la politique « {{policy}} ».',
      },
      passwordsBad: {
        one: '{{count}} mot de passe ne respecte pas la politique « {{policy}} », figure dans une fuite ou sert ailleurs.',
        other: '{{count}} mots de passe ne respectent pas la politique « {{policy}} », figurent dans une fuite ou servent ailleurs.',
      },
      passwordsUnchecked: {
        one: '{{count}} mot de passe n’a pas encore été vérifié.',
        other: '{{count}} mots de passe n’ont pas encore été vérifiés.',
      },
      passwordsNone: 'Aucun compte n’est enregistré.',
      messagingUsed: {
        one: '{{count}} compte MSSanté est déclaré.',
        other: '{{count}} comptes MSSanté sont déclarés.',
      },
      messagingNone: 'Aucun compte MSSanté n’est déclaré : Hygie ne peut pas dire si le cabinet en utilise un.',
      outOfScope: 'Hygie ne le vérifie pas : à voir avec le prestataire informatique ou lors d’un audit sur place.',
      passwordManager: 'Hygie recommande un gestionnaire dans le parcours guidé, mais ne vérifie pas qu’il est utilisé.',
      gdprThisReport: 'Ce rapport est une des vérifications régulières ; la liste des traitements du cabinet n’est pas vue par Hygie.',
      securityOpen: {
        one: '{{count}} problème grave (critique ou élevé) reste ouvert.',
        other: '{{count}} problèmes graves (critiques ou élevés) restent ouverts.',
      },
      securityUnknown: {
        one: 'Aucun problème grave ouvert, mais {{count}} point n’a pas pu être vérifié.',
        other: 'Aucun problème grave ouvert, mais {{count}} points n’ont pas pu être vérifiés.',
      },
      securityOk: 'Aucun problème grave ouvert et tout a été vérifié ; le rapport est à refaire à la date de prochaine revue.',
      breachRegister: 'Hygie ne documente pas les violations du cabinet. Une messagerie trouvée dans une fuite d’un site tiers n’est pas en soi une violation des données du cabinet ; une messagerie piratée l’est probablement.',
      nis2: 'Seuils de la directive : 50 personnes ou 10 millions d’euros de chiffre d’affaires ou de rapport.',
    },
    breach: {
      summary: 'Fuite du site {{site}}{{date}} : {{classes}}.',
      summaryNoClasses: 'Fuite du site {{site}}{{date}}.',
      date: ' ({{date}})',
      unknownClass: '{{name}} (terme de Have I Been Pwned)',
      separator: ', ',
    },
  },
} as const;
