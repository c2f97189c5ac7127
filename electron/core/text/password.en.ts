import type fr from './password.fr.ts';
import type { Translation } from './template.ts';

// The password check's words of password.fr.ts, in English.

export default {
  password: {
    policies: {
      'cnil-2022': {
        title: 'CNIL 2022 (France)',
        summary:
          'At least 80 bits for a password alone (12 characters with upper and lower case, digits and special characters, or 14 with upper and lower case and digits, or a 7-word passphrase); 50 bits when the account locks after failed attempts.',
      },
      'anssi-2021': {
        title: 'ANSSI 2021 (France)',
        summary:
          'At least 12 characters (16 for an administrator), all four character types unless 20 characters or more, and two-step verification preferred.',
      },
      'nist-800-63b': {
        title: 'NIST SP 800-63B-4',
        summary:
          'At least 15 characters (8 when the account has two-step verification), no composition rules, and common passwords, context words and passwords found in breaches refused.',
      },
      hipaa: {
        title: 'HIPAA Security Rule',
        summary:
          'Procedures for creating, changing and safeguarding passwords: no set length, but passwords that are hard to guess, free of context words, absent from breaches and not reused.',
      },
    },
    hipaaProcedures: [
      'A written procedure for creating, changing and safeguarding passwords (45 CFR 164.308(a)(5)(ii)(D)).',
      'Each person has their own credentials: no shared accounts (45 CFR 164.312(d)).',
      'Every account’s password has been checked: hard to guess, free of the practice’s and the person’s names, absent from known breaches, different on each account.',
      'A password found in a breach is changed at once.',
      'Two-step verification is on wherever the service offers it.',
      'Passwords are kept in a password manager, never on paper or in a file.',
    ],
    rules: {
      'min-theoretical-bits': { requirement: 'length and variety', failure: 'too few possible combinations' },
      'min-length': { requirement: 'length', failure: 'too short' },
      'character-classes': { requirement: 'kinds of characters', failure: 'character types missing' },
      'not-guessable': { requirement: 'hard to guess', failure: 'easy to guess' },
      'no-context-words': { requirement: 'no word tied to the practice', failure: 'contains a word tied to the practice or the person' },
      'not-pwned': { requirement: 'not in known breaches', failure: 'found in breaches' },
      'not-reused': { requirement: 'unique password', failure: 'used on another account' },
    },
    and: 'and',
    contextWarning: 'It contains a word tied to the practice, the person or the health portals: an attacker tries those first.',
    guesses: {
      units: { one: 'about {{count}} guess', other: 'about {{count}} guesses' },
      millions: { one: 'about {{count}} million guesses', other: 'about {{count}} million guesses' },
      billions: { one: 'about {{count}} billion guesses', other: 'about {{count}} billion guesses' },
      trillions: 'over a trillion guesses',
    },
    bits: {
      lockout: 'an account that locks after failed attempts',
      alone: 'a password alone',
      characters: { one: '{{length}} character gives {{bits}} bits', other: '{{length}} characters give {{bits}} bits' },
      passphrase: 'a {{words}}-word passphrase gives {{bits}} bits',
      passed: 'At least {{required}} bits ({{case}}): {{measured}}.',
      failedLockout: 'At least {{required}} bits ({{case}}): {{measured}}. Make it longer or mix more kinds of characters (upper case, digits, special characters).',
      failedAlone: 'At least {{required}} bits ({{case}}): {{measured}}. For example: {{shapes}}.',
      cnilShapes:
        '12 characters with upper and lower case, digits and special characters, or 14 characters with upper and lower case and digits, or a 7-word passphrase',
    },
    length: {
      sentence: 'At least {{required}} characters{{why}}{{note}}: this one has {{length}}.{{mfa}}',
      whyAdmin: ' for an administrator account',
      whyMfa: ' with two-step verification',
      mfaNote: ' ({{value}} when the account has two-step verification)',
      mfaPreferred: ' ANSSI also recommends turning on two-step verification for this account.',
    },
    classes: {
      names: { upper: 'upper-case letters', lower: 'lower-case letters', digit: 'digits', special: 'special characters' },
      longEnough: 'From {{from}} characters on, the four character types are no longer required: this one has {{length}}.',
      mixed: 'It mixes {{all}}.',
      missingItem: '{{name}}',
      missing: {
        one: 'It needs {{all}} (or {{from}} characters or more): {{missing}} is missing.',
        other: 'It needs {{all}} (or {{from}} characters or more): {{missing}} are missing.',
      },
    },
    guessable: {
      passed: 'Hard to guess: score {{score}} out of 4 (at least {{min}}), {{guesses}} to find it.',
      failed:
        'Too easy to guess: score {{score}} out of 4 (at least {{min}}); an attacker would find it in {{guesses}} (common words, names, dates, keyboard runs).',
    },
    context: {
      passed: 'No word tied to the practice, the person or the health portals.',
      item: '“{{word}}”, {{kind}}',
      failed: 'It contains {{words}}: an attacker tries those first.',
      kinds: {
        'practice-name': 'the practice’s name',
        'practice-city': 'the practice’s town',
        profession: 'the practice’s profession',
        'person-name': 'the person’s name',
        email: 'their e-mail address',
        'health-portal': 'a health-portal word',
      },
    },
    pwned: {
      pending: 'To be confirmed: the search in known password breaches runs when you start the check.',
      found: {
        one: 'Found {{count}} time in password breaches: attackers try it first. Change it wherever it is used.',
        other: 'Found {{count}} times in password breaches: attackers try it first. Change it wherever it is used.',
      },
      absent: 'Not found in known password breaches.',
      notChecked: 'Could not check password breaches ({{reason}}): this does not mean it is not in one.',
      reasons: {
        'no-key': 'no source is set up',
        'invalid-key': 'the key was refused',
        blocked: 'the service blocked the request',
        'bad-request': 'the request was refused',
        'rate-limited': 'too many requests, try again later',
        unavailable: 'the service is unavailable',
        timeout: 'no answer in time',
        network: 'no connection',
        malformed: 'an unreadable answer',
        cancelled: 'the check was cancelled',
      },
    },
    reused: {
      pending: 'To be confirmed: the comparison with the person’s other accounts runs when you start the check.',
      nothingToCompare: 'Nothing to compare yet: no other account of this person has been checked in this sitting.',
      different: 'Different from the other passwords checked for this person.',
      item: '“{{label}}”',
      failed: 'Same password as {{accounts}}: if one is stolen, the other falls too. Use a different password for each account.',
    },
  },
} as const satisfies Translation<typeof fr>;
