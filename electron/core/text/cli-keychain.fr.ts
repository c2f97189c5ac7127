// When the system keychain refuses the command line for a reason Hygie recognises (see
// store/keytar-secret-store.ts), the sentence that says why and what to do, after the command's own
// "cannot reach the keychain", in French. The IT provider meets these: over SSH, in a scheduled task.

export default {
  cliKeychain: {
    'windows-network-logon': 'Cause : Windows refuse le Gestionnaire d’identification à cette session (erreur 1312, ERROR_NO_SUCH_LOGON_SESSION). Une ouverture de session « réseau » — une connexion SSH, une tâche planifiée réglée sur « Ne pas enregistrer le mot de passe » — n’a pas accès aux identifiants enregistrés. Lancez la commande dans une session ouverte sur l’ordinateur ou par le Bureau à distance, ou dans une tâche planifiée du compte Windows qui utilise Hygie, réglée sur « Exécuter même si l’utilisateur n’est pas connecté » avec le mot de passe enregistré. Pour hygie audit seul, HIBP_API_KEY et HYGIE_DATA_DIR vers un dossier vide permettent de se passer du trousseau (sans les listes de fuite).',
    'macos-no-user-interaction': 'Cause : macOS n’a pas pu afficher sa demande d’autorisation (errSecInteractionNotAllowed, -25308). Les clés ont été créées par Hygie.app ; macOS demande avant de les laisser lire à un autre programme (ici node), et ne peut pas demander par SSH ni sans écran. Lancez la commande dans le Terminal de la session ouverte sur le Mac et répondez « Autoriser » (ou « Toujours autoriser », qui laisse tout script lancé par ce node lire les clés d’Hygie, y compris par SSH une fois le trousseau déverrouillé par security unlock-keychain). Pour hygie audit seul, HIBP_API_KEY et HYGIE_DATA_DIR vers un dossier vide permettent de se passer du trousseau (sans les listes de fuite).',
    'macos-denied': 'Cause : la demande d’autorisation du trousseau a reçu « Refuser » (ou a été fermée) : macOS n’a pas laissé node lire les clés d’Hygie. Relancez la commande et choisissez « Autoriser ».',
  },
} as const;
