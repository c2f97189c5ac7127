import type fr from './compliance.fr.ts';
import type { Translation } from './template.ts';

// The report's first page and its mapping to the French health texts, in English (see compliance.fr.ts).

export default {
  compliance: {
    band: { good: 'good', warning: 'needs work', danger: 'insufficient' },
    overview: {
      score: 'The practice scores {{score}} out of 100 ({{band}}).',
      noScore: 'Nobody is on the staff list yet: there is no score.',
      trendUp: 'Up {{delta}} since {{since}} ({{previous}}).',
      trendDown: 'Down {{delta}} since {{since}} ({{previous}}).',
      trendSame: 'Unchanged since {{since}}.',
      trendNone: 'First score recorded: the trend will show at the next review.',
      points: { one: '{{count}} point', other: '{{count}} points' },
      urgent: {
        one: 'One serious problem is still open{{overdue}}; it is listed below with who fixes it and by when.',
        other: '{{count}} serious problems are still open{{overdue}}; the most urgent are listed below.',
      },
      overdue: { one: ', {{count}} of them overdue', other: ', {{count}} of them overdue' },
      noUrgent: {
        one: 'No serious problem is open; {{count}} less serious point is left to fix.',
        other: 'No serious problem is open; {{count}} less serious points are left to fix.',
      },
      nothingOpen: 'No problem is open.',
      notChecked: {
        one: '{{count}} item could not be checked: it is not counted as safe.',
        other: '{{count}} items could not be checked: they are not counted as safe.',
      },
      allChecked: 'Everything Hygie can check has been checked.',
    },
    scope: {
      verified: {
        breaches: 'Whether staff e-mail addresses appear in known data breaches (Have I Been Pwned or imported lists)',
        passwords: 'Password strength, tested at the desk with each person (never stored), and whether they appear in known breaches',
        domain: 'Protection of the practice’s e-mail domain against spoofing (SPF, DMARC)',
        mfaDetected: 'Two-step verification read from the Microsoft 365 or Google Workspace directory, when imported',
      },
      declared: {
        staff: 'The staff list and the accounts each person uses',
        mfa: 'Each account’s two-step verification, as declared in the guided walkthrough',
        walkthrough: 'The walkthrough’s answers (passwords changed, settings made)',
        statuses: 'What the practice said about the findings (done, postponed, accepted risk)',
      },
      outOfScope: {
        backups: 'Backups and restoring them',
        updates: 'Computer and software updates, antivirus',
        premises: 'Premises, physical access and equipment',
        workstations: 'Locking computers, CPS cards left in readers',
        software: 'Security of the practice software and suppliers',
        records: 'Paper records, retention and return of data',
        auditOnly: 'Two-step verification, passwords and the walkthrough: this command-line audit checks breaches only',
      },
    },
    status: {
      compliant: 'Compliant',
      todo: 'To do',
      'not-checked': 'Not yet checked',
      'out-of-scope': 'Out of scope',
      'not-applicable': 'Not applicable',
    },
    requirement: {
      'ans-identification-2026':
        'Since 1 January 2026, a login and password alone are no longer enough to reach health digital services: CPS card, e-CPS or an approved means.',
      'memento-premises': 'Control physical access to the premises.',
      'memento-equipment': 'Control the physical security of IT equipment.',
      'memento-workstation': 'Protect computers and access to applications (locked sessions).',
      'memento-cards': 'Follow the rules for CPx cards and e-CPS.',
      'memento-passwords': 'Use strong passwords.',
      'memento-password-manager': 'Use a password manager.',
      'memento-updates': 'Keep the system and software up to date.',
      'memento-messaging': 'Use secure health messaging (MSSanté).',
      'memento-gdpr': 'Follow the principles of the GDPR.',
      'memento-records': 'Meet the obligations to keep and return data.',
      'cnil-passwords': 'Passwords that follow the CNIL’s recommendation (deliberation no. 2022-100).',
      'gdpr-security': 'GDPR, article 32: security measures suited to the risk, their effectiveness tested regularly.',
      'gdpr-breach-notification': 'GDPR, article 33: notify a personal data breach to the CNIL within 72 hours and record it in the breach register.',
      nis2: 'NIS2 directive: does not apply to a practice of fewer than 50 people and under €10 million turnover.',
    },
    evidence: {
      identificationAll: {
        one: 'The amelipro, Pro Santé Connect or MSSanté account on record is protected by CPS card, e-CPS, key or app.',
        other: 'All {{count}} amelipro, Pro Santé Connect or MSSanté accounts on record are protected by CPS card, e-CPS, key or app.',
      },
      identificationWeak: {
        one: '{{count}} amelipro, Pro Santé Connect or MSSanté account opens with no second factor, or with an SMS or e-mail code.',
        other: '{{count}} amelipro, Pro Santé Connect or MSSanté accounts open with no second factor, or with an SMS or e-mail code.',
      },
      identificationUnknown: {
        one: '{{count}} amelipro, Pro Santé Connect or MSSanté account with no answer about its two-step verification.',
        other: '{{count}} amelipro, Pro Santé Connect or MSSanté accounts with no answer about their two-step verification.',
      },
      identificationNone: 'No amelipro, Pro Santé Connect or MSSanté account is on record.',
      cardsDeclared: {
        one: '{{count}} account opens with a CPS card, e-CPS or security key; the card rules (PIN kept secret, card removed from the reader) are declared only.',
        other: '{{count}} accounts open with a CPS card, e-CPS or security key; the card rules (PIN kept secret, card removed from the reader) are declared only.',
      },
      cardsNone: 'No account opens with a CPS card or e-CPS, as declared.',
      passwordsAll: {
        one: 'The password checked meets the “{{policy}}” policy.',
        other: 'All {{count}} passwords checked meet the “{{policy}}” policy.',
      },
      passwordsBad: {
        one: '{{count}} password fails the “{{policy}}” policy, is in a breach or is used elsewhere.',
        other: '{{count}} passwords fail the “{{policy}}” policy, are in a breach or are used elsewhere.',
      },
      passwordsUnchecked: {
        one: '{{count}} password has not been checked yet.',
        other: '{{count}} passwords have not been checked yet.',
      },
      passwordsNone: 'No account is on record.',
      messagingUsed: {
        one: '{{count}} MSSanté account is declared.',
        other: '{{count}} MSSanté accounts are declared.',
      },
      messagingNone: 'No MSSanté account is declared: Hygie cannot tell whether the practice uses one.',
      outOfScope: 'Hygie does not check it: see the IT provider, or an on-site audit.',
      passwordManager: 'Hygie recommends a password manager in the walkthrough, but does not check that one is used.',
      gdprThisReport: 'This review is one of the regular tests; the record of processing is not seen by Hygie.',
      securityOpen: {
        one: '{{count}} serious problem (critical or high) is still open.',
        other: '{{count}} serious problems (critical or high) are still open.',
      },
      securityUnknown: {
        one: 'No serious problem open, but {{count}} item could not be checked.',
        other: 'No serious problem open, but {{count}} items could not be checked.',
      },
      securityOk: 'No serious problem open and everything was checked; review again on the next review date.',
      breachRegister: 'Hygie does not keep the breach register. A mailbox found in another site’s breach is not in itself a breach of the practice’s data; a hijacked mailbox probably is.',
      nis2: 'The directive’s thresholds: 50 people, or €10 million turnover or balance sheet.',
    },
    breach: {
      summary: 'Breach of {{site}}{{date}}: {{classes}}.',
      summaryNoClasses: 'Breach of {{site}}{{date}}.',
      date: ' ({{date}})',
      unknownClass: '{{name}} (Have I Been Pwned’s term)',
      separator: ', ',
    },
  },
} as const satisfies Translation<typeof fr>;
