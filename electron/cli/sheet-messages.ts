import cliSheetEn from '../core/text/cli-sheet.en.ts';
import cliSheetFr from '../core/text/cli-sheet.fr.ts';
import { bothLanguages, fill } from '../core/text/template.ts';
import type { Language } from './language.ts';

// The sentences of `hygie sheet` (core/text/cli-sheet.*.ts), filled.

// Only this area of the text catalogue, not all of it (core/text/messages.ts): the CLI starts faster.
const TEXTS = bothLanguages(cliSheetFr, cliSheetEn);

export interface SheetCliTexts {
  written(name: string, path: string): string;
  nextStep(name: string): string;
  noStore(dataDir: string): string;
  storeProblem(message: string, action: string, dataDir: string): string;
  storeKeychain(dataDir: string, service: string): string;
  unknownPerson(email: string): string;
  wrongExtension(path: string): string;
  folderMissing(folder: string): string;
  unwritable(path: string, reason: string): string;
  usage: {
    missingPerson: string;
    missingPdf: string;
    emptyValue(option: string): string;
    extraArgument(value: string): string;
  };
}

function sheetTexts(language: Language): SheetCliTexts {
  const t = TEXTS[language].cliSheet;
  return {
    written: (name, path) => fill(t.written, { name, path }),
    nextStep: (name) => fill(t.nextStep, { name }),
    noStore: (dataDir) => fill(t.noStore, { dataDir }),
    storeProblem: (message, action, dataDir) => fill(t.storeProblem, { message, action, dataDir }),
    storeKeychain: (dataDir, service) => fill(t.storeKeychain, { dataDir, service }),
    unknownPerson: (email) => fill(t.unknownPerson, { email }),
    wrongExtension: (path) => fill(t.wrongExtension, { path }),
    folderMissing: (folder) => fill(t.folderMissing, { folder }),
    unwritable: (path, reason) => fill(t.unwritable, { path, reason }),
    usage: {
      missingPerson: t.usage.missingPerson,
      missingPdf: t.usage.missingPdf,
      emptyValue: (option) => fill(t.usage.emptyValue, { option }),
      extraArgument: (value) => fill(t.usage.extraArgument, { value }),
    },
  };
}

export const SHEET_TEXTS: Record<Language, SheetCliTexts> = { fr: sheetTexts('fr'), en: sheetTexts('en') };
