import cliRecoveryKitEn from '../core/text/cli-recovery-kit.en.ts';
import cliRecoveryKitFr from '../core/text/cli-recovery-kit.fr.ts';
import { bothLanguages, fill } from '../core/text/template.ts';
import type { Language } from './language.ts';

// The sentences of `hygie recovery-kit` (core/text/cli-recovery-kit.*.ts), filled. None of them
// ever holds the words: they are in the PDF, and only there.

// Only this area of the text catalogue, not all of it (core/text/messages.ts): the CLI starts faster.
const TEXTS = bothLanguages(cliRecoveryKitFr, cliRecoveryKitEn);

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

function recoveryKitTexts(language: Language): RecoveryKitCliTexts {
  const t = TEXTS[language].cliRecoveryKit;
  return {
    written: (path) => fill(t.written, { path }),
    keepLikeAKey: t.keepLikeAKey,
    recorded: t.recorded,
    noStore: (dataDir) => fill(t.noStore, { dataDir }),
    storeProblem: (message, action, dataDir) => fill(t.storeProblem, { message, action, dataDir }),
    storeKeychain: (dataDir, service) => fill(t.storeKeychain, { dataDir, service }),
    wrongExtension: (path) => fill(t.wrongExtension, { path }),
    folderMissing: (folder) => fill(t.folderMissing, { folder }),
    inDataFolder: (path, dataDir) => fill(t.inDataFolder, { path, dataDir }),
    unwritable: (path, reason) => fill(t.unwritable, { path, reason }),
    usage: {
      missingOut: t.usage.missingOut,
      emptyOut: t.usage.emptyOut,
      extraArgument: (value) => fill(t.usage.extraArgument, { value }),
    },
  };
}

// The French texts carry their own typography (scripts/french-typography.ts keeps it), and so do
// the error sentences filled into them; a path is printed as it is.
export const RECOVERY_KIT_TEXTS: Record<Language, RecoveryKitCliTexts> = { fr: recoveryKitTexts('fr'), en: recoveryKitTexts('en') };
