import type fr from './cli-sheet.fr.ts';
import type { Translation } from './template.ts';

// The sentences of `hygie sheet`, in English (cli-sheet.fr.ts is the reference).

export default {
  cliSheet: {
    written: '{{name}}’s sheet written: {{path}}',
    nextStep: 'Print it and give it to {{name}}; their answers are then entered in Hygie, Guided walkthrough.',
    noStore: 'No Hygie data in {{dataDir}}: no staff to make a sheet for. Open the Hygie app on this computer, or set HYGIE_DATA_DIR to the app’s data folder.',
    storeProblem: 'Hygie’s data ({{dataDir}}): {{message}} {{action}}',
    storeKeychain: 'Hygie’s data ({{dataDir}}) cannot be opened: the system keychain (service “{{service}}”) cannot be reached. Open a desktop session and unlock the keychain, then run it again.',
    unknownPerson: 'Nobody on the staff list has the address {{email}}. Check the address (as on the Staff page), or add the person in Hygie.',
    wrongExtension: '--pdf needs a .pdf file: {{path}} is not one. Give a path ending in .pdf (for example sheet.pdf).',
    folderMissing: 'The folder given to --pdf does not exist: {{folder}}. Create it or choose another path.',
    unwritable: 'Cannot write {{path}} ({{reason}}: permissions, disk full, file open elsewhere?). No file was left behind; choose another path.',
    usage: {
      missingPerson: 'Name the person by their e-mail address: hygie sheet --person ADDRESS --pdf OUT.pdf.',
      missingPdf: 'Say where to write the sheet: hygie sheet --person ADDRESS --pdf OUT.pdf.',
      emptyValue: '{{option}} needs a value.',
      extraArgument: 'Unexpected argument: "{{value}}". The person is given with --person, the file with --pdf.',
    },
  },
} as const satisfies Translation<typeof fr>;
