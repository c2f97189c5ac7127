import type fr from './cli-password.fr.ts';
import type { Translation } from './template.ts';

// The sentences of cli-password.fr.ts, in English.

export default {
  cliPassword: {
    title: 'Hygie {{version}} — password check',
    privacy: 'The password is neither shown nor saved; only the first 5 characters of its SHA-1 hash go to Pwned Passwords.',
    prompt: 'Password (nothing is shown, Enter to confirm): ',
    verdict: {
      pass: 'passes',
      fail: 'fails',
      'not-checked': 'to be confirmed — the breach lookup could not be done',
    },
    verdictLine: 'Verdict: {{verdict}}',
    policyLine: {
      line: 'Policy: {{title}}{{cnilCase}} — {{citation}} — {{url}}',
      cnilCase: ' (case {{case}})',
    },
    strength: 'Strength: {{score}}/4 — about {{estimatedBits}} estimated bits; theoretical entropy {{theoreticalBits}} bits',
    rulesHeading: "The policy's rules:",
    pwnedFound: 'Breaches (Pwned Passwords): seen {{count}} times in data breaches — do not use it anywhere any more.',
    pwnedAbsent: 'Breaches (Pwned Passwords): not in any known breach.',
    pwnedNotChecked: 'Breaches (Pwned Passwords): not yet checked ({{reason}}) — this is not a "no breach" result.',
    reuse: "Reuse: not applicable here — a single password has nothing to be compared with. The app compares one person's passwords.",
    advice: 'Advice:',
    othersHeading: 'Other policies, for information:',
    otherPolicy: '  {{title}}: {{verdict}}',
    nextFail: 'What to do: choose a passphrase (7 or more random words) used for this account only.',
    nextNotChecked: 'Run again when Pwned Passwords answers (or set up a local copy): without that lookup, nothing is certain.',
    noPracticeData: "No Hygie data in {{dataDir}}: checked without the practice's name, city or profession (only the health-portal words are tried).",
    practiceDataUnreadable: "The practice's data could not be opened ({{message}}): checked without the practice's name, city or profession.",
    usage: {
      badPolicy: 'Unknown policy: "{{value}}". Use --policy cnil, anssi, nist or hipaa.',
      jsonTakesNoValue: 'With hygie password, --json takes no value: the JSON result goes to standard output.',
      extraArgument: "Unexpected argument (not repeated here). The password comes on standard input, never on the command line: it would stay in the shell's history.",
      noPassword: 'No password received on standard input. Type it, or send it on the first line: … | hygie password',
      tooLong: 'Password too long: {{max}} characters at most.',
      cancelled: 'Cancelled: no password checked.',
      unreadable: 'Standard input could not be read.',
    },
  },
} as const satisfies Translation<typeof fr>;
