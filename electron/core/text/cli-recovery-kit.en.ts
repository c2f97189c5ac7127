import type fr from './cli-recovery-kit.fr.ts';
import type { Translation } from './template.ts';

// The sentences of cli-recovery-kit.fr.ts, in English.

export default {
  cliRecoveryKit: {
    written: 'Recovery kit written: {{path}}',
    keepLikeAKey: 'This file is a key: with it and a copy of the data, anyone can read the data. Print it, lock the sheet away, then delete the file. Never send it by e-mail.',
    recorded: 'Noted in Hygie’s log (who, when); the words are not in it.',
    noStore: "No Hygie data in {{dataDir}}: no key to make a kit of. Open the Hygie app on this computer, or set HYGIE_DATA_DIR to the app's data folder.",
    storeProblem: "Hygie's data ({{dataDir}}): {{message}} {{action}}",
    storeKeychain: 'Hygie\'s data ({{dataDir}}) cannot be opened: the system keychain (service "{{service}}") cannot be reached. Log in to a desktop session and unlock the keychain, then run again.',
    wrongExtension: '--out needs a .pdf file: {{path}} is not one. Give a path that ends in .pdf (for example hygie-kit.pdf).',
    folderMissing: 'The folder given to --out does not exist: {{folder}}. Create it or choose another path.',
    inDataFolder: "{{path}} is inside Hygie's data folder ({{dataDir}}): whoever took the folder would have the key with it. Choose another place.",
    unwritable: 'Cannot write {{path}} ({{reason}}: permissions, disk full?). No file was left behind; choose another path.',
    usage: {
      missingOut: 'Say where to write the kit: hygie recovery-kit --out FILE.pdf.',
      emptyOut: '--out needs a file path.',
      extraArgument: 'Unexpected argument: "{{value}}". Give the file with --out.',
    },
  },
} as const satisfies Translation<typeof fr>;
