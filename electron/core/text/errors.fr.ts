// Every failure a user can meet, in French: what happened (message) and what to do next (action).
// model/error-messages.ts pairs these with errors.en.ts; the renderer and the CLI show them as they are.

export default {
  errors: {
    'unknown-call': {
      message: 'Cette action n’existe pas dans cette version d’Hygie.',
      action: 'Mettez Hygie à jour ; si l’erreur persiste, contactez votre prestataire informatique.',
    },
    'invalid-input': {
      message: 'Les informations envoyées sont incomplètes ou mal formées.',
      action: 'Vérifiez les champs indiqués puis réessayez.',
    },
    'forbidden-sender': {
      message: 'Demande refusée : elle ne vient pas de la fenêtre principale d’Hygie.',
      action: 'Fermez les fenêtres inattendues et relancez Hygie.',
    },
    'preferences-unreadable': {
      message: 'Vos paramètres (la langue choisie) n’ont pas pu être lus sur cet ordinateur.',
      action: 'Vérifiez que le dossier d’Hygie est accessible (droits, disque branché), puis relancez Hygie.',
    },
    'preferences-unwritable': {
      message: 'Vos paramètres (la langue choisie) n’ont pas pu être enregistrés sur cet ordinateur.',
      action: 'Vérifiez qu’il reste de la place sur le disque et que le dossier d’Hygie n’est pas en lecture seule, puis réessayez.',
    },
    'keychain-unavailable': {
      message: 'Hygie ne peut pas joindre le trousseau de mots de passe de cet ordinateur. La clé qui chiffre vos données y est rangée : sans lui, Hygie ne démarre pas, et n’écrit jamais cette clé en clair.',
      action: 'Ouvrez votre session normalement et déverrouillez le trousseau (Windows : Gestionnaire d’identification ; macOS : Trousseau d’accès ; Linux : démarrez le trousseau du bureau, par exemple GNOME Keyring), puis cliquez sur Réessayer.',
    },
    'keychain-entry-too-large': {
      message: 'Le Gestionnaire d’identification de Windows a refusé d’enregistrer un secret d’Hygie : il le trouve trop long. Ce secret n’a pas été enregistré.',
      action: 'Réessayez ; si l’erreur revient, mettez Hygie à jour et transmettez le code ci-dessous à votre prestataire informatique. Vos autres données ne sont pas touchées.',
    },
    'database-key-missing': {
      message: 'Les données d’Hygie existent sur cet ordinateur, mais leur clé n’est pas dans le trousseau de cette session. Hygie ne crée pas une seconde base à côté de la première.',
      action: 'Ouvrez la session Windows/macOS/Linux habituelle du cabinet (la clé est liée à elle). Si le trousseau a été effacé, demandez à votre prestataire informatique de le restaurer.',
    },
    'database-unreadable': {
      message: 'La base de données d’Hygie est illisible : fichier abîmé, tronqué, ou chiffré avec une autre clé. Elle n’a pas été modifiée.',
      action: 'Restaurez la dernière sauvegarde automatique proposée ci-dessous (le fichier illisible est conservé à part), ou appelez votre prestataire informatique.',
    },
    'database-too-new': {
      message: 'Ces données ont été enregistrées par une version plus récente d’Hygie. Cette version ne peut pas les ouvrir sans risque de les abîmer ; elles n’ont pas été modifiées.',
      action: 'Installez la dernière version d’Hygie, ou restaurez une sauvegarde faite par cette version.',
    },
    'database-busy': {
      message: 'Les données d’Hygie sont en cours d’utilisation par un autre programme (une autre fenêtre d’Hygie ou la ligne de commande).',
      action: 'Fermez l’autre programme, puis réessayez.',
    },
    'database-unwritable': {
      message: 'Hygie n’a pas pu enregistrer dans sa base de données. Rien n’a été modifié.',
      action: 'Vérifiez qu’il reste de la place sur le disque et que le dossier d’Hygie n’est pas en lecture seule, puis réessayez.',
    },
    'backup-not-found': {
      message: 'Cette sauvegarde n’existe plus dans le dossier des sauvegardes.',
      action: 'Choisissez une autre sauvegarde dans la liste, ou appelez votre prestataire informatique.',
    },
    'backup-before-migration-failed': {
      message: 'Cette version d’Hygie doit mettre à jour le format de vos données, et elle en fait d’abord une sauvegarde. Cette sauvegarde n’a pas pu être faite : la mise à jour n’a pas eu lieu, vos données n’ont pas été modifiées.',
      action: 'Attendez une minute puis cliquez sur Réessayer (un antivirus tient parfois le fichier un instant). Si cela revient, demandez à votre prestataire informatique de vérifier le dossier « backups » d’Hygie (place sur le disque, droits d’écriture, antivirus).',
    },
    'practice-not-configured': {
      message: 'Le cabinet n’est pas encore renseigné.',
      action: 'Renseignez d’abord le cabinet (nom, adresse, référent sécurité).',
    },
    'staff-not-found': {
      message: 'Cette personne n’est plus dans la liste du personnel.',
      action: 'Rechargez la liste du personnel.',
    },
    'email-already-on-roster': {
      message: 'Cette adresse e-mail est déjà celle d’une autre personne de la liste.',
      action: 'Vérifiez l’adresse ; si c’est une messagerie partagée, ne l’attribuez qu’à une seule personne.',
    },
    'import-empty-file': {
      message: 'Le fichier est vide.',
      action: 'Choisissez le bon fichier, ou enregistrez-le à nouveau depuis votre tableur (CSV séparateur point-virgule).',
    },
    'import-no-rows': {
      message: 'Le fichier ne contient que la ligne d’en-têtes : aucune personne à importer.',
      action: 'Ajoutez une ligne par personne sous les en-têtes, puis réessayez.',
    },
    'import-too-large': {
      message: 'Le fichier est trop volumineux pour une liste du personnel (20 Mo au plus).',
      action: 'Vérifiez qu’il s’agit bien de la liste du personnel, exportée en CSV.',
    },
    'import-unreadable': {
      message: 'Ce fichier n’est pas un texte CSV lisible (classeur Excel .xlsx, PDF ou fichier abîmé ?).',
      action: 'Dans votre tableur, choisissez « Enregistrer sous » puis « CSV (séparateur : point-virgule) », et importez ce fichier.',
    },
    'corpus-empty-file': {
      message: 'Ce fichier est vide : il ne contient aucune adresse à importer.',
      action: 'Vérifiez que vous avez choisi le bon fichier (une adresse ou une empreinte par ligne, ou un CSV avec une colonne d’adresses).',
    },
    'corpus-unreadable': {
      message: 'Ce fichier n’est pas un texte lisible (archive .zip ou .gz, classeur Excel, PDF ou fichier abîmé ?).',
      action: 'Décompressez l’archive, ou enregistrez la liste en texte ou en CSV, puis importez ce fichier.',
    },
    'corpus-too-large': {
      message: 'Le fichier est trop volumineux pour être importé en une fois (64 Mo au plus).',
      action: 'Découpez la liste en plusieurs fichiers et importez-les sous des noms différents, ou gardez seulement les adresses de votre domaine.',
    },
    'corpus-no-entries': {
      message: 'Aucune ligne de ce fichier n’est une adresse e-mail ni une empreinte SHA-1 ou SHA-256 : rien n’a été importé.',
      action: 'Vérifiez le fichier : une adresse (ou une empreinte hexadécimale) par ligne, ou un CSV dont une colonne en contient.',
    },
    'corpus-column-ambiguous': {
      message: 'Plusieurs colonnes de ce fichier contiennent des adresses ou des empreintes : Hygie ne devine pas laquelle importer.',
      action: 'Choisissez la colonne à importer, puis relancez l’import.',
    },
    'corpus-column-not-found': {
      message: 'La colonne choisie n’existe pas dans ce fichier.',
      action: 'Choisissez une autre colonne, ou laissez Hygie la trouver.',
    },
    'corpus-name-taken': {
      message: 'Une source de fuite porte déjà ce nom.',
      action: 'Donnez un autre nom à cette liste (par exemple avec sa date), ou supprimez d’abord l’ancienne.',
    },
    'corpus-date-in-future': {
      message: 'La date de la fuite est dans le futur.',
      action: 'Vérifiez la date (jour, mois, année) : celle où la fuite a eu lieu, ou à défaut celle où vous l’avez apprise.',
    },
    'corpus-not-found': {
      message: 'Cette source de fuite n’existe plus : elle a peut-être déjà été supprimée.',
      action: 'Rechargez la page Paramètres pour voir la liste à jour.',
    },
    'corpus-import-interrupted': {
      message: 'L’import d’une liste d’adresses a été interrompu (Hygie fermé ou arrêté) : rien n’en a été gardé.',
      action: 'Importez de nouveau le fichier. Pour des raisons de confidentialité, Hygie n’en garde jamais de copie et ne peut donc pas reprendre l’import.',
    },
    'corpus-import-no-result': {
      message: 'Le résumé de cet import n’est pas disponible : l’import n’est pas terminé, a été annulé, ou Hygie a redémarré depuis.',
      action: 'Les listes de fuite, dans les Réglages, montrent ce qui a été importé (nombre d’adresses, lignes ignorées).',
    },
    'breach-no-source': {
      message: 'Aucune source de fuites n’est configurée : pas de clé Have I Been Pwned, et aucune liste de fuite importée.',
      action: 'Il faut une clé Have I Been Pwned ou une liste de fuites : le tableau de bord explique comment choisir, et votre prestataire informatique les installe dans Réglages › Prestataire informatique.',
    },
    'breach-no-staff': {
      message: 'Personne à vérifier : la liste du personnel n’a aucune adresse e-mail.',
      action: 'Ajoutez les personnes et leurs adresses e-mail dans la page Personnel, puis revenez ici.',
    },
    'breach-alias-unknown': {
      message: 'Cette adresse ne fait pas partie des adresses du domaine trouvées par Have I Been Pwned hors de la liste du personnel.',
      action: 'Relancez « Vérifier tout le personnel » (Fuites de données) puis réessayez depuis la liste affichée.',
    },
    'job-already-running': {
      message: 'Une vérification du même type est déjà en cours.',
      action: 'Attendez qu’elle se termine (sa progression s’affiche sur la page), ou annulez-la avant d’en lancer une autre.',
    },
    'job-not-found': {
      message: 'Cette tâche n’existe pas, ou plus.',
      action: 'Rechargez la page pour voir les tâches en cours.',
    },
    'pwned-mirror-dir-missing': {
      message: 'Ce dossier n’existe pas sur cet ordinateur, ou Hygie ne peut pas le lire.',
      action: 'Vérifiez le chemin complet du dossier (par exemple D:\\pwnedpasswords) et que le disque est branché.',
    },
    'pwned-mirror-dir-empty': {
      message: 'Ce dossier ne contient aucun fichier de la copie locale de Pwned Passwords (des fichiers nommés comme 5BAA6.txt).',
      action: 'Choisissez le dossier où l’outil officiel de téléchargement a écrit les fichiers, ou demandez-le à votre prestataire informatique.',
    },
    'practice-no-email-domain': {
      message: 'Le domaine de messagerie du cabinet n’est pas renseigné : il n’y a rien à vérifier.',
      action: 'Si vos adresses ont leur propre domaine (par exemple cabinet-dupont.fr), indiquez-le dans Paramètres, premier onglet, puis relancez la vérification.',
    },
    'directory-not-configured': {
      message: 'La connexion à l’annuaire n’est pas encore réglée : il manque l’identifiant d’application (client ID).',
      action: 'Demandez à votre prestataire informatique l’identifiant d’application enregistré pour Hygie, saisissez-le dans « Réglages avancés », puis réessayez.',
    },
    'directory-not-connected': {
      message: 'Hygie n’est pas connecté à cet annuaire.',
      action: 'Connectez-vous d’abord à l’annuaire, puis relancez l’import.',
    },
    'directory-session-expired': {
      message: 'L’accès à l’annuaire a expiré ou a été révoqué. Hygie a oublié ce jeton.',
      action: 'Reconnectez-vous (ou collez un nouveau jeton pour Google Workspace), puis relancez l’import.',
    },
    'directory-sign-in-refused': {
      message: 'Le service de connexion a refusé la demande : l’application enregistrée pour Hygie n’est pas réglée comme il faut.',
      action: 'Votre prestataire informatique doit vérifier l’identifiant d’application et le locataire, autoriser les « flux clients publics » (connexion par code) et l’autorisation AuditLog.Read.All avec consentement administrateur.',
    },
    'directory-device-flow-unsupported': {
      message: 'Google n’autorise pas la connexion par code pour lire l’annuaire Google Workspace.',
      action: 'Votre prestataire informatique colle un jeton Google obtenu avec son propre client OAuth (voir l’aide du panneau Google Workspace).',
    },
    'directory-graph-permission': {
      message: 'Microsoft 365 refuse la lecture de l’inscription à la double authentification : l’autorisation AuditLog.Read.All manque, ou le compte connecté n’a ni le rôle Lecteur de rapports, ni Lecteur de sécurité, ni Lecteur général.',
      action: 'Un administrateur général donne le consentement administrateur à AuditLog.Read.All pour l’application Hygie, et attribue au compte utilisé un rôle Lecteur de rapports, Lecteur de sécurité ou Lecteur général. Puis reconnectez-vous.',
    },
    'directory-graph-licence': {
      message: 'Ce relevé Microsoft (inscription des méthodes d’authentification) demande une licence Microsoft Entra ID P1 ou P2, que ce locataire n’a pas.',
      action: 'Sans licence P1/P2, relevez la double authentification de chaque personne avec le parcours guidé ; ou demandez à votre prestataire d’activer une licence Entra ID P1 (incluse dans Microsoft 365 Business Premium).',
    },
    'directory-google-permission': {
      message: 'Google Workspace refuse la lecture des utilisateurs : le jeton n’a pas l’autorisation admin.directory.user.readonly, ou le compte n’est pas administrateur.',
      action: 'Obtenez un jeton avec l’autorisation admin.directory.user.readonly, depuis un compte administrateur autorisé à lire les utilisateurs, avec l’API Admin SDK activée dans le projet Google Cloud.',
    },
    'directory-rate-limited': {
      message: 'L’annuaire demande de ralentir (trop de demandes d’affilée).',
      action: 'Attendez une minute puis réessayez.',
    },
    'directory-unavailable': {
      message: 'Le service d’annuaire est en panne ou surchargé pour le moment.',
      action: 'Réessayez dans quelques minutes. Rien n’a été modifié.',
    },
    'directory-timeout': {
      message: 'L’annuaire n’a pas répondu à temps.',
      action: 'Vérifiez la connexion Internet de l’ordinateur puis réessayez. Rien n’a été modifié.',
    },
    'directory-unreachable': {
      message: 'Hygie n’arrive pas à joindre l’annuaire (réseau, pare-feu ou adresse du service).',
      action: 'Vérifiez la connexion Internet et, dans « Réglages avancés », les adresses des services ; puis réessayez.',
    },
    'directory-unexpected-answer': {
      message: 'L’annuaire a répondu d’une façon qu’Hygie ne comprend pas. Rien n’a été importé.',
      action: 'Vérifiez les adresses des services dans « Réglages avancés » ; si elles sont justes, prévenez votre prestataire informatique (code ci-dessous).',
    },
    'walkthrough-step-unknown': {
      message: 'Cette étape ne fait plus partie du parcours de cette personne (un compte ou un service a changé entre-temps).',
      action: 'Rechargez le parcours : il reprendra à la première étape sans réponse.',
    },
    'walkthrough-mfa-status-needed': {
      message: 'Pour répondre « Fait », indiquez quelle double authentification est maintenant active sur ce compte.',
      action: 'Choisissez la méthode active dans la liste ; si elle n’a pas pu être activée, répondez « Pas possible ».',
    },
    'walkthrough-reason-needed': {
      message: 'Pour répondre « Pas possible », dites pourquoi en quelques mots.',
      action: 'Écrivez la raison (par exemple « le fournisseur ne le propose pas ») ; elle aide la personne qui reprendra ce point.',
    },
    'walkthrough-date-needed': {
      message: 'Pour répondre « Plus tard », choisissez le jour prévu.',
      action: 'Choisissez une date, aujourd’hui ou plus tard ; le point restera en attente jusque-là, sans compter comme un échec.',
    },
    'shared-account-unknown': {
      message: 'Ce compte partagé n’existe plus (la personne qui en répond a peut-être quitté la liste).',
      action: 'Rechargez la page, puis choisissez à nouveau le compte et la personne qui en répond.',
    },
    'shared-owner-has-account': {
      message: 'Cette personne a déjà son propre compte sur ce service : elle ne peut pas répondre aussi de celui-ci.',
      action: 'Choisissez une autre personne, ou retirez le partage de ce compte et laissez chacun utiliser le sien.',
    },
    'shared-mailbox-only-address': {
      message: 'Cette adresse est la seule adresse e-mail de la personne qui en répond aujourd’hui : sans elle, sa fiche n’en aurait plus.',
      action: 'Ajoutez d’abord son adresse personnelle sur la page Personnel, puis changez la personne qui répond de la messagerie partagée.',
    },
    'shared-owner-too-many-addresses': {
      message: 'La personne choisie a déjà dix adresses e-mail, le plus qu’une fiche peut en avoir.',
      action: 'Retirez-lui une adresse qui ne sert plus sur la page Personnel, ou choisissez une autre personne.',
    },
    'walkthrough-provider-unknown': {
      message: 'Ce fournisseur ne fait pas partie de ceux qu’Hygie connaît pour ce service.',
      action: 'Choisissez un fournisseur dans la liste, ou « Autre fournisseur » s’il n’y figure pas.',
    },
    'mfa-account-not-found': {
      message: 'Ce compte n’existe plus : la personne a peut-être quitté la liste ou cessé d’utiliser ce service.',
      action: 'Rechargez la page Double authentification.',
    },
    'password-sitting-ended': {
      message: 'La séance de vérification de cette personne est terminée (inactivité, ou une autre personne a été choisie). Rien n’a été vérifié.',
      action: 'Choisissez de nouveau la personne devant l’ordinateur, puis vérifiez le mot de passe.',
    },
    'password-check-superseded': {
      message: 'La vérification précédente a été abandonnée : le mot de passe a changé pendant qu’elle attendait. Rien n’a été enregistré pour elle.',
      action: 'Rien à faire : la vérification repart d’elle-même quand la frappe s’arrête.',
    },
    'account-not-found': {
      message: 'Ce compte n’existe pas (ou plus) pour cette personne.',
      action: 'Rechargez la page ; ajoutez le compte à la personne sur la page Personnel si besoin.',
    },
    'action-not-found': {
      message: 'Ce point n’est plus dans la liste des actions : une vérification faite entre-temps l’a peut-être réglé, ou la personne a été retirée.',
      action: 'Rechargez la page Actions, puis choisissez le point dans la liste à jour.',
    },
    'action-date-past': {
      message: 'La date choisie pour « plus tard » est déjà passée.',
      action: 'Choisissez aujourd’hui ou un jour à venir.',
    },
    'report-not-found': {
      message: 'Ce rapport n’existe pas (ou plus) dans les données d’Hygie.',
      action: 'Rechargez la page Rapports, puis choisissez un rapport de la liste.',
    },
    'report-file-missing': {
      message: 'Le fichier de ce rapport n’est plus à son emplacement : il a été déplacé ou supprimé.',
      action: 'Cherchez-le là où il a été déplacé, ou générez un nouveau rapport (l’empreinte du nouveau JSON sera différente).',
    },
    'report-file-not-a-report': {
      message: 'Hygie n’ouvre pas ce fichier : à son emplacement se trouve autre chose qu’un fichier de rapport de ce type (autre extension, dossier ou raccourci).',
      action: 'Générez un nouveau rapport ; ouvrez vous-même le fichier depuis son dossier seulement si vous savez ce qu’il contient.',
    },
    'report-open-failed': {
      message: 'Le système n’a pas pu ouvrir ce fichier (aucune application associée à ce type de fichier ?).',
      action: 'Utilisez « Afficher dans le dossier », puis ouvrez le fichier avec le logiciel de votre choix.',
    },
    'report-cancelled': {
      message: 'Vous avez arrêté le rapport avant sa fin : aucun fichier n’a été écrit et aucun rapport n’a été enregistré.',
      action: 'Générez le rapport de nouveau quand vous le souhaitez.',
    },
    'report-interrupted': {
      message: 'Le rapport a été interrompu avant sa fin (Hygie se fermait ou son coffre a été fermé). Aucun fichier n’a encore été enregistré.',
      action: 'Il sera repris à la prochaine ouverture d’Hygie et apparaîtra dans la liste des rapports.',
    },
    'report-write-failed': {
      message: 'Les fichiers du rapport n’ont pas pu être écrits dans le dossier des données d’Hygie (droits, disque plein ?). Aucun rapport n’a été enregistré.',
      action: 'Libérez de la place sur le disque ou vérifiez les droits du dossier, puis générez le rapport de nouveau.',
    },
    'report-process-failed': {
      message: 'Le rapport n’a pas pu être fabriqué : le programme qui le met en page s’est arrêté avant la fin (mémoire de l’ordinateur insuffisante ?). Aucun fichier n’a été écrit et aucun rapport n’a été enregistré.',
      action: 'Fermez les programmes dont vous n’avez pas besoin, puis générez le rapport de nouveau. Si cela recommence, transmettez le code ci-dessous à votre prestataire informatique.',
    },
    'desktop-unavailable': {
      message: 'Ouvrir un fichier ou son dossier n’est possible que dans l’application Hygie.',
      action: 'Ouvrez le fichier depuis le dossier indiqué, avec le logiciel de votre choix.',
    },
    'clipboard-unavailable': {
      message: 'Hygie n’a pas pu copier ce texte dans le presse-papiers.',
      action: 'Le texte est sélectionné : copiez-le avec Ctrl+C (⌘C sur Mac), puis collez-le où il faut.',
    },
    'file-dialog-unavailable': {
      message: 'Choisir un fichier n’est possible que dans l’application Hygie.',
      action: 'Ouvrez l’application Hygie sur cet ordinateur ; en ligne de commande, donnez le chemin du fichier.',
    },
    'recovery-kit-not-pdf': {
      message: 'Le kit de récupération s’enregistre en PDF, et ce nom de fichier ne finit pas par .pdf.',
      action: 'Enregistrez-le de nouveau sous un nom qui finit par .pdf.',
    },
    'recovery-kit-in-data-folder': {
      message: 'Le kit de récupération ne peut pas être rangé dans le dossier des données d’Hygie : qui prendrait le dossier aurait la clé avec.',
      action: 'Choisissez un autre endroit, par exemple le dossier Documents ou une clé USB, puis imprimez le kit.',
    },
    'walkthrough-sheet-write-failed': {
      message: 'La fiche n’a pas pu être enregistrée à cet endroit (droits, disque plein, clé USB retirée, fichier ouvert dans un autre programme ?). Aucun fichier n’a été laissé.',
      action: 'Choisissez un autre endroit, ou fermez le fichier s’il est ouvert, et réessayez.',
    },
    'walkthrough-sheet-not-pdf': {
      message: 'La fiche s’enregistre en PDF : le nom choisi ne finit pas par .pdf.',
      action: 'Gardez l’extension .pdf dans le nom du fichier et réessayez.',
    },
    'walkthrough-sheet-not-saved': {
      message: 'Aucune fiche n’a encore été enregistrée dans cette session.',
      action: 'Cliquez d’abord sur « Imprimer la fiche ».',
    },
    'walkthrough-sheet-open-failed': {
      message: 'La fiche est enregistrée, mais le système n’a pas pu l’ouvrir (aucun lecteur de PDF installé ?).',
      action: 'Ouvrez-la depuis le dossier où vous l’avez enregistrée, avec un lecteur PDF.',
    },
    'recovery-kit-write-failed': {
      message: 'Le kit de récupération n’a pas pu être enregistré à cet endroit (droits, disque plein, clé USB retirée ?). Aucun fichier n’a été laissé.',
      action: 'Choisissez un autre endroit et réessayez.',
    },
    'recovery-kit-not-saved': {
      message: 'Aucun kit de récupération n’a été enregistré depuis l’ouverture d’Hygie.',
      action: 'Enregistrez d’abord le kit, puis ouvrez-le pour l’imprimer.',
    },
    'recovery-kit-open-failed': {
      message: 'Le système n’a pas pu ouvrir le kit de récupération (aucun lecteur de PDF installé ?).',
      action: 'Ouvrez le fichier depuis l’endroit où vous l’avez enregistré, avec un lecteur de PDF, puis imprimez-le.',
    },
    'recovery-backup-not-chosen': {
      message: 'Aucun fichier de sauvegarde n’a été choisi.',
      action: 'Choisissez d’abord le fichier de sauvegarde, puis tapez les 24 mots.',
    },
    'recovery-backup-unreadable': {
      message: 'Le fichier choisi ne peut pas être lu : il a été déplacé, il est vide, ou ce n’est pas un fichier ordinaire.',
      action: 'Vérifiez que la clé USB ou le disque est branché, puis choisissez de nouveau le fichier de sauvegarde (hygie-….db).',
    },
    'recovery-backup-not-hygie': {
      message: 'Ce fichier n’est pas une sauvegarde d’Hygie. Rien n’a été modifié.',
      action: 'Choisissez un fichier du dossier « backups » d’Hygie (son nom commence par hygie- et finit par .db).',
    },
    'recovery-backup-damaged': {
      message: 'Les mots ouvrent bien cette sauvegarde, mais elle est abîmée. Rien n’a été modifié.',
      action: 'Choisissez une sauvegarde plus ancienne du même dossier « backups », puis réessayez avec les mêmes mots.',
    },
    'recovery-words-unknown-word': {
      message: 'Un des mots tapés n’est pas un mot du kit de récupération. Rien n’a été modifié.',
      action: 'Comparez ce mot avec la feuille du kit (les accents et les majuscules ne comptent pas), corrigez-le, puis réessayez.',
    },
    'recovery-words-count': {
      message: 'Le kit de récupération compte 24 mots, et ce n’est pas le nombre de mots tapés. Rien n’a été modifié.',
      action: 'Tapez les 24 mots de la feuille, dans l’ordre, séparés par des espaces.',
    },
    'recovery-words-checksum': {
      message: 'Les 24 mots sont bien des mots du kit, mais ils ne vont pas ensemble : l’un d’eux est faux, ou deux sont inversés. Rien n’a été modifié.',
      action: 'Relisez les mots un par un avec la feuille, dans l’ordre des numéros, puis réessayez.',
    },
    'recovery-words-wrong-backup': {
      message: 'Ces mots n’ouvrent pas cette sauvegarde : elle vient d’une autre installation d’Hygie, qui a son propre kit, ou ce n’est pas une sauvegarde d’Hygie. Rien n’a été modifié.',
      action: 'Vérifiez que la feuille et la sauvegarde viennent du même cabinet et du même ordinateur (la feuille porte leur nom), ou appelez votre prestataire informatique.',
    },
    'recovery-data-present': {
      message: 'Cet ordinateur contient déjà les données d’un cabinet : Hygie ne les remplace pas par une sauvegarde. Rien n’a été modifié.',
      action: 'Si ces données doivent vraiment être remplacées, demandez à votre prestataire informatique de les mettre de côté d’abord.',
    },
    'recovery-local-backups-other-key': {
      message: 'Les sauvegardes de cet ordinateur ont une autre clé que ce kit : restaurer avec ce kit les rendrait illisibles. Rien n’a été modifié.',
      action: 'Restaurez plutôt une des sauvegardes automatiques proposées sur cet écran, ou appelez votre prestataire informatique.',
    },
    internal: {
      message: 'Une erreur inattendue s’est produite. Rien n’a été perdu.',
      action: 'Réessayez ; si l’erreur revient, redémarrez Hygie et prévenez votre prestataire informatique.',
    },
  },
} as const;
