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
