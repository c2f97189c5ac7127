import type fr from './files.fr.ts';
import type { Translation } from './template.ts';

// The words of files.fr.ts, in English.

export default {
  files: {
    rosterExport: {
      headers: ['Last name', 'First name', 'Email', 'Role', 'Services'],
      baseName: 'hygie-staff',
    },
    leftoverNote: [
      "Old copy of Hygie's data, moved on {{when}} to:",
      '  {{to}}',
      'Hygie now uses that folder and no longer reads these files. You may delete this folder once Hygie',
      'works; Hygie never deletes it itself. Note: the reports are not encrypted. hygie.db is, with the',
      "key in Windows' Credential Manager.",
    ],
  },
} as const satisfies Translation<typeof fr>;
