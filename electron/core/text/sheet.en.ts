import type fr from './sheet.fr.ts';
import type { Translation } from './template.ts';

// The printed sheet of one person's walkthrough, in English (sheet.fr.ts is the reference).

export default {
  sheet: {
    title: 'Guided walkthrough: {{name}}’s sheet',
    subtitle: 'Securing your accounts, item by item, at your own desk',
    facts: {
      practice: 'Practice:',
      printed: 'Printed on:',
      items: 'To do:',
    },
    itemCount: { one: '{{count}} item, about {{minutes}} minutes', other: '{{count}} items, about {{minutes}} minutes' },
    noPractice: 'practice name to enter in Settings',
    howToUse: {
      title: 'How to fill in this sheet',
      steps: [
        'For each item, do what “How” says, on the account’s website or app.',
        'Tick one answer per item: “Done”, “Not applicable”, “Not possible” (write why) or “Later” (write the day planned).',
        'Write the day’s date beside your answer.',
      ],
      never: 'Never write a password or a code on this sheet.',
    },
    record: {
      title: 'Then, in Hygie',
      text: 'Give the sheet to whoever uses Hygie at the practice. They open Guided walkthrough, choose {{name}}, then on each account’s screen (in the same order as on this sheet) click the answer ticked here and copy the reason or the day planned.',
    },
    account: {
      provider: 'Provider: {{name}}',
      shared: 'Shared account “{{name}}”: you answer for it for the practice.',
      sharedWith: 'Shared account “{{name}}”: you answer for it for the practice. Also used by: {{users}}.',
      personTitle: 'Good habits',
    },
    answers: {
      done: 'Done',
      notApplicable: 'Not applicable',
      notPossible: 'Not possible, why:',
      later: 'Later, on:',
      date: 'Date:',
    },
    mfaNow: 'Protection on now:',
    mfaNone: 'none',
    recorded: 'Already in Hygie: {{answer}}',
    recordedAnswers: {
      done: 'done',
      'not-possible': 'not possible',
      'not-applicable': 'not applicable',
      later: 'later ({{until}})',
    },
    checkPasswordHow: [
      'This item is done at the computer, in Hygie (Guided walkthrough): the password is typed there, never written down nor saved.',
      'If it falls short, change it on the website, then check the new one in Hygie.',
    ],
    breachDate: 'Address found in a data breach (on {{date}}).',
    breachNoDate: 'Address found in a data breach.',
    footer: '{{name}}’s sheet · Hygie {{version}} · printed on {{date}}',
    fileName: 'Walkthrough sheet - {{name}} - {{day}}.pdf',
    dialogTitle: 'Save the sheet to print',
    pdfFilterName: 'PDF document',
  },
} as const satisfies Translation<typeof fr>;
