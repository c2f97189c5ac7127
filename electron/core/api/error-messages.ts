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
