import type fr from './cli.fr.ts';
import type { Translation } from './template.ts';

// The sentences of cli.fr.ts, in English.

export default {
  cli: {
    help: `hygie {{version}} — security audit of a medical practice's accounts

Usage:
  hygie audit --roster FILE [--json OUT] [--pdf OUT] [--no-domain-search] [--lang fr|en]
  hygie password [--policy cnil|anssi|nist|hipaa] [--json] [--lang fr|en]
  hygie report --pdf OUT [--summary OUT] [--json OUT] [--csv OUT] [--lang fr|en] [--anonymise]
  hygie recovery-kit --out OUT.pdf [--lang fr|en]
  hygie sheet --person ADDRESS --pdf OUT.pdf [--lang fr|en]
  hygie --help | --version

hygie audit
  Reads the staff list (CSV or tab-separated text, like the app's import), checks every e-mail
  address against Have I Been Pwned and the practice's breach lists, prints a summary and, with
  --json, writes the detailed result to OUT.

  --roster FILE   the staff list (required)
  --json OUT      write the JSON results to this file
  --pdf OUT       also write the access security report as a PDF (breaches only), and next to it the
                  JSON whose SHA-256 it prints (OUT without .pdf + .report.json)
  --no-domain-search  check every address one by one, even on a domain the key verified
                  (otherwise one search per verified domain, which sends the domain only, with
                  the stealer logs when the plan includes them)
  --lang fr|en    language of the messages (default: the system's)
  -h, --help      show this help
  -v, --version   show the version

hygie password
  Reads one password from standard input (nothing is shown as you type; through a pipe: the
  first line), prints its strength, the policy's rules with their explanations, and whether it
  is in Pwned Passwords (only 5 characters of its SHA-1 hash are sent). Nothing is saved. The
  practice's words (name, city) are tried when HYGIE_DATA_DIR holds them.

  --policy NAME   cnil, anssi, nist or hipaa (default: the practice's, else cnil)
  --json          the result as JSON on standard output
  Exit codes: 0 passes and is in no breach; 1 fails or is in breaches; 3 passes, but the breach
  lookup could not be done; 2 usage.

hygie report
  The practice's access security report, from Hygie's data (HYGIE_DATA_DIR) as the app's Reports page
  builds it: score, findings by severity with action, owner and due date, breaches, two-step
  verification, passwords (never a password), the guided walkthrough, what was not yet checked
  and why, references, a signature block. Every PDF page's footer carries the JSON's SHA-256
  (sha256sum checks it). The report is added to the app's list of reports. No data is created:
  without Hygie data there is nothing to report.

  --pdf OUT       the full PDF report
  --summary OUT   the one-page summary (the first page alone); --pdf or --summary, or both
  --responsible NAME  the practice's data controller, who signs
  --by NAME       who prepared the review, as printed (default: the security lead)
  --next-review YYYY-MM-DD  the next review (default: in six months)
  --json OUT      its JSON data (default: next to the PDF, OUT without .pdf + .json)
  --csv OUT       one row per person and account
  --lang fr|en    language of the messages and of the report
  --anonymise     initials instead of names, addresses masked (for an outside auditor)
  Exit codes: 0 report written and recorded; 2 usage, configuration or no data.

hygie recovery-kit
  The recovery kit, as Settings › Recovery kit makes it: a PDF to print with the key of Hygie's
  data (HYGIE_DATA_DIR) as 24 words and a QR code, and the steps to restore a backup on a new
  computer. This file is a key: print it, lock the sheet away, delete the file. The words are
  never printed on screen. Noted in Hygie's log.

  --out OUT.pdf   where to write the kit (required; not inside the data folder)
  --lang fr|en    language of the messages and of the kit (French or English word list)
  Exit codes: 0 kit written; 2 usage, configuration or no data.

hygie sheet
  One person's guided walkthrough sheet, as the "Print the sheet" button of their walkthrough prints
  it: a one- or two-page PDF with their accounts (and the shared accounts they answer for), the items
  that apply to them, how to do each with their providers, boxes to tick and where to write the date.
  Their answers are then entered in Hygie, Guided walkthrough.

  --person ADDRESS   the person's e-mail address, as on the Staff page (required)
  --pdf OUT.pdf      where to write the sheet (required)
  --lang fr|en       language of the messages and of the sheet
  Exit codes: 0 sheet written; 2 usage, configuration, no data or unknown person.

Configuration (environment variables):
  HIBP_API_KEY          Have I Been Pwned key (else: the one saved in Hygie, in the system keychain)
  HYGIE_HIBP_BASE_URL   Have I Been Pwned service address (default https://haveibeenpwned.com/api/v3)
  HYGIE_PWNED_BASE_URL  Pwned Passwords address (default https://api.pwnedpasswords.com)
  HYGIE_DATA_DIR        Hygie's data folder (breach lists, reports)

Exit codes of hygie audit:
  0  every address checked, none found in a breach
  1  at least one address found in a breach
  2  usage or configuration error (the message says what to fix)
  3  some addresses could not be checked, none found in a breach
`,
    usage: {
      unknownCommand: 'Unknown command: "{{command}}". The commands are "hygie audit", "hygie password", "hygie report", "hygie recovery-kit" and "hygie sheet".',
      noCommand: 'Give a command: hygie audit --roster FILE.',
      badOption: 'Unknown or incomplete option: {{detail}}',
      missingRoster: 'Give the staff list: hygie audit --roster FILE.',
      badLanguage: 'Unknown language: "{{value}}". Use --lang fr or --lang en.',
      extraArgument: 'Unexpected argument: "{{value}}". Give the file with --roster FILE.',
      seeHelp: 'See: hygie --help',
    },
    config: {
      badBaseUrl: '{{variable}} is not a usable address: "{{value}}". Give an https:// address (http:// only to this computer), with no user name or query, or unset the variable to use the official service.',
      badApiKey: 'HIBP_API_KEY does not look like a Have I Been Pwned key (32 hexadecimal characters). Copy the key again from your haveibeenpwned.com account.',
      noApiKey: 'No Have I Been Pwned key: HIBP_API_KEY is not set and the keychain (service "{{service}}") holds none. Set HIBP_API_KEY, or save the key in Hygie (Settings › IT provider).',
      keychainUnreachable: 'HIBP_API_KEY is not set and the system keychain (service "{{service}}") cannot be reached. Set HIBP_API_KEY, or log in to a desktop session and unlock the keychain (Linux: GNOME Keyring; macOS: Keychain Access; Windows: Credential Manager).',
      rosterMissing: 'Staff list not found: {{path}}. Check the path given to --roster.',
      rosterUnreadable: 'Cannot read {{path}} (permissions?). Check the file given to --roster.',
      rosterNotAFile: "{{path}} is not a regular file (it is a folder, a device or a pipe): it was not read. Give --roster the path of the staff list's CSV file.",
      rosterNoEmailColumn: 'No e-mail column recognised in the staff list (headers: {{headers}}). Name the column "E-mail", then run again.',
      rosterNothingToCheck: 'No line of the staff list holds an address to check (see the skipped lines above). Fix the file and run again.',
      jsonFolderMissing: "The JSON file's folder does not exist: {{path}}. Create it or choose another path for --json.",
      jsonUnwritable: 'Cannot write the JSON results to {{path}} (permissions, disk full?). Choose another path for --json.',
      keyRejected: 'Have I Been Pwned refuses the key (401). Check HIBP_API_KEY, or the key saved in Hygie (Settings › IT provider), against your haveibeenpwned.com account.',
      storeProblem: "Hygie's data ({{dataDir}}): {{message}} {{action}} To check without the breach lists, set HYGIE_DATA_DIR to a folder with no Hygie data.",
      storeKeychain: 'The breach lists ({{dataDir}}) cannot be opened: the system keychain (service "{{service}}") cannot be reached. Unlock the keychain, or set HYGIE_DATA_DIR to a folder with no Hygie data to check with Have I Been Pwned alone.',
    },
    unexpected: 'Unexpected error: {{message}}. Run again; if it comes back, tell your IT provider.',
    rowIssue: {
      'missing-name': 'missing name',
      'missing-email': 'missing e-mail address',
      'invalid-email': 'invalid e-mail address: "{{value}}"',
      'duplicate-in-file': 'same e-mail as line {{otherLine}}: {{value}}',
      'duplicate-existing': 'already on the list ({{existingName}}): {{value}}',
      'too-many-emails': 'too many e-mail addresses ({{value}}): 10 per person at most',
      'cell-too-long': 'cell too long to be a name or an address: "{{value}}"',
      'shared-mailbox-no-owner': 'shared mailbox with nobody to answer for it: add the person who manages it to the file',
    },
    fileWarning: {
      'replacement-characters': 'Warning: some characters of the staff list look wrong ("�"); save it again as UTF-8 or Windows-1252 CSV.',
      'malformed-quotes': 'Warning: a quote is opened and never closed in the staff list; some lines may have been read as one cell.',
    },
    reason: {
      'no-key': 'no Have I Been Pwned key',
      'invalid-key': 'Have I Been Pwned key refused (401): check it in your haveibeenpwned.com account',
      blocked: 'access blocked by Have I Been Pwned (403): try again later from another network, or contact Have I Been Pwned with the Cloudflare ray id',
      'bad-request': 'address refused by Have I Been Pwned (400): check the address',
      'rate-limited': 'too many requests (429) despite retries: run again later',
      unavailable: 'service unavailable (5xx): run again later',
      timeout: 'timed out: run again later',
      network: 'service unreachable (network, DNS, TLS): check the Internet connection',
      malformed: 'unreadable answer from the service: run again later',
      cancelled: 'cancelled before it was checked',
    },
    retryAfter: {
      today: 'Have I Been Pwned asks to wait: run again after {{time}}',
      otherDay: 'Have I Been Pwned asks to wait: run again after {{time}} on {{day}}',
    },
    summary: {
      colon: ': ',
      title: 'Hygie {{version}} — data breach check',
      roster: {
        list: 'Staff list: {{file}} — {{addresses}} ({{people}})',
        withSkipped: 'Staff list: {{file}} — {{addresses}} ({{people}}); {{skipped}}:',
      },
      skippedLine: '  line {{line}}: {{reasons}}',
      hibpRange: "Have I Been Pwned, search by hash: only the first 6 characters of each address's SHA-1 hash are sent.",
      hibpDirect: "Have I Been Pwned, search by address: each address is sent to Have I Been Pwned (over TLS), as the key's plan has no search by hash.",
      hibpPlanUnread: "Have I Been Pwned: the key's plan could not be read, so no address was sent (whether it allows the search by hash is unknown).",
      corpus: 'breach list "{{name}}"',
      hibpDomain: 'Have I Been Pwned, search of verified domains: {{domains}} — only the domain name is sent, once for all its addresses.',
      stealerLogsHeading: 'Passwords stolen on an infected computer ({{count}}) — treat those computers as infected, then change the passwords from a clean device',
      aliasesHeading: 'Addresses of the domain not on the list ({{count}}) — former staff, shared boxes, typos: add them or close them',
      stealerLogsNotInPlan: "Stealer logs: the key's plan does not include them.",
      sources: 'Sources:',
      breachedHeading: 'Found in a breach ({{count}}) — deal with these first',
      notCheckedHeading: 'Not yet checked ({{count}}) — do not consider these safe',
      cleanHeading: 'No known breach ({{count}})',
      totals: 'Summary: {{checked}} of {{total}} checked — {{breached}} found in a breach, {{clean}} with no known breach, {{notChecked}} not yet checked.',
      cancelled: {
        one: 'Cancelled: {{count}} address is not yet checked.',
        other: 'Cancelled: {{count}} addresses are not yet checked.',
      },
      nextStepsBreached: "What to do: for each address found in a breach, change the mailbox's password and every password it was reused for, turn on two-step verification, and check the mailbox's forwarding rules.",
      nextStepsNotChecked: 'Addresses not yet checked are not safe for all that: fix the cause shown and run hygie audit again.',
      jsonWritten: 'JSON results: {{path}}',
    },
    progress: {
      starting: {
        now: 'Checking {{addresses}}…',
        withEstimate: 'Checking {{addresses}} (about {{duration}})…',
      },
      line: '[{{done}}/{{total}}] {{email}}: {{verdict}}',
      bar: {
        line: '[{{done}}/{{total}}] {{percent}}%{{remaining}}{{address}}',
        remaining: ' — about {{duration}} left',
        address: ' — {{email}}',
      },
      breached: 'found in a breach',
      clean: 'no known breach',
      notChecked: 'not yet checked ({{reason}})',
      cancelling: 'Cancelling: the remaining addresses are marked not yet checked…',
    },
    // checked, breached, notChecked: the number alone, the English words being in summary.totals.
    counts: {
      addresses: {
        one: '{{count}} address',
        other: '{{count}} addresses',
      },
      people: {
        one: '{{count}} person',
        other: '{{count}} people',
      },
      skippedLines: {
        one: '{{count}} line skipped',
        other: '{{count}} lines skipped',
      },
      checked: {
        one: '{{count}}',
        other: '{{count}}',
      },
      breached: {
        one: '{{count}}',
        other: '{{count}}',
      },
      notChecked: {
        one: '{{count}}',
        other: '{{count}}',
      },
    },
    duration: {
      seconds: '{{count}} s',
      minutes: '{{count}} min',
      hours: '{{hours}} h {{minutes}} min',
    },
  },
} as const satisfies Translation<typeof fr>;
