// The walkthrough's items as the person reads them, in French: each item's title (the MFA item's
// by service) and, for the items the services catalogue does not describe, its numbered "how". One
// source for the screen (renderer/pages/walkthrough/step-texts.ts, through core/model) and the
// printed sheet (hardening/walkthrough-sheet-pdf.ts): the same words on paper and on screen.

export default {
  walkthroughItems: {
    'password-changed-since-breach': {
      title: 'Changer le mot de passe de la messagerie',
      how: [
        'Ouvrez les paramètres de sécurité de la messagerie.',
        'Choisissez un nouveau mot de passe long (au moins 12 caractères, ou une phrase de plusieurs mots) qui ne sert nulle part ailleurs.',
        'Si ce mot de passe servait aussi sur d’autres sites, changez-le là aussi.',
        'Rangez-le dans un gestionnaire de mots de passe plutôt que sur un papier.',
      ],
    },
    'check-password': {
      title: 'Vérifier le mot de passe',
      how: [
        'Tapez le mot de passe de ce compte dans le champ ci-dessous. Il n’est ni enregistré ni affiché ; seuls les 5 premiers caractères de son empreinte partent vers Pwned Passwords.',
        'Lisez le verdict : la politique du cabinet, les fuites, et « même mot de passe que… » si vous l’utilisez déjà ailleurs.',
        'S’il ne convient pas, changez-le sur le site (« Créer un mot de passe solide » en propose un), puis vérifiez le nouveau.',
      ],
    },
    'enable-mfa': {
      title: 'Activer la double authentification la plus forte',
      titleBy: {
        mailbox: 'Activer la double authentification sur la messagerie',
        amelipro: 'Se connecter à amelipro avec la carte CPS ou l’e-CPS',
        'pro-sante-connect': 'Activer l’e-CPS',
        franceconnect: 'Protéger la connexion FranceConnect',
      },
    },
    recovery: {
      title: 'Vérifier l’adresse et le téléphone de secours',
    },
    forwarding: {
      title: 'Supprimer les transferts et délégations inconnus',
    },
    sessions: {
      title: 'Déconnecter les autres sessions',
    },
    'dedicated-mailbox': {
      title: 'Une messagerie réservée à amelipro',
      how: [
        'Créez une adresse qui ne sert qu’aux portails professionnels (amelipro, Pro Santé Connect), chez un fournisseur qui propose la double authentification.',
        'Activez la double authentification sur cette nouvelle boîte.',
        'Dans amelipro, remplacez l’adresse de contact par cette nouvelle adresse.',
        'N’utilisez pas cette adresse pour les newsletters, les achats ou les échanges avec les patients.',
      ],
    },
    'login-notices': {
      title: 'Lire les avis de connexion amelipro',
      how: [
        'Vérifiez que les e-mails « Connexion à votre compte amelipro » arrivent bien (regardez aussi les indésirables).',
        'Ne les filtrez pas vers un dossier qu’on ne lit jamais.',
        'Devant une connexion que vous n’avez pas faite : changez le mot de passe et prévenez votre caisse d’Assurance Maladie ; un professionnel de santé passe aussi à la carte CPS ou à l’e-CPS.',
      ],
    },
    'device-lock': {
      title: 'Verrouiller le téléphone qui porte l’e-CPS',
      how: [
        'Dans les paramètres du téléphone, activez le verrouillage de l’écran par code (6 chiffres au moins), empreinte ou visage.',
        'Réglez le verrouillage automatique sur une minute ou moins.',
        'Gardez le code de l’application e-CPS pour vous : ne le notez pas à côté du téléphone.',
        'En cas de perte ou de changement de téléphone, désactivez l’e-CPS depuis Pro Santé Connect.',
      ],
    },
    'bank-details-alerts': {
      title: 'Surveiller les changements de coordonnées bancaires',
      how: [
        'Dans votre compte Ameli et sur impots.gouv, vérifiez que le RIB enregistré est bien le vôtre.',
        'Vérifiez que les e-mails de confirmation de changement de coordonnées arrivent dans une boîte que vous lisez.',
        'Devant un changement que vous n’avez pas fait : contactez tout de suite votre caisse ou votre centre des impôts, et votre banque.',
      ],
    },
    phishing: {
      title: 'Reconnaître les faux messages',
      how: [
        'Ne donnez jamais un mot de passe ou un code reçu par SMS, même à quelqu’un qui dit appeler de la part de l’Assurance Maladie, des impôts ou de la banque.',
        'Ne cliquez pas sur un lien de connexion reçu par e-mail ou SMS : tapez vous-même l’adresse du site (ameli.fr, impots.gouv.fr).',
        'Méfiez-vous de l’urgence (« votre compte sera bloqué ») et des remboursements inattendus.',
        'Un doute ? Signalez le message sur cybermalveillance.gouv.fr ou au 33700 (SMS), puis supprimez-le.',
      ],
    },
    'amelipro-delegation': {
      title: 'Votre propre accès délégué à amelipro',
      how: [
        'Le médecin vous ajoute comme délégué dans son espace amelipro.',
        'Vous vous connectez avec votre propre carte CPE et son code, jamais avec la carte ou le code du médecin.',
        'Si vous n’avez pas encore de carte CPE, le cabinet la demande (répondez « Plus tard » avec la date prévue).',
      ],
    },
    'no-shared-credentials': {
      title: 'Jamais les identifiants d’un autre',
      how: [
        'Si vous utilisez encore l’identifiant ou la carte du médecin, dites-le-lui : il demande votre accès délégué.',
        'Le médecin change ensuite son mot de passe amelipro.',
      ],
    },
  },
} as const;
