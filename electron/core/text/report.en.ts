import type fr from './report.fr.ts';
import type { Translation } from './template.ts';

// The report's sentences of report.fr.ts, in English.

export default {
  report: {
    mailboxAccount: 'mailbox {{identifier}}',
    findings: {
      breachedMailbox: {
        title: '{{account}} is in a data breach ({{breaches}}) and its password has not been changed since',
        action:
          "Change this mailbox's password (and everywhere it was reused), turn on two-step verification, check forwarding rules and sign out sessions open elsewhere.",
      },
      pwnedPassword: {
        title: 'The password of {{account}} is in known breaches{{times}}',
        times: ' ({{count}} times)',
        action: 'Change this password now, for a new passphrase used on this account only (Passwords › Create a strong password).',
      },
      reusedPassword: {
        title: 'Same password on {{account}} and {{others}}',
        action: 'Give each account a password of its own, mailbox and amelipro first: whoever gets one opens them all.',
      },
      weakPassword: {
        title: 'The password of {{account}} does not meet the {{policy}} policy{{rules}}',
        action: 'Replace it with a passphrase that complies (Passwords › Create a strong password), kept in a password manager.',
      },
      declaredPassword: {
        title: 'Password of {{account}} to change (declared): {{answers}}',
        separator: '; ',
        answers: {
          minLength: 'fewer than 12 characters',
          unique: 'used elsewhere too',
          manager: 'not in a password manager',
          changedSinceBreach: 'not changed since the last breach',
        },
        action:
          'Replace it with a new passphrase used on this account only, and keep it in a password manager (Bitwarden, KeePassXC: Passwords page). Then answer the questions again, or check the password in front of Hygie.',
        steps: {
          minLength: 'Use at least 12 characters: a passphrase of 6 to 8 words is easier to remember (Passwords › Create a strong password).',
          unique: 'Give this account a password used nowhere else: whoever gets one opens every account that shares it.',
          manager: 'Install a password manager (Bitwarden or KeePassXC, both free) and save this account in it.',
          changedSinceBreach: 'Change this password now: a past breach may have given it away, even if nothing has happened yet.',
        },
      },
      mfaNone: {
        title: 'No two-step verification on {{account}}',
        action:
          'Turn on two-step verification with the strongest method offered (security key, CPS card or e-CPS, authenticator app): Walkthrough, step "Two-step verification".',
      },
      mfaEmailCode: {
        title: 'Two-step verification by e-mailed code on {{account}}',
        actionOnMailbox: 'Switch to an authenticator app or a security key: a code sent to the mailbox does not protect the mailbox itself.',
        action: 'Switch to an authenticator app or a security key: whoever takes the mailbox also gets the code.',
      },
      mfaSms: {
        title: 'Two-step verification by text message on {{account}}',
        action: 'Switch to an authenticator app or a security key: a text message can be diverted (SIM swap).',
      },
      walkthroughNotStarted: {
        title: 'Walkthrough not started ({{total}} steps)',
        action: 'Go through the walkthrough with the person at the desk (Walkthrough): it resumes where it stops.',
      },
      walkthroughLater: {
        title: 'Planned for later: {{item}}',
        titleOnAccount: 'Planned for later: {{item}} ({{account}})',
        action: 'Do this item by {{until}} at the latest, with the Guided walkthrough; it is pending until then, not failed.',
      },
      sharedCredential: {
        title: 'Personal login shared: {{account}}, also used by {{users}}',
        action: 'One access each: create an account for each person who uses it, then change this account’s password.',
        actionAmelipro: 'One access each: the secretary asks for delegated access to amelipro with her own CPE card (never the doctor’s card or code), then the doctor changes the amelipro password.',
      },
      walkthroughItems: {
        'password-changed-since-breach': 'password changed since the breach',
        'check-password': 'check the password',
        'enable-mfa': 'two-step verification',
        recovery: 'recovery address and phone',
        forwarding: 'forwarding and delegations',
        sessions: 'sign out other sessions',
        'dedicated-mailbox': 'a mailbox kept for amelipro',
        'login-notices': 'read the sign-in notices',
        'device-lock': 'lock the e-CPS phone',
        'bank-details-alerts': 'watch for bank-detail changes',
        'amelipro-delegation': 'delegated amelipro access with her CPE card',
        'no-shared-credentials': 'never someone else’s login',
        phishing: 'recognise fake messages',
      },
      walkthroughUnfinished: {
        title: 'Walkthrough unfinished: {{answered}} of {{total}} steps',
        action: 'Finish the walkthrough with the person (Walkthrough): it resumes at the first step without an answer.',
      },
      stealerLog: {
        title: 'A password typed on an infected computer was stolen: {{account}} ({{websites}})',
        websiteWithService: '{{service}} ({{website}})',
        websiteSeparator: ', ',
        action: "Treat the person's computers as infected, then change every password from a clean device, end every session and check e-CPS and the recovery details (see the steps).",
        playbook: [
          "Treat the person's computer (and phone) as infected: stop signing in on it, unplug it from the network and call the IT provider, or 17Cyber (cybermalveillance.gouv.fr), to clean or reinstall it.",
          'From another, clean device, change the password of each account named ({{websites}}), the mailbox first, then of every account that had the same password.',
          'End every open session of these accounts (sign out of all devices) and check that no forwarding rule was added to the mailbox.',
          "Check e-CPS (the devices enrolled in the e-CPS app) and each account's recovery details (e-mail address and phone); remove what is not the person's.",
          'Turn on the strongest two-step verification offered (CPS card or e-CPS for amelipro), then note the day of the clean-up in Actions.',
        ],
      },
      recheckDue: {
        title: "The practice's addresses have not been checked again for {{days}} days (chosen rhythm: every {{cadence}} days)",
        action: 'Run "Check all staff" (Breaches); with a Have I Been Pwned key, Hygie does it by itself while it is open.',
      },
      domainEmailAuth: {
        title: 'The domain {{domain}} can be spoofed in e-mails: {{problems}}',
        separator: '; ',
        action:
          'Ask the IT provider to publish an SPF record ending in "-all" (or "~all") and a DMARC record at "p=quarantine", then "p=reject"; then check again (Two-step verification › Check the domain).',
      },
    },
    domainProblems: {
      dmarc: {
        missing: 'no DMARC record',
        none: 'DMARC set to "none" (monitoring only, nothing is blocked)',
        malformed: 'DMARC record unreadable',
        multiple: 'several DMARC records (all are then ignored)',
        'pct-zero': 'DMARC applied to 0% of e-mail (pct=0): no effect',
      },
      spf: {
        neutral: 'SPF ends in "?all" (anyone may send as the practice)',
        'pass-all': 'SPF allows everyone ("+all", or an "include" that allows all)',
        'include-broken': 'SPF points to a name without valid SPF (permanent error)',
        'too-many-lookups': 'SPF exceeds 10 DNS lookups (permanent error)',
        'too-many-void-lookups': 'SPF names more than two names without answer (permanent error)',
        loop: 'SPF points back to itself (loop, permanent error)',
        'no-all': 'SPF without a final "all" rule',
        multiple: 'several SPF records (SPF is then ignored)',
        malformed: 'SPF record unreadable',
        missing: 'no SPF record',
        'domain-not-found': 'the domain does not exist in the DNS',
      },
      spfOther: 'SPF inadequate',
    },
    notChecked: {
      /** A verified domain's stealer-log search that did not answer, by reason. */
      stealerLogs: {
        default: 'The search of the stealer logs of the domain {{domain}} did not succeed: run "Check all staff" (Breaches) again later.',
        'invalid-key': 'Have I Been Pwned refused the key for the stealer logs of the domain {{domain}}: have it checked (Settings › IT provider).',
        blocked: "Have I Been Pwned refused the search of the stealer logs of the domain {{domain}} (the domain is no longer verified, or the plan does not include them): the IT provider checks Have I Been Pwned's domain dashboard.",
        'rate-limited': 'Have I Been Pwned limited the number of requests: the stealer logs of the domain {{domain}} will be searched at the next check.',
      },
      breach: {
        'no-key': 'No breach source is set up: save a Have I Been Pwned key or import a breach list (Settings), then run "Check all staff" (Breaches).',
        'never-checked': 'This address has never been checked: run "Check all staff" (Breaches).',
        'source-pending': 'This source was added since the address was last checked: run "Check all staff" (Breaches).',
        'invalid-key': 'Have I Been Pwned refused the key: check or replace it (Settings), then retry the addresses not yet checked (Breaches).',
        blocked: 'The service blocked the request: retry later (Breaches › Retry the addresses not yet checked); if it persists, tell the IT provider.',
        'bad-request': 'The service does not accept this address as written: correct it in the staff list, then check it again.',
        'rate-limited': 'The service limited the number of requests: retry later (Breaches › Retry the addresses not yet checked).',
        unavailable: 'The service was down: retry later (Breaches › Retry the addresses not yet checked).',
        timeout: 'The service did not answer in time: retry (Breaches › Retry the addresses not yet checked).',
        network: 'The service could not be reached (connection, DNS or proxy): check the connection, then retry (Breaches).',
        malformed: "The service's answer could not be read: retry; if it persists, tell your IT provider.",
        cancelled: 'The check was cancelled before this address: retry the addresses not yet checked (Breaches).',
      },
      password: {
        'never-checked': 'This password has never been checked: do it with the person at the desk (Passwords, or the walkthrough step).',
      },
      passwordNotChecked: 'The breach lookup (Pwned Passwords) could not answer: check this password again with the person once the service can be reached (Passwords).',
      mfaNeverRecorded: 'Nobody has recorded whether two-step verification is on: do it in the walkthrough, or on the Two-step verification page (or import the Microsoft 365 / Google Workspace directory).',
      domain: {
        'never-checked': "The practice's e-mail domain has never been checked (SPF, DMARC): run \"Check the domain\" (Two-step verification).",
        'consumer-domain': "The domain is a consumer provider's: SPF and DMARC are the provider's to set, not the practice's.",
      },
      domainUnanswered: 'The DNS did not answer for this domain: check again later (Two-step verification › Check the domain).',
      notInScope: {
        mfa: 'A command-line audit checks breaches only: two-step verification is checked in the app (Two-step verification, Walkthrough).',
        password: 'A command-line audit checks breaches only: passwords are checked with each person, in the app (Passwords) or with "hygie password".',
        walkthrough: 'A command-line audit checks breaches only: the walkthrough is done in the app, with each person.',
      },
      corpusSource: 'List "{{name}}"',
      hibpSource: 'Have I Been Pwned',
      withSource: '{{source}}: {{reason}}',
    },
    references: {
      'ans-identification': {
        title: 'ANS, electronic identification framework for health, medico-social and social actors (PGSSI-S), approved by the order of 28 March 2022',
        relevance: 'Since 1 January 2026 a login and password alone no longer comply: CPS card, e-CPS or an approved means for amelipro, Pro Santé Connect and MSSanté messaging.',
      },
      'ans-memento': {
        title: 'ANS, IT security memento for health professionals in private practice (PGSSI-S)',
        relevance: 'The ten IT hygiene rules for a private practice; this review says, for each, what it checked and what is outside its scope.',
      },
      'cnil-2022-100': {
        title: 'CNIL, deliberation no. 2022-100 of 21 July 2022',
        relevance: 'The French recommendation on passwords: at least 80 bits for a password alone, 50 when the account locks after failed attempts, with no forced renewal.',
      },
      'anssi-2021': {
        title: 'ANSSI, Recommendations on two-step verification and passwords, v2.0, 2021',
        relevance: "France's national agency recommends two-step verification, a possession factor and a password manager: the basis of this report's two-step verification findings.",
      },
      'nist-800-63b-4': {
        title: 'NIST SP 800-63B-4 (2025), “Digital Identity Guidelines: Authentication”',
        relevance: 'Length over composition, passwords found in breaches or tied to the context refused, a forced change only when a password may have been stolen; SMS is a restricted authenticator.',
      },
      'hipaa-164-308': {
        title: '45 CFR 164.308(a)(5)(ii)(D), password management (HIPAA)',
        relevance: "Requires procedures for creating, changing and safeguarding passwords: this report's per-account verdicts and listed procedures.",
      },
      'hipaa-164-312': {
        title: '45 CFR 164.312(d), person or entity authentication (HIPAA)',
        relevance: 'Requires verifying that each person is who they claim to be: credentials of their own and two-step verification per account.',
      },
      'hhs-405d-hicp': {
        title: 'HHS 405(d), Health Industry Cybersecurity Practices (HICP), 2023 edition',
        relevance: 'For small practices: e-mail phishing is the first threat; e-mail protection and access management with two-step verification are the first answers.',
      },
      'gdpr-art-32': {
        title: 'Regulation (EU) 2016/679 (GDPR), Article 32: security of processing',
        relevance: 'Requires the practice to protect health data with appropriate measures and to test their effectiveness regularly: this report is a record of that.',
      },
      'gdpr-art-33': {
        title: 'Regulation (EU) 2016/679 (GDPR), article 33: notification of a personal data breach',
        relevance: 'A personal data breach is notified to the CNIL within 72 hours and recorded in the practice’s breach register, notified or not.',
      },
      nis2: {
        title: 'Directive (EU) 2022/2555 (NIS2), scope',
        relevance: 'Applies to entities of at least 50 people or €10 million turnover or balance sheet: not to a small private practice.',
      },
    },
  },
} as const satisfies Translation<typeof fr>;
