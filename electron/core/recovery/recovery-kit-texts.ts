import { ERROR_MESSAGES } from '../model/error-messages.ts';
import { withFrenchSpacing } from '../french-spacing.ts';
import type { RecoveryLanguage } from './recovery-words.ts';

// The recovery kit's words, French first and English equal, written for the person who will one
// day restore the data: a secretary with a new computer, or the IT provider. The buttons named in
// the steps are the app's own labels (renderer/i18n/areas/recovery.*.json); a test checks they
// agree, so the sheet never sends anyone looking for a button that is not there.
// French typography: narrow no-break space before : ; ? ! and inside « » (printed as a no-break
// space, which Roboto has), typographic apostrophe.

export interface KitFacts {
  practiceName: string | null;
  computerName: string;
  dataDir: string;
  backupsDir: string;
  generatedAt: string;
  generatedBy: string;
  hygieVersion: string;
}

export interface KitTexts {
  documentTitle: string;
  subtitle: string;
  factLabels: { practice: string; computer: string; dataDir: string; generated: string; by: string };
  noPractice: string;
  warningTitle: string;
  warning: string[];
  wordsTitle: string;
  wordsLead: string;
  qrCaption: string;
  whenTitle: string;
  when: string[];
  backupTitle: string;
  /** Before and after the backups folder's path, which is printed on a line of its own. */
  backup: { intro: string; advice: string };
  stepsTitle: string;
  steps: string[];
  itTitle: string;
  it: string[];
  footer(version: string): string;
  /** The save dialog's title and proposed file name. */
  dialogTitle: string;
  fileName(practiceName: string | null, day: string): string;
  pdfFilterName: string;
}

/** The app's labels the steps name (renderer/i18n/areas/recovery.*.json). */
export const APP_LABELS: Record<RecoveryLanguage, { entry: string; chooseFile: string; restore: string; settingsPanel: string }> = {
  fr: {
    entry: 'Restaurer sur un nouvel ordinateur',
    chooseFile: 'Choisir le fichier de sauvegarde…',
    restore: 'Restaurer les données',
    settingsPanel: 'Kit de récupération (pour le prestataire informatique)',
  },
  en: {
    entry: 'Restore on a new computer',
    chooseFile: 'Choose the backup file…',
    restore: 'Restore the data',
    settingsPanel: 'Recovery kit (for the IT provider)',
  },
};

/** A name that is safe on every system: letters, digits, spaces and dashes only. */
function safeName(name: string | null): string {
  const cleaned = (name ?? '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} -]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, 60);
  return cleaned ? ` - ${cleaned}` : '';
}

/** The screen's own words where the key is missing, quoted as the user will read them. */
const KEY_MISSING = ERROR_MESSAGES['database-key-missing'].message;
function firstSentence(text: string): string {
  return text.split(/\.(\s|$)/u)[0]!;
}

const fr = APP_LABELS.fr;
const en = APP_LABELS.en;

const FR: KitTexts = {
  documentTitle: 'Kit de récupération Hygie',
  subtitle: 'La clé des données du cabinet, sur papier',
  factLabels: { practice: 'Cabinet', computer: 'Ordinateur', dataDir: 'Dossier des données', generated: 'Fait le', by: 'Par' },
  noPractice: 'pas encore renseigné',
  warningTitle: 'Cette feuille est une clé',
  warning: [
    'Avec cette feuille et une copie des données de Hygie, n’importe qui peut lire tout ce que Hygie garde sur le cabinet : l’équipe, les adresses e-mail, les résultats des vérifications et leur historique.',
    'Rangez-la comme une clé : dans un tiroir fermé à clé ou un coffre, loin de l’ordinateur. Une seconde copie peut être confiée au prestataire informatique, sous enveloppe fermée.',
    'Ne l’envoyez jamais par e-mail ni par messagerie, ne la photographiez pas. Une fois la feuille imprimée, supprimez le fichier PDF et videz la corbeille.',
  ],
  wordsTitle: 'Les 24 mots',
  wordsLead: 'À taper dans l’ordre des numéros. Les majuscules et les accents ne comptent pas.',
  qrCaption: 'Les mêmes 24 mots, pour un lecteur de QR code branché sur l’ordinateur : il les tape à votre place.',
  whenTitle: 'Quand s’en servir',
  when: [
    'L’ordinateur est en panne, volé ou remplacé.',
    'Windows a été réinstallé, ou la session de l’ordinateur a été recréée.',
    `Hygie affiche : « ${firstSentence(KEY_MISSING.fr)} ».`,
  ],
  backupTitle: 'Il faut aussi une sauvegarde',
  backup: {
    intro: 'Les mots seuls ne suffisent pas : il faut aussi une copie des données. Hygie en fait une chaque jour, chiffrée, dans ce dossier :',
    advice:
      'Copiez régulièrement ce dossier sur une clé USB ou un disque rangé ailleurs que l’ordinateur : si son disque lâche, c’est cette copie qui sauve les données. Sans cette feuille, les sauvegardes restent illisibles.',
  },
  stepsTitle: 'Restaurer sur un nouvel ordinateur, étape par étape',
  steps: [
    'Installez Hygie sur le nouvel ordinateur et ouvrez-le. Ne remplissez pas la fiche du cabinet.',
    `Sur le premier écran, cliquez sur « ${fr.entry} ». (Si Hygie dit que la clé des données manque, le même bouton est sur cet écran.)`,
    `Cliquez sur « ${fr.chooseFile} » et choisissez la sauvegarde la plus récente : un fichier hygie-….db, copié du dossier « backups » sur une clé USB ou un disque.`,
    'Tapez les 24 mots de cette feuille, dans l’ordre, séparés par des espaces.',
    `Cliquez sur « ${fr.restore} ». Hygie vérifie d’abord que les mots ouvrent la sauvegarde : si un mot est faux, il le dit et ne touche à rien.`,
    'Les données du cabinet s’ouvrent. Rangez de nouveau cette feuille sous clé : elle reste valable sur le nouvel ordinateur.',
  ],
  itTitle: 'Pour le prestataire informatique',
  it: [
    'Les 24 mots encodent en BIP39 (somme de contrôle dans le dernier mot) la clé brute de 256 bits de la base SQLCipher 4 (PRAGMA key = "x\'…\'"), listes française et anglaise acceptées ; le QR code contient les mêmes mots en capitales sans accents. À la restauration, Hygie ouvre la sauvegarde avec la clé dans un dossier temporaire avant d’écrire quoi que ce soit, et refuse de remplacer des données lisibles. Nouveau kit : Réglages, ou hygie recovery-kit --out FICHIER.pdf (la clé ne change pas : tous les kits d’une installation sont identiques).',
  ],
  footer: (version) => `Hygie ${version} · Kit de récupération · À garder sous clé`,
  dialogTitle: 'Enregistrer le kit de récupération',
  fileName: (practiceName, day) => `Hygie - kit de récupération${safeName(practiceName)} - ${day}.pdf`,
  pdfFilterName: 'Document PDF',
};

const EN: KitTexts = {
  documentTitle: 'Hygie recovery kit',
  subtitle: 'The key to the practice’s data, on paper',
  factLabels: { practice: 'Practice', computer: 'Computer', dataDir: 'Data folder', generated: 'Made on', by: 'By' },
  noPractice: 'not set up yet',
  warningTitle: 'This sheet is a key',
  warning: [
    'With this sheet and a copy of Hygie’s data, anyone can read everything Hygie keeps about the practice: the staff, their e-mail addresses, the checks’ results and their history.',
    'Keep it like a key: in a locked drawer or a safe, away from the computer. A second copy may be given to the IT provider, in a sealed envelope.',
    'Never send it by e-mail or messaging, and do not photograph it. Once the sheet is printed, delete the PDF file and empty the recycle bin.',
  ],
  wordsTitle: 'The 24 words',
  wordsLead: 'Type them in numbered order. Capitals and accents do not matter.',
  qrCaption: 'The same 24 words, for a QR code reader plugged into the computer: it types them for you.',
  whenTitle: 'When to use it',
  when: [
    'The computer broke down, was stolen or was replaced.',
    'Windows was reinstalled, or the computer’s user account was recreated.',
    `Hygie says: "${firstSentence(KEY_MISSING.en)}".`,
  ],
  backupTitle: 'A backup is needed too',
  backup: {
    intro: 'The words alone are not enough: a copy of the data is needed too. Hygie makes one every day, encrypted, in this folder:',
    advice:
      'Copy this folder regularly to a USB stick or a disk kept away from the computer: if its disk fails, that copy is what saves the data. Without this sheet, the backups cannot be read.',
  },
  stepsTitle: 'Restore on a new computer, step by step',
  steps: [
    'Install Hygie on the new computer and open it. Do not fill in the practice’s details.',
    `On the first screen, click "${en.entry}". (If Hygie says the data’s key is missing, the same button is on that screen.)`,
    `Click "${en.chooseFile}" and choose the most recent backup: a hygie-….db file, copied from the "backups" folder to a USB stick or a disk.`,
    'Type the 24 words on this sheet, in order, separated by spaces.',
    `Click "${en.restore}". Hygie first checks that the words open the backup: if a word is wrong, it says so and touches nothing.`,
    'The practice’s data opens. Lock this sheet away again: it stays valid on the new computer.',
  ],
  itTitle: 'For the IT provider',
  it: [
    'The 24 words encode in BIP39 (checksum in the last word) the raw 256-bit key of the SQLCipher 4 database (PRAGMA key = "x\'…\'"); the French and English lists are both accepted; the QR code holds the same words in capitals without accents. When restoring, Hygie opens the backup with the key in a temporary folder before writing anything, and refuses to replace readable data. A new kit: Settings, or hygie recovery-kit --out FILE.pdf (the key does not change: every kit of one installation is the same).',
  ],
  footer: (version) => `Hygie ${version} · Recovery kit · Keep under lock and key`,
  dialogTitle: 'Save the recovery kit',
  fileName: (practiceName, day) => `Hygie - recovery kit${safeName(practiceName)} - ${day}.pdf`,
  pdfFilterName: 'PDF document',
};

// French texts get their narrow no-break spaces once, here, rather than in every string above.
export const KIT_TEXTS: Record<RecoveryLanguage, KitTexts> = { fr: withFrenchSpacing(FR), en: EN };
