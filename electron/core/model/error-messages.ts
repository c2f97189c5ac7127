// Every failure a user can meet: a code, a sentence in French and English, and what to do next.
// The renderer and the CLI show these texts as they are; core stays language-agnostic.
export interface LocalisedText {
  fr: string;
  en: string;
}

export interface ErrorText {
  message: LocalisedText;
  action: LocalisedText;
}

export const ERROR_MESSAGES = {
  'unknown-call': {
    message: {
      fr: "Cette action n'existe pas dans cette version de Hygie.",
      en: 'This action does not exist in this version of Hygie.',
    },
    action: {
      fr: "Mettez Hygie à jour ; si l'erreur persiste, contactez votre prestataire informatique.",
      en: 'Update Hygie; if the error persists, contact your IT provider.',
    },
  },
  'invalid-input': {
    message: {
      fr: 'Les informations envoyées sont incomplètes ou mal formées.',
      en: 'The information sent is incomplete or malformed.',
    },
    action: {
      fr: 'Vérifiez les champs indiqués puis réessayez.',
      en: 'Check the fields shown and try again.',
    },
  },
  'forbidden-sender': {
    message: {
      fr: "Demande refusée : elle ne vient pas de la fenêtre principale de Hygie.",
      en: "Request refused: it does not come from Hygie's main window.",
    },
    action: {
      fr: 'Fermez les fenêtres inattendues et relancez Hygie.',
      en: 'Close any unexpected window and restart Hygie.',
    },
  },
  'preferences-unreadable': {
    message: {
      fr: "Vos préférences n'ont pas pu être lues sur ce poste.",
      en: 'Your preferences could not be read on this computer.',
    },
    action: {
      fr: "Vérifiez que le dossier de Hygie est accessible (droits, disque branché), puis relancez Hygie.",
      en: "Check that Hygie's folder is reachable (permissions, disk plugged in), then restart Hygie.",
    },
  },
  'preferences-unwritable': {
    message: {
      fr: "Vos préférences n'ont pas pu être enregistrées sur ce poste.",
      en: 'Your preferences could not be saved on this computer.',
    },
    action: {
      fr: "Vérifiez qu'il reste de la place sur le disque et que le dossier de Hygie n'est pas en lecture seule, puis réessayez.",
      en: "Check that the disk has free space and that Hygie's folder is not read-only, then try again.",
    },
  },
  'keychain-unavailable': {
    message: {
      fr: "Hygie ne peut pas joindre le trousseau de mots de passe de ce poste. La clé qui chiffre vos données y est rangée : sans lui, Hygie ne démarre pas, et n'écrit jamais cette clé en clair.",
      en: "Hygie cannot reach this computer's password keychain. The key that encrypts your data is kept there: without it Hygie does not start, and it never writes that key in clear.",
    },
    action: {
      fr: "Ouvrez votre session normalement et déverrouillez le trousseau (Windows : Gestionnaire d'identification ; macOS : Trousseau d'accès ; Linux : démarrez le trousseau du bureau, par exemple GNOME Keyring), puis cliquez sur Réessayer.",
      en: "Log in normally and unlock the keychain (Windows: Credential Manager; macOS: Keychain Access; Linux: start your desktop's keyring, e.g. GNOME Keyring), then click Retry.",
    },
  },
  'keychain-entry-too-large': {
    message: {
      fr: "Le Gestionnaire d’identification de Windows a refusé d’enregistrer un secret de Hygie : il le trouve trop long (erreur Windows 1783, « The stub received bad data »). Ce secret n’a pas été enregistré.",
      en: 'Windows Credential Manager refused to save one of Hygie’s secrets: it finds it too long (Windows error 1783, "The stub received bad data"). That secret was not saved.',
    },
    action: {
      fr: "Réessayez ; si l’erreur revient, mettez Hygie à jour et transmettez le code ci-dessous à votre prestataire informatique. Vos autres données ne sont pas touchées.",
      en: 'Try again; if the error comes back, update Hygie and give the code below to your IT provider. Your other data is not affected.',
    },
  },
  'database-key-missing': {
    message: {
      fr: "Les données de Hygie existent sur ce poste, mais leur clé n'est pas dans le trousseau de cette session. Hygie ne crée pas une seconde base à côté de la première.",
      en: "Hygie's data exists on this computer, but its key is not in this session's keychain. Hygie does not create a second database beside the first.",
    },
    action: {
      fr: "Ouvrez la session Windows/macOS/Linux habituelle du cabinet (la clé est liée à elle). Si le trousseau a été effacé, demandez à votre prestataire informatique de le restaurer.",
      en: "Log in with the practice's usual Windows/macOS/Linux account (the key belongs to it). If the keychain was wiped, ask your IT provider to restore it.",
    },
  },
  'database-unreadable': {
    message: {
      fr: "La base de données de Hygie est illisible : fichier abîmé, tronqué, ou chiffré avec une autre clé. Elle n'a pas été modifiée.",
      en: "Hygie's database cannot be read: the file is damaged, truncated, or encrypted with another key. It has not been changed.",
    },
    action: {
      fr: "Restaurez la dernière sauvegarde automatique proposée ci-dessous (le fichier illisible est conservé à part), ou appelez votre prestataire informatique.",
      en: 'Restore the latest automatic backup offered below (the unreadable file is kept aside), or call your IT provider.',
    },
  },
  'database-too-new': {
    message: {
      fr: "Ces données ont été enregistrées par une version plus récente de Hygie. Cette version ne peut pas les ouvrir sans risque de les abîmer ; elles n'ont pas été modifiées.",
      en: 'This data was saved by a newer version of Hygie. This version cannot open it without risk of damaging it; it has not been changed.',
    },
    action: {
      fr: 'Installez la dernière version de Hygie, ou restaurez une sauvegarde faite par cette version.',
      en: 'Install the latest version of Hygie, or restore a backup made by this version.',
    },
  },
  'database-busy': {
    message: {
      fr: 'Les données de Hygie sont en cours d’utilisation par un autre programme (une autre fenêtre de Hygie ou la ligne de commande).',
      en: "Hygie's data is in use by another program (another Hygie window or the command line).",
    },
    action: {
      fr: "Fermez l'autre programme, puis réessayez.",
      en: 'Close the other program, then try again.',
    },
  },
  'database-unwritable': {
    message: {
      fr: "Hygie n'a pas pu enregistrer dans sa base de données. Rien n'a été modifié.",
      en: 'Hygie could not save to its database. Nothing was changed.',
    },
    action: {
      fr: "Vérifiez qu'il reste de la place sur le disque et que le dossier de Hygie n'est pas en lecture seule, puis réessayez.",
      en: "Check that the disk has free space and that Hygie's folder is not read-only, then try again.",
    },
  },
  'backup-not-found': {
    message: {
      fr: "Cette sauvegarde n'existe plus dans le dossier des sauvegardes.",
      en: 'This backup is no longer in the backups folder.',
    },
    action: {
      fr: 'Choisissez une autre sauvegarde dans la liste, ou appelez votre prestataire informatique.',
      en: 'Choose another backup from the list, or call your IT provider.',
    },
  },
  'backup-before-migration-failed': {
    message: {
      fr: 'Cette version de Hygie doit mettre à jour le format de vos données, et elle en fait d’abord une copie de sécurité. Cette copie n’a pas pu être faite : la mise à jour n’a pas eu lieu, vos données n’ont pas été modifiées.',
      en: 'This version of Hygie must update the format of your data, and it first makes a safety copy of it. That copy could not be made: the update did not happen and your data has not been changed.',
    },
    action: {
      fr: 'Attendez une minute puis cliquez sur Réessayer (un antivirus tient parfois le fichier un instant). Si cela revient, demandez à votre prestataire informatique de vérifier le dossier « backups » de Hygie (place sur le disque, droits d’écriture, antivirus).',
      en: "Wait a minute, then click Retry (an antivirus sometimes holds the file for a moment). If it comes back, ask your IT provider to check Hygie's \"backups\" folder (disk space, write permission, antivirus).",
    },
  },
  'practice-not-configured': {
    message: {
      fr: "Le cabinet n'est pas encore renseigné.",
      en: 'The practice has not been set up yet.',
    },
    action: {
      fr: "Renseignez d'abord le cabinet (nom, adresse, référent sécurité).",
      en: 'First fill in the practice (name, address, security referent).',
    },
  },
  'staff-not-found': {
    message: {
      fr: "Cette personne n'est plus dans la liste du personnel.",
      en: 'This person is no longer on the staff list.',
    },
    action: {
      fr: 'Rechargez la liste du personnel.',
      en: 'Reload the staff list.',
    },
  },
  'email-already-on-roster': {
    message: {
      fr: 'Cette adresse e-mail est déjà celle d’une autre personne de la liste.',
      en: 'This e-mail address already belongs to another person on the list.',
    },
    action: {
      fr: "Vérifiez l'adresse ; si c'est une boîte partagée, ne l'attribuez qu'à une seule personne.",
      en: 'Check the address; if it is a shared mailbox, give it to one person only.',
    },
  },
  'import-empty-file': {
    message: {
      fr: 'Le fichier est vide.',
      en: 'The file is empty.',
    },
    action: {
      fr: 'Choisissez le bon fichier, ou enregistrez-le à nouveau depuis votre tableur (CSV séparateur point-virgule).',
      en: 'Choose the right file, or save it again from your spreadsheet (CSV).',
    },
  },
  'import-no-rows': {
    message: {
      fr: "Le fichier ne contient que la ligne d'en-têtes : aucune personne à importer.",
      en: 'The file holds only the header line: nobody to import.',
    },
    action: {
      fr: 'Ajoutez une ligne par personne sous les en-têtes, puis réessayez.',
      en: 'Add one line per person under the headers, then try again.',
    },
  },
  'import-too-large': {
    message: {
      fr: 'Le fichier est trop volumineux pour une liste du personnel (20 Mo au plus).',
      en: 'The file is too large for a staff list (20 MB at most).',
    },
    action: {
      fr: "Vérifiez qu'il s'agit bien de la liste du personnel, exportée en CSV.",
      en: 'Check that this is the staff list, exported as CSV.',
    },
  },
  'import-unreadable': {
    message: {
      fr: "Ce fichier n'est pas un texte CSV lisible (classeur Excel .xlsx, PDF ou fichier abîmé ?).",
      en: 'This file is not readable CSV text (an Excel .xlsx workbook, a PDF, or a damaged file?).',
    },
    action: {
      fr: 'Dans votre tableur, choisissez « Enregistrer sous » puis « CSV (séparateur : point-virgule) », et importez ce fichier.',
      en: 'In your spreadsheet, choose "Save as" then "CSV", and import that file.',
    },
  },
  'corpus-empty-file': {
    message: {
      fr: "Ce fichier est vide : il ne contient aucune adresse à importer.",
      en: 'This file is empty: it holds no address to import.',
    },
    action: {
      fr: "Vérifiez que vous avez choisi le bon fichier (une adresse ou une empreinte par ligne, ou un CSV avec une colonne d'adresses).",
      en: 'Check that you chose the right file (one address or hash per line, or a CSV with a column of addresses).',
    },
  },
  'corpus-unreadable': {
    message: {
      fr: "Ce fichier n'est pas un texte lisible (archive .zip ou .gz, classeur Excel, PDF ou fichier abîmé ?).",
      en: 'This file is not readable text (a .zip or .gz archive, an Excel workbook, a PDF, or a damaged file?).',
    },
    action: {
      fr: "Décompressez l'archive, ou enregistrez la liste en texte ou en CSV, puis importez ce fichier.",
      en: 'Unpack the archive, or save the list as text or CSV, then import that file.',
    },
  },
  'corpus-too-large': {
    message: {
      fr: 'Le fichier est trop volumineux pour être importé en une fois (64 Mo au plus).',
      en: 'The file is too large to import at once (64 MB at most).',
    },
    action: {
      fr: "Découpez la liste en plusieurs fichiers et importez-les sous des noms différents, ou gardez seulement les adresses de votre domaine.",
      en: "Split the list into several files and import them under different names, or keep only your own domain's addresses.",
    },
  },
  'corpus-no-entries': {
    message: {
      fr: "Aucune ligne de ce fichier n'est une adresse e-mail ni une empreinte SHA-1 ou SHA-256 : rien n'a été importé.",
      en: 'No line of this file is an e-mail address, a SHA-1 or a SHA-256 hash: nothing was imported.',
    },
    action: {
      fr: "Vérifiez le fichier : une adresse (ou une empreinte hexadécimale) par ligne, ou un CSV dont une colonne en contient.",
      en: 'Check the file: one address (or hexadecimal hash) per line, or a CSV with a column holding them.',
    },
  },
  'corpus-column-ambiguous': {
    message: {
      fr: "Plusieurs colonnes de ce fichier contiennent des adresses ou des empreintes : Hygie ne devine pas laquelle importer.",
      en: 'Several columns of this file hold addresses or hashes: Hygie does not guess which one to import.',
    },
    action: {
      fr: 'Choisissez la colonne à importer, puis relancez l’import.',
      en: 'Choose the column to import, then import again.',
    },
  },
  'corpus-column-not-found': {
    message: {
      fr: "La colonne choisie n'existe pas dans ce fichier.",
      en: 'The chosen column does not exist in this file.',
    },
    action: {
      fr: "Choisissez une autre colonne, ou laissez Hygie la trouver.",
      en: 'Choose another column, or let Hygie find it.',
    },
  },
  'corpus-name-taken': {
    message: {
      fr: 'Une source de fuite porte déjà ce nom.',
      en: 'A breach source already has this name.',
    },
    action: {
      fr: 'Donnez un autre nom à cette liste (par exemple avec sa date), ou supprimez d’abord l’ancienne.',
      en: 'Give this list another name (for example with its date), or remove the old one first.',
    },
  },
  'corpus-date-in-future': {
    message: {
      fr: 'La date de la fuite est dans le futur.',
      en: 'The breach date is in the future.',
    },
    action: {
      fr: 'Vérifiez la date (jour, mois, année) : celle où la fuite a eu lieu, ou à défaut celle où vous l’avez apprise.',
      en: 'Check the date (day, month, year): when the breach happened, or else when you learnt of it.',
    },
  },
  'corpus-not-found': {
    message: {
      fr: "Cette source de fuite n'existe plus : elle a peut-être déjà été supprimée.",
      en: 'This breach source no longer exists: it may already have been removed.',
    },
    action: {
      fr: 'Rechargez la page des réglages pour voir la liste à jour.',
      en: 'Reload the Settings page to see the current list.',
    },
  },
  'corpus-import-interrupted': {
    message: {
      fr: "L'import d'une liste d'adresses a été interrompu (Hygie fermé ou arrêté) : rien n'en a été gardé.",
      en: 'The import of a list of addresses was interrupted (Hygie closed or stopped): nothing of it was kept.',
    },
    action: {
      fr: "Importez de nouveau le fichier. Pour des raisons de confidentialité, Hygie n'en garde jamais de copie et ne peut donc pas reprendre l'import.",
      en: 'Import the file again. For confidentiality Hygie never keeps a copy of it, so it cannot resume the import.',
    },
  },
  'corpus-import-no-result': {
    message: {
      fr: "Le résumé de cet import n'est pas disponible : l'import n'est pas terminé, a été annulé, ou Hygie a redémarré depuis.",
      en: 'The summary of this import is not available: the import has not finished, was cancelled, or Hygie has restarted since.',
    },
    action: {
      fr: 'La liste des sources de fuites locales montre ce qui a été importé (nombre d’adresses, lignes ignorées).',
      en: 'The list of local breach sources shows what was imported (number of addresses, lines skipped).',
    },
  },
  'breach-no-source': {
    message: {
      fr: "Aucune source de fuites n'est configurée : pas de clé Have I Been Pwned, et aucune liste locale d'adresses piratées.",
      en: 'No breach source is set up: no Have I Been Pwned key, and no local list of breached addresses.',
    },
    action: {
      fr: 'Dans Réglages, enregistrez une clé Have I Been Pwned ou importez une liste locale, puis relancez la vérification.',
      en: 'In Settings, save a Have I Been Pwned key or import a local list, then start the check again.',
    },
  },
  'breach-no-staff': {
    message: {
      fr: "Personne à vérifier : la liste du personnel n'a aucune adresse e-mail.",
      en: 'Nobody to check: the staff list has no e-mail address.',
    },
    action: {
      fr: 'Ajoutez les personnes du cabinet et leurs adresses dans la page Personnel, puis revenez ici.',
      en: 'Add the people of the practice and their addresses on the Staff page, then come back here.',
    },
  },
  'job-already-running': {
    message: {
      fr: 'Une vérification du même type est déjà en cours.',
      en: 'A check of the same kind is already running.',
    },
    action: {
      fr: "Attendez qu'elle se termine (sa progression s'affiche sur la page), ou annulez-la avant d'en lancer une autre.",
      en: 'Wait for it to finish (its progress shows on the page), or cancel it before starting another.',
    },
  },
  'job-not-found': {
    message: {
      fr: "Cette tâche n'existe pas, ou plus.",
      en: 'This task does not exist, or no longer exists.',
    },
    action: {
      fr: 'Rechargez la page pour voir les tâches en cours.',
      en: 'Reload the page to see the tasks running now.',
    },
  },
  'pwned-mirror-dir-missing': {
    message: {
      fr: "Ce dossier n'existe pas sur ce poste, ou Hygie ne peut pas le lire.",
      en: 'This folder does not exist on this computer, or Hygie cannot read it.',
    },
    action: {
      fr: 'Vérifiez le chemin complet du dossier (par exemple D:\\pwnedpasswords) et que le disque est branché.',
      en: 'Check the full path of the folder (for example D:\\pwnedpasswords) and that the disk is plugged in.',
    },
  },
  'pwned-mirror-dir-empty': {
    message: {
      fr: "Ce dossier ne contient aucun fichier de la copie locale de Pwned Passwords (des fichiers nommés comme 5BAA6.txt).",
      en: 'This folder holds no Pwned Passwords local copy files (files named like 5BAA6.txt).',
    },
    action: {
      fr: "Choisissez le dossier où l'outil officiel de téléchargement a écrit les fichiers, ou demandez-le à votre prestataire informatique.",
      en: 'Choose the folder where the official downloader wrote its files, or ask your IT provider for it.',
    },
  },
  'practice-no-email-domain': {
    message: {
      fr: "Le domaine de messagerie du cabinet n'est pas renseigné : il n'y a rien à vérifier.",
      en: "The practice's e-mail domain is not filled in: there is nothing to check.",
    },
    action: {
      fr: "Si le cabinet a son propre domaine (par exemple cabinet-dupont.fr), indiquez-le dans Réglages › Cabinet, puis relancez la vérification.",
      en: 'If the practice has its own domain (for example cabinet-dupont.fr), enter it in Settings › Practice, then check again.',
    },
  },
  'directory-not-configured': {
    message: {
      fr: "La connexion à l'annuaire n'est pas encore réglée : il manque l'identifiant d'application (client ID).",
      en: 'The directory connection is not set up yet: the application (client) ID is missing.',
    },
    action: {
      fr: "Demandez à votre prestataire informatique l'identifiant d'application enregistré pour Hygie, saisissez-le dans « Réglages avancés », puis réessayez.",
      en: 'Ask your IT provider for the application ID registered for Hygie, enter it under "Advanced settings", then try again.',
    },
  },
  'directory-not-connected': {
    message: {
      fr: "Hygie n'est pas connecté à cet annuaire.",
      en: 'Hygie is not connected to this directory.',
    },
    action: {
      fr: "Connectez-vous d'abord à l'annuaire, puis relancez l'import.",
      en: 'Connect to the directory first, then run the import again.',
    },
  },
  'directory-session-expired': {
    message: {
      fr: "L'accès à l'annuaire a expiré ou a été révoqué. Hygie a oublié ce jeton.",
      en: 'Access to the directory has expired or was revoked. Hygie has forgotten that token.',
    },
    action: {
      fr: 'Reconnectez-vous (ou collez un nouveau jeton pour Google Workspace), puis relancez l\u2019import.',
      en: 'Sign in again (or paste a new token for Google Workspace), then run the import again.',
    },
  },
  'directory-sign-in-refused': {
    message: {
      fr: "Le service de connexion a refusé la demande : l'application enregistrée pour Hygie n'est pas réglée comme il faut.",
      en: 'The sign-in service refused the request: the application registered for Hygie is not set up as needed.',
    },
    action: {
      fr: "Votre prestataire informatique doit vérifier l'identifiant d'application et le locataire, autoriser les « flux clients publics » (connexion par code) et l'autorisation AuditLog.Read.All avec consentement administrateur.",
      en: 'Your IT provider must check the application ID and tenant, allow "public client flows" (device-code sign-in) and the AuditLog.Read.All permission with admin consent.',
    },
  },
  'directory-device-flow-unsupported': {
    message: {
      fr: "Google n'autorise pas la connexion par code pour lire l'annuaire Google Workspace.",
      en: 'Google does not allow device-code sign-in for reading the Google Workspace directory.',
    },
    action: {
      fr: 'Votre prestataire informatique colle un jeton Google obtenu avec son propre client OAuth (voir l\u2019aide du panneau Google Workspace).',
      en: "Your IT provider pastes a Google token obtained with their own OAuth client (see the Google Workspace panel's help).",
    },
  },
  'directory-graph-permission': {
    message: {
      fr: "Microsoft 365 refuse la lecture de l'enregistrement MFA : l'autorisation AuditLog.Read.All manque, ou le compte connecté n'a pas de rôle de lecture des rapports.",
      en: 'Microsoft 365 refuses to read MFA registration: the AuditLog.Read.All permission is missing, or the signed-in account has no reports-reading role.',
    },
    action: {
      fr: "Un administrateur général donne le consentement administrateur à AuditLog.Read.All pour l'application Hygie, et attribue au compte utilisé un rôle Lecteur de rapports, Lecteur de sécurité ou Lecteur général. Puis reconnectez-vous.",
      en: 'A Global Administrator grants admin consent to AuditLog.Read.All for the Hygie application and gives the account used the Reports Reader, Security Reader or Global Reader role. Then sign in again.',
    },
  },
  'directory-graph-licence': {
    message: {
      fr: "Ce rapport Microsoft (enregistrement des méthodes d'authentification) demande une licence Microsoft Entra ID P1 ou P2, que ce locataire n'a pas.",
      en: 'This Microsoft report (authentication methods registration) needs a Microsoft Entra ID P1 or P2 licence, which this tenant does not have.',
    },
    action: {
      fr: "Sans licence P1/P2, relevez l'état MFA de chaque personne avec le parcours guidé ; ou demandez à votre prestataire d'activer une licence Entra ID P1 (incluse dans Microsoft 365 Business Premium).",
      en: 'Without a P1/P2 licence, record each person\u2019s MFA status through the guided walkthrough; or ask your IT provider to enable an Entra ID P1 licence (included in Microsoft 365 Business Premium).',
    },
  },
  'directory-google-permission': {
    message: {
      fr: "Google Workspace refuse la lecture des utilisateurs : le jeton n'a pas l'autorisation admin.directory.user.readonly, ou le compte n'est pas administrateur.",
      en: 'Google Workspace refuses to list users: the token lacks the admin.directory.user.readonly scope, or the account is not an administrator.',
    },
    action: {
      fr: "Obtenez un jeton avec l'autorisation admin.directory.user.readonly, depuis un compte administrateur autorisé à lire les utilisateurs, avec l'API Admin SDK activée dans le projet Google Cloud.",
      en: 'Get a token with the admin.directory.user.readonly scope, from an administrator account allowed to read users, with the Admin SDK API enabled in the Google Cloud project.',
    },
  },
  'directory-rate-limited': {
    message: {
      fr: "L'annuaire demande de ralentir (trop de demandes d'affilée).",
      en: 'The directory asks to slow down (too many requests in a row).',
    },
    action: {
      fr: 'Attendez une minute puis réessayez.',
      en: 'Wait a minute, then try again.',
    },
  },
  'directory-unavailable': {
    message: {
      fr: "Le service d'annuaire est en panne ou surchargé pour le moment.",
      en: 'The directory service is down or overloaded at the moment.',
    },
    action: {
      fr: 'Réessayez dans quelques minutes. Rien n\u2019a été modifié.',
      en: 'Try again in a few minutes. Nothing was changed.',
    },
  },
  'directory-timeout': {
    message: {
      fr: "L'annuaire n'a pas répondu à temps.",
      en: 'The directory did not answer in time.',
    },
    action: {
      fr: 'Vérifiez la connexion Internet du poste puis réessayez. Rien n\u2019a été modifié.',
      en: "Check this computer's Internet connection, then try again. Nothing was changed.",
    },
  },
  'directory-unreachable': {
    message: {
      fr: "Hygie n'arrive pas à joindre l'annuaire (réseau, pare-feu ou adresse du service).",
      en: 'Hygie cannot reach the directory (network, firewall or service address).',
    },
    action: {
      fr: "Vérifiez la connexion Internet et, dans « Réglages avancés », les adresses des services ; puis réessayez.",
      en: 'Check the Internet connection and, under "Advanced settings", the service addresses; then try again.',
    },
  },
  'directory-unexpected-answer': {
    message: {
      fr: "L'annuaire a répondu d'une façon que Hygie ne comprend pas. Rien n'a été importé.",
      en: 'The directory answered in a way Hygie does not understand. Nothing was imported.',
    },
    action: {
      fr: "Vérifiez les adresses des services dans « Réglages avancés » ; si elles sont justes, prévenez votre prestataire informatique (code ci-dessous).",
      en: 'Check the service addresses under "Advanced settings"; if they are right, tell your IT provider (code below).',
    },
  },
  'walkthrough-step-unknown': {
    message: {
      fr: "Cette étape ne fait plus partie du parcours de cette personne (un compte ou un service a changé entre-temps).",
      en: "This step is no longer part of this person's walkthrough (an account or a service changed meanwhile).",
    },
    action: {
      fr: 'Rechargez le parcours : il reprendra à la première étape sans réponse.',
      en: 'Reload the walkthrough: it resumes at the first step without an answer.',
    },
  },
  'walkthrough-mfa-status-needed': {
    message: {
      fr: "Pour répondre « Fait », indiquez quelle double authentification est maintenant active sur ce compte.",
      en: 'To answer "Done", say which two-step verification is now on for this account.',
    },
    action: {
      fr: "Choisissez la méthode active dans la liste ; si elle n'a pas pu être activée, répondez « Pas possible ».",
      en: 'Pick the method that is on from the list; if it could not be turned on, answer "Not possible".',
    },
  },
  'walkthrough-provider-unknown': {
    message: {
      fr: "Ce fournisseur ne fait pas partie de ceux que Hygie connaît pour ce service.",
      en: 'This provider is not one Hygie knows for this service.',
    },
    action: {
      fr: "Choisissez un fournisseur dans la liste, ou « Autre fournisseur » s'il n'y figure pas.",
      en: 'Pick a provider from the list, or "Other provider" if it is not there.',
    },
  },
  'mfa-account-not-found': {
    message: {
      fr: "Ce compte n'existe plus : la personne a peut-être quitté la liste ou cessé d'utiliser ce service.",
      en: 'This account no longer exists: the person may have left the list or stopped using this service.',
    },
    action: {
      fr: 'Rechargez la page MFA & comptes.',
      en: 'Reload the MFA & accounts page.',
    },
  },
  'password-sitting-ended': {
    message: {
      fr: "La séance de vérification de cette personne est terminée (inactivité, ou une autre personne a été choisie). Rien n'a été vérifié.",
      en: "This person's checking session has ended (left idle, or another person was chosen). Nothing was checked.",
    },
    action: {
      fr: 'Choisissez de nouveau la personne au poste, puis vérifiez le mot de passe.',
      en: 'Choose the person at the desk again, then check the password.',
    },
  },
  'account-not-found': {
    message: {
      fr: "Ce compte n'existe pas (ou plus) pour cette personne.",
      en: 'This account does not exist (any more) for this person.',
    },
    action: {
      fr: 'Rechargez la page ; ajoutez le compte à la personne sur la page Personnel si besoin.',
      en: 'Reload the page; add the account to the person on the Staff page if needed.',
    },
  },
  'report-not-found': {
    message: {
      fr: "Ce rapport n'existe pas (ou plus) dans les données de Hygie.",
      en: "This report does not exist (any more) in Hygie's data.",
    },
    action: {
      fr: 'Rechargez la page Rapports, puis choisissez un rapport de la liste.',
      en: 'Reload the Reports page, then choose a report from the list.',
    },
  },
  'report-file-missing': {
    message: {
      fr: "Le fichier de ce rapport n'est plus à son emplacement : il a été déplacé ou supprimé.",
      en: "This report's file is no longer where it was written: it was moved or deleted.",
    },
    action: {
      fr: "Cherchez-le là où il a été déplacé, ou générez un nouveau rapport (l'empreinte du nouveau JSON sera différente).",
      en: "Look for it where it was moved, or generate a new report (the new JSON's hash will differ).",
    },
  },
  'report-file-not-a-report': {
    message: {
      fr: "Hygie n'ouvre pas ce fichier : à son emplacement se trouve autre chose qu'un fichier de rapport de ce type (autre extension, dossier ou raccourci).",
      en: "Hygie will not open this file: what is at its place is not a report file of this type (another extension, a folder or a shortcut).",
    },
    action: {
      fr: 'Générez un nouveau rapport ; ouvrez vous-même le fichier depuis son dossier seulement si vous savez ce qu’il contient.',
      en: 'Generate a new report; open the file yourself from its folder only if you know what it holds.',
    },
  },
  'report-open-failed': {
    message: {
      fr: "Le système n'a pas pu ouvrir ce fichier (aucune application associée à ce type de fichier ?).",
      en: 'The system could not open this file (no application set for this type of file?).',
    },
    action: {
      fr: 'Utilisez « Afficher dans le dossier », puis ouvrez le fichier avec le logiciel de votre choix.',
      en: 'Use "Show in folder", then open the file with the program of your choice.',
    },
  },
  'report-write-failed': {
    message: {
      fr: "Les fichiers du rapport n'ont pas pu être écrits dans le dossier des données de Hygie (droits, disque plein ?). Aucun rapport n'a été enregistré.",
      en: "The report's files could not be written to Hygie's data folder (permissions, disk full?). No report was recorded.",
    },
    action: {
      fr: "Libérez de la place sur le disque ou vérifiez les droits du dossier, puis générez le rapport de nouveau.",
      en: "Free some disk space or check the folder's permissions, then generate the report again.",
    },
  },
  'desktop-unavailable': {
    message: {
      fr: "Ouvrir un fichier ou son dossier n'est possible que dans l'application Hygie.",
      en: 'Opening a file or its folder is only possible in the Hygie desktop app.',
    },
    action: {
      fr: 'Ouvrez le fichier depuis le dossier indiqué, avec le logiciel de votre choix.',
      en: 'Open the file from the folder shown, with the program of your choice.',
    },
  },
  'clipboard-unavailable': {
    message: {
      fr: 'Hygie n’a pas pu copier ce texte dans le presse-papiers.',
      en: 'Hygie could not copy this text to the clipboard.',
    },
    action: {
      fr: 'Le texte est sélectionné : copiez-le avec Ctrl+C (⌘C sur Mac), puis collez-le où il faut.',
      en: 'The text is selected: copy it with Ctrl+C (⌘C on a Mac), then paste it where it belongs.',
    },
  },
  'file-dialog-unavailable': {
    message: {
      fr: 'Choisir un fichier n’est possible que dans l’application Hygie.',
      en: 'Choosing a file is only possible in the Hygie desktop app.',
    },
    action: {
      fr: 'Ouvrez l’application Hygie sur ce poste ; en ligne de commande, donnez le chemin du fichier.',
      en: 'Open the Hygie app on this computer; on the command line, give the file’s path.',
    },
  },
  'recovery-kit-not-pdf': {
    message: {
      fr: 'Le kit de récupération s’enregistre en PDF, et ce nom de fichier ne finit pas par .pdf.',
      en: 'The recovery kit is saved as a PDF, and this file name does not end in .pdf.',
    },
    action: {
      fr: 'Enregistrez-le de nouveau sous un nom qui finit par .pdf.',
      en: 'Save it again under a name that ends in .pdf.',
    },
  },
  'recovery-kit-in-data-folder': {
    message: {
      fr: 'Le kit de récupération ne peut pas être rangé dans le dossier des données de Hygie : qui prendrait le dossier aurait la clé avec.',
      en: 'The recovery kit cannot be kept in Hygie’s data folder: whoever took the folder would have the key with it.',
    },
    action: {
      fr: 'Choisissez un autre endroit, par exemple le dossier Documents ou une clé USB, puis imprimez le kit.',
      en: 'Choose another place, for example the Documents folder or a USB stick, then print the kit.',
    },
  },
  'recovery-kit-write-failed': {
    message: {
      fr: 'Le kit de récupération n’a pas pu être enregistré à cet endroit (droits, disque plein, clé USB retirée ?). Aucun fichier n’a été laissé.',
      en: 'The recovery kit could not be saved there (permissions, disk full, USB stick removed?). No file was left behind.',
    },
    action: {
      fr: 'Choisissez un autre endroit et réessayez.',
      en: 'Choose another place and try again.',
    },
  },
  'recovery-kit-not-saved': {
    message: {
      fr: 'Aucun kit de récupération n’a été enregistré depuis l’ouverture de Hygie.',
      en: 'No recovery kit has been saved since Hygie was opened.',
    },
    action: {
      fr: 'Enregistrez d’abord le kit, puis ouvrez-le pour l’imprimer.',
      en: 'Save the kit first, then open it to print it.',
    },
  },
  'recovery-kit-open-failed': {
    message: {
      fr: 'Le système n’a pas pu ouvrir le kit de récupération (aucun lecteur de PDF installé ?).',
      en: 'The system could not open the recovery kit (no PDF reader installed?).',
    },
    action: {
      fr: 'Ouvrez le fichier depuis l’endroit où vous l’avez enregistré, avec un lecteur de PDF, puis imprimez-le.',
      en: 'Open the file from where you saved it, with a PDF reader, then print it.',
    },
  },
  'recovery-backup-not-chosen': {
    message: {
      fr: 'Aucun fichier de sauvegarde n’a été choisi.',
      en: 'No backup file has been chosen.',
    },
    action: {
      fr: 'Choisissez d’abord le fichier de sauvegarde, puis tapez les 24 mots.',
      en: 'Choose the backup file first, then type the 24 words.',
    },
  },
  'recovery-backup-unreadable': {
    message: {
      fr: 'Le fichier choisi ne peut pas être lu : il a été déplacé, il est vide, ou ce n’est pas un fichier ordinaire.',
      en: 'The chosen file cannot be read: it was moved, it is empty, or it is not an ordinary file.',
    },
    action: {
      fr: 'Vérifiez que la clé USB ou le disque est branché, puis choisissez de nouveau le fichier de sauvegarde (hygie-….db).',
      en: 'Check that the USB stick or disk is plugged in, then choose the backup file (hygie-….db) again.',
    },
  },
  'recovery-backup-not-hygie': {
    message: {
      fr: 'Ce fichier n’est pas une sauvegarde de Hygie. Rien n’a été modifié.',
      en: 'This file is not a Hygie backup. Nothing was changed.',
    },
    action: {
      fr: 'Choisissez un fichier du dossier « backups » de Hygie (son nom commence par hygie- et finit par .db).',
      en: 'Choose a file from Hygie’s "backups" folder (its name starts with hygie- and ends in .db).',
    },
  },
  'recovery-backup-damaged': {
    message: {
      fr: 'Les mots ouvrent bien cette sauvegarde, mais elle est abîmée. Rien n’a été modifié.',
      en: 'The words do open this backup, but it is damaged. Nothing was changed.',
    },
    action: {
      fr: 'Choisissez une sauvegarde plus ancienne du même dossier « backups », puis réessayez avec les mêmes mots.',
      en: 'Choose an older backup from the same "backups" folder, then try again with the same words.',
    },
  },
  'recovery-words-unknown-word': {
    message: {
      fr: 'Un des mots tapés n’est pas un mot du kit de récupération. Rien n’a été modifié.',
      en: 'One of the words typed is not a recovery-kit word. Nothing was changed.',
    },
    action: {
      fr: 'Comparez ce mot avec la feuille du kit (les accents et les majuscules ne comptent pas), corrigez-le, puis réessayez.',
      en: 'Compare that word with the kit’s sheet (accents and capitals do not matter), correct it, then try again.',
    },
  },
  'recovery-words-count': {
    message: {
      fr: 'Le kit de récupération compte 24 mots, et ce n’est pas le nombre de mots tapés. Rien n’a été modifié.',
      en: 'The recovery kit has 24 words, and that is not how many were typed. Nothing was changed.',
    },
    action: {
      fr: 'Tapez les 24 mots de la feuille, dans l’ordre, séparés par des espaces.',
      en: 'Type the 24 words on the sheet, in order, separated by spaces.',
    },
  },
  'recovery-words-checksum': {
    message: {
      fr: 'Les 24 mots sont bien des mots du kit, mais ils ne vont pas ensemble : l’un d’eux est faux, ou deux sont inversés. Rien n’a été modifié.',
      en: 'The 24 words are all kit words, but they do not go together: one of them is wrong, or two are swapped. Nothing was changed.',
    },
    action: {
      fr: 'Relisez les mots un par un avec la feuille, dans l’ordre des numéros, puis réessayez.',
      en: 'Read the words again one by one against the sheet, in numbered order, then try again.',
    },
  },
  'recovery-words-wrong-backup': {
    message: {
      fr: 'Ces mots n’ouvrent pas cette sauvegarde : elle vient d’une autre installation de Hygie, qui a son propre kit, ou ce n’est pas une sauvegarde de Hygie. Rien n’a été modifié.',
      en: 'These words do not open this backup: it comes from another Hygie installation, which has its own kit, or it is not a Hygie backup. Nothing was changed.',
    },
    action: {
      fr: 'Vérifiez que la feuille et la sauvegarde viennent du même cabinet et du même ordinateur (la feuille porte leur nom), ou appelez votre prestataire informatique.',
      en: 'Check that the sheet and the backup come from the same practice and computer (the sheet names them), or call your IT provider.',
    },
  },
  'recovery-data-present': {
    message: {
      fr: 'Ce poste contient déjà les données d’un cabinet : Hygie ne les remplace pas par une sauvegarde. Rien n’a été modifié.',
      en: 'This computer already holds a practice’s data: Hygie does not replace it with a backup. Nothing was changed.',
    },
    action: {
      fr: 'Si ces données doivent vraiment être remplacées, demandez à votre prestataire informatique de les mettre de côté d’abord.',
      en: 'If this data really must be replaced, ask your IT provider to set it aside first.',
    },
  },
  'recovery-local-backups-other-key': {
    message: {
      fr: 'Les sauvegardes de ce poste ont une autre clé que ce kit : restaurer avec ce kit les rendrait illisibles. Rien n’a été modifié.',
      en: 'This computer’s backups use another key than this kit: restoring with this kit would make them unreadable. Nothing was changed.',
    },
    action: {
      fr: 'Restaurez plutôt une des sauvegardes automatiques proposées sur cet écran, ou appelez votre prestataire informatique.',
      en: 'Restore one of the automatic backups offered on this screen instead, or call your IT provider.',
    },
  },
  internal: {
    message: {
      fr: "Une erreur inattendue s'est produite. Rien n'a été perdu.",
      en: 'An unexpected error occurred. Nothing was lost.',
    },
    action: {
      fr: "Réessayez ; si l'erreur revient, redémarrez Hygie et prévenez votre prestataire informatique.",
      en: 'Try again; if the error comes back, restart Hygie and tell your IT provider.',
    },
  },
} as const satisfies Record<string, ErrorText>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];
