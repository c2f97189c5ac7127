import type fr from './files.fr.ts';
import type { Translation } from './template.ts';

// The words of files.fr.ts, in English.

export default {
  files: {
    rosterExport: {
      headers: ['Last name', 'First name', 'E-mail', 'Role', 'Services'],
      baseName: 'hygie-staff',
    },
    /** A report's three files: hygie-report-2026-03-02.pdf, .json, .csv (report/report-location.ts). */
    reportBaseName: 'hygie-report',
    /** Added to the base name for the one-page summary (issue 18). */
    summarySuffix: '-summary',
    leftoverNote: [
      "Old copy of Hygie's data, moved on {{when}} to:",
      '  {{to}}',
      'Hygie now uses that folder and no longer reads these files. You may delete this folder once Hygie',
      'works; Hygie never deletes it itself. Note: the reports (folder reports/) are not encrypted;',
      "hygie.db is, with the key in Windows' Credential Manager.",
    ],
  },
} as const satisfies Translation<typeof fr>;
