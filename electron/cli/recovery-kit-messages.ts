import { withFrenchSpacing } from '../core/french-spacing.ts';
import type { Language } from './language.ts';

// The sentences of `hygie recovery-kit`, French first and English equal. None of them ever holds
// the words: they are in the PDF, and only there.

export interface RecoveryKitCliTexts {
  written(path: string): string;
  keepLikeAKey: string;
  recorded: string;
  noStore(dataDir: string): string;
  storeProblem(message: string, action: string, dataDir: string): string;
  storeKeychain(dataDir: string, service: string): string;
  wrongExtension(path: string): string;
  folderMissing(folder: string): string;
  inDataFolder(path: string, dataDir: string): string;
  unwritable(path: string, reason: string): string;
  usage: {
    missingOut: string;
    emptyOut: string;
    extraArgument(value: string): string;
  };
}

const FR: RecoveryKitCliTexts = {
  written: (path) => `Kit de récupération écrit : ${path}`,
  keepLikeAKey:
    'Ce fichier est une clé : avec lui et une copie des données, n’importe qui peut les lire. Imprimez-le, rangez la feuille sous clé, puis supprimez le fichier. Ne l’envoyez jamais par e-mail.',
  recorded: 'Noté dans le journal de Hygie (qui, quand) ; les mots n’y figurent pas.',
  noStore: (dataDir) =>
    `Aucune donnée Hygie dans ${dataDir} : pas de clé dont faire un kit. Ouvrez l’application Hygie sur ce poste, ou donnez à HYGIE_DATA_DIR le dossier des données de l’application.`,
  storeProblem: (message, action, dataDir) => `Données de Hygie (${dataDir}) : ${message} ${action}`,
  storeKeychain: (dataDir, service) =>
    `Les données de Hygie (${dataDir}) ne peuvent pas être ouvertes : le trousseau du système (service « ${service} ») est injoignable. Ouvrez une session de bureau et déverrouillez le trousseau, puis relancez.`,
  wrongExtension: (path) => `--out attend un fichier .pdf : ${path} n’en est pas un. Donnez un chemin qui finit par .pdf (par exemple kit-hygie.pdf).`,
  folderMissing: (folder) => `Le dossier donné à --out n’existe pas : ${folder}. Créez-le ou choisissez un autre chemin.`,
  inDataFolder: (path, dataDir) =>
    `${path} est dans le dossier des données de Hygie (${dataDir}) : qui prendrait le dossier aurait la clé avec. Choisissez un autre endroit.`,
  unwritable: (path, reason) => `Impossible d’écrire ${path} (${reason} : droits, disque plein ?). Aucun fichier n’a été laissé ; choisissez un autre chemin.`,
  usage: {
    missingOut: 'Indiquez où écrire le kit : hygie recovery-kit --out FICHIER.pdf.',
    emptyOut: '--out attend un chemin de fichier.',
    extraArgument: (value) => `Argument en trop : « ${value} ». Le fichier se donne avec --out.`,
  },
};

const EN: RecoveryKitCliTexts = {
  written: (path) => `Recovery kit written: ${path}`,
  keepLikeAKey:
    'This file is a key: with it and a copy of the data, anyone can read the data. Print it, lock the sheet away, then delete the file. Never send it by e-mail.',
  recorded: 'Noted in Hygie’s journal (who, when); the words are not in it.',
  noStore: (dataDir) =>
    `No Hygie data in ${dataDir}: no key to make a kit of. Open the Hygie app on this computer, or set HYGIE_DATA_DIR to the app's data folder.`,
  storeProblem: (message, action, dataDir) => `Hygie's data (${dataDir}): ${message} ${action}`,
  storeKeychain: (dataDir, service) =>
    `Hygie's data (${dataDir}) cannot be opened: the system keychain (service "${service}") cannot be reached. Log in to a desktop session and unlock the keychain, then run again.`,
  wrongExtension: (path) => `--out needs a .pdf file: ${path} is not one. Give a path that ends in .pdf (for example hygie-kit.pdf).`,
  folderMissing: (folder) => `The folder given to --out does not exist: ${folder}. Create it or choose another path.`,
  inDataFolder: (path, dataDir) =>
    `${path} is inside Hygie's data folder (${dataDir}): whoever took the folder would have the key with it. Choose another place.`,
  unwritable: (path, reason) => `Cannot write ${path} (${reason}: permissions, disk full?). No file was left behind; choose another path.`,
  usage: {
    missingOut: 'Say where to write the kit: hygie recovery-kit --out FILE.pdf.',
    emptyOut: '--out needs a file path.',
    extraArgument: (value) => `Unexpected argument: "${value}". Give the file with --out.`,
  },
};

export const RECOVERY_KIT_TEXTS: Record<Language, RecoveryKitCliTexts> = { fr: withFrenchSpacing(FR), en: EN };
