import type fr from './cli-report.fr.ts';
import type { Translation } from './template.ts';

// The sentences of cli-report.fr.ts, in English.

export default {
  cliReport: {
    title: 'Hygie {{version}} — access security report',
    pdf: 'PDF report: {{path}}',
    summary: 'One-page summary (PDF): {{path}}',
    json: 'JSON data: {{path}}',
    csv: 'CSV table: {{path}}',
    hash: 'SHA-256 of the JSON (printed in the footer of every PDF page): {{sha256}}',
    score: {
      none: 'Score: — (no staff to score)',
      value: 'Score: {{value}}/100',
    },
    people: {
      line: '{{people}}, {{findings}} to act on.',
      people: {
        one: '{{count}} person',
        other: '{{count}} people',
      },
      findings: {
        one: '{{count}} finding',
        other: '{{count}} findings',
      },
    },
    anonymised: 'Anonymised: names are replaced by initials and addresses masked.',
    recorded: "Recorded in Hygie's list of reports (the app's Reports page).",
    jsonBeside: 'Without --json, the JSON whose hash the PDF prints is written next to the PDF: {{path}}',
    noStore: "No Hygie data in {{dataDir}}: nothing to put in a report. Set up the practice and its staff in the Hygie app, or set HYGIE_DATA_DIR to the app's data folder.",
    noPractice: "The practice is not set up in Hygie's data yet ({{dataDir}}). Open the Hygie app, fill in the practice (Settings › Practice), then run again.",
    storeProblem: "Hygie's data ({{dataDir}}): {{message}} {{action}}",
    storeKeychain: 'Hygie\'s data ({{dataDir}}) cannot be opened: the system keychain (service "{{service}}") cannot be reached. Log in to a desktop session and unlock the keychain, then run again.',
    folderMissing: 'The folder given to {{option}} does not exist: {{folder}}. Create it or choose another path.',
    wrongExtension: '{{option}} needs a {{extension}} file: {{path}} is not one. Give a path that ends in {{extension}} (for example report{{extension}}).',
    samePath: 'The same file is given twice: {{path}}. Give --pdf, --json and --csv different paths.',
    unwritable: 'Cannot write {{path}} ({{reason}}: permissions, disk full?). Choose another path; no report was recorded.',
    audit: {
      written: 'PDF report: {{pdf}} — and, next to it, the JSON whose SHA-256 it prints: {{json}}',
      unwritable: 'Cannot write the PDF report to {{path}} ({{reason}}: permissions, disk full?). Choose another path for --pdf.',
    },
    usage: {
      missingPdf: 'Say where to write the PDF: hygie report --pdf FILE (or --summary FILE for the one-page summary).',
      badNextReview: '--next-review expects a date YYYY-MM-DD (for example 2027-06-30): “{{value}}” is not one.',
      emptyPath: '{{option}} needs a file path.',
      extraArgument: 'Unexpected argument: "{{value}}". Give the files with --pdf, --json and --csv.',
    },
  },
} as const satisfies Translation<typeof fr>;
