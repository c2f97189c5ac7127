import type { Language } from './language.ts';

// The sentences of `hygie report` and of `hygie audit --pdf`, French first and English equal,
// beside the audit's in messages.ts. The report's own texts come from core, in its language.

export interface ReportCliTexts {
  title(version: string): string;
  pdf(path: string): string;
  json(path: string): string;
  csv(path: string): string;
  hash(sha256: string): string;
  score(value: number | null): string;
  people(count: number, findings: number): string;
  anonymised: string;
  recorded: string;
  jsonBeside(path: string): string;
  noStore(dataDir: string): string;
  noPractice(dataDir: string): string;
  storeProblem(message: string, action: string, dataDir: string): string;
  storeKeychain(dataDir: string, service: string): string;
  folderMissing(option: string, folder: string): string;
  wrongExtension(option: string, path: string, extension: string): string;
  samePath(path: string): string;
  unwritable(path: string, reason: string): string;
  audit: {
    written(pdf: string, json: string): string;
    unwritable(path: string, reason: string): string;
  };
  usage: {
    missingPdf: string;
    emptyPath(option: string): string;
    extraArgument(value: string): string;
  };
}

const FR: ReportCliTexts = {
  title: (version) => `Hygie ${version} — rapport de conformité`,
  pdf: (path) => `Rapport PDF : ${path}`,
  json: (path) => `Données JSON : ${path}`,
  csv: (path) => `Tableau CSV : ${path}`,
  hash: (sha256) => `SHA-256 du JSON (imprimé en pied de chaque page du PDF) : ${sha256}`,
  score: (value) => (value === null ? 'Score : — (aucun membre du personnel à évaluer)' : `Score : ${value}/100`),
  people: (count, findings) => `${count} personne${count > 1 ? 's' : ''}, ${findings} constat${findings > 1 ? 's' : ''} à traiter.`,
  anonymised: 'Anonymisé : les noms sont remplacés par des initiales et les adresses masquées.',
  recorded: "Enregistré dans la liste des rapports de Hygie (page Rapports de l'application).",
  jsonBeside: (path) => `Sans --json, le JSON dont le PDF imprime l'empreinte est écrit à côté du PDF : ${path}`,
  noStore: (dataDir) =>
    `Aucune donnée Hygie dans ${dataDir} : rien à mettre dans un rapport. Renseignez le cabinet et son personnel dans l'application Hygie, ou donnez à HYGIE_DATA_DIR le dossier des données de l'application.`,
  noPractice: (dataDir) =>
    `Le cabinet n'est pas encore renseigné dans les données de Hygie (${dataDir}). Ouvrez l'application Hygie, renseignez le cabinet (Réglages › Cabinet), puis relancez.`,
  storeProblem: (message, action, dataDir) => `Données de Hygie (${dataDir}) : ${message} ${action}`,
  storeKeychain: (dataDir, service) =>
    `Les données de Hygie (${dataDir}) ne peuvent pas être ouvertes : le trousseau du système (service « ${service} ») est injoignable. Ouvrez une session de bureau et déverrouillez le trousseau, puis relancez.`,
  folderMissing: (option, folder) => `Le dossier donné à ${option} n'existe pas : ${folder}. Créez-le ou choisissez un autre chemin.`,
  wrongExtension: (option, path, extension) =>
    `${option} attend un fichier ${extension} : ${path} n'en est pas un. Donnez un chemin qui finit par ${extension} (par exemple rapport${extension}).`,
  samePath: (path) => `Le même fichier est donné deux fois : ${path}. Donnez un chemin différent à --pdf, --json et --csv.`,
  unwritable: (path, reason) =>
    `Impossible d'écrire ${path} (${reason} : droits, disque plein ?). Choisissez un autre chemin ; aucun rapport n'a été enregistré.`,
  audit: {
    written: (pdf, json) => `Rapport PDF : ${pdf} — et, à côté, le JSON dont il imprime l'empreinte SHA-256 : ${json}`,
    unwritable: (path, reason) => `Impossible d'écrire le rapport PDF dans ${path} (${reason} : droits, disque plein ?). Choisissez un autre chemin pour --pdf.`,
  },
  usage: {
    missingPdf: 'Indiquez où écrire le PDF : hygie report --pdf FICHIER.',
    emptyPath: (option) => `${option} attend un chemin de fichier.`,
    extraArgument: (value) => `Argument en trop : « ${value} ». Les fichiers se donnent avec --pdf, --json et --csv.`,
  },
};

const EN: ReportCliTexts = {
  title: (version) => `Hygie ${version} — compliance report`,
  pdf: (path) => `PDF report: ${path}`,
  json: (path) => `JSON data: ${path}`,
  csv: (path) => `CSV table: ${path}`,
  hash: (sha256) => `SHA-256 of the JSON (printed in the footer of every PDF page): ${sha256}`,
  score: (value) => (value === null ? 'Score: — (no staff to score)' : `Score: ${value}/100`),
  people: (count, findings) => `${count} ${count === 1 ? 'person' : 'people'}, ${findings} finding${findings === 1 ? '' : 's'} to act on.`,
  anonymised: 'Anonymised: names are replaced by initials and addresses masked.',
  recorded: "Recorded in Hygie's list of reports (the app's Reports page).",
  jsonBeside: (path) => `Without --json, the JSON whose hash the PDF prints is written next to the PDF: ${path}`,
  noStore: (dataDir) =>
    `No Hygie data in ${dataDir}: nothing to report on. Set up the practice and its staff in the Hygie app, or set HYGIE_DATA_DIR to the app's data folder.`,
  noPractice: (dataDir) =>
    `The practice is not set up in Hygie's data yet (${dataDir}). Open the Hygie app, fill in the practice (Settings › Practice), then run again.`,
  storeProblem: (message, action, dataDir) => `Hygie's data (${dataDir}): ${message} ${action}`,
  storeKeychain: (dataDir, service) =>
    `Hygie's data (${dataDir}) cannot be opened: the system keychain (service "${service}") cannot be reached. Log in to a desktop session and unlock the keychain, then run again.`,
  folderMissing: (option, folder) => `The folder given to ${option} does not exist: ${folder}. Create it or choose another path.`,
  wrongExtension: (option, path, extension) =>
    `${option} needs a ${extension} file: ${path} is not one. Give a path that ends in ${extension} (for example report${extension}).`,
  samePath: (path) => `The same file is given twice: ${path}. Give --pdf, --json and --csv different paths.`,
  unwritable: (path, reason) => `Cannot write ${path} (${reason}: permissions, disk full?). Choose another path; no report was recorded.`,
  audit: {
    written: (pdf, json) => `PDF report: ${pdf} — and, next to it, the JSON whose SHA-256 it prints: ${json}`,
    unwritable: (path, reason) => `Cannot write the PDF report to ${path} (${reason}: permissions, disk full?). Choose another path for --pdf.`,
  },
  usage: {
    missingPdf: 'Say where to write the PDF: hygie report --pdf FILE.',
    emptyPath: (option) => `${option} needs a file path.`,
    extraArgument: (value) => `Unexpected argument: "${value}". Give the files with --pdf, --json and --csv.`,
  },
};

export const REPORT_TEXTS: Record<Language, ReportCliTexts> = { fr: FR, en: EN };
