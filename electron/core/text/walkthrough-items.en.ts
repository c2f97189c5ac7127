// The walkthrough's items as the person reads them, in English (walkthrough-items.fr.ts is the reference).

import type { Translation } from './template.ts';
import type fr from './walkthrough-items.fr.ts';

export default {
  walkthroughItems: {
    'password-changed-since-breach': {
      title: 'Change the mailbox password',
      how: [
        'Open the mailbox\'s security settings.',
        'Choose a new long password (at least 12 characters, or a phrase of several words) used nowhere else.',
        'If that password was also used on other sites, change it there too.',
        'Keep it in a password manager rather than on paper.',
      ],
    },
    'check-password': {
      title: 'Check the password',
      how: [
        'Type this account\'s password in the field below. It is neither saved nor shown; only the first 5 characters of its fingerprint go to Pwned Passwords.',
        'Read the verdict: the practice\'s policy, breaches, and “same password as…” if you already use it elsewhere.',
        'If it falls short, change it on the site (“Make a strong one” suggests one), then check the new one.',
      ],
    },
    'enable-mfa': {
      title: 'Turn on the strongest two-step verification',
      titleBy: {
        mailbox: 'Turn on two-step verification for the mailbox',
        amelipro: 'Sign in to amelipro with the CPS card or e-CPS',
        'pro-sante-connect': 'Activate e-CPS',
        franceconnect: 'Protect the FranceConnect sign-in',
      },
    },
    recovery: {
      title: 'Check the recovery e-mail and phone',
    },
    forwarding: {
      title: 'Remove unknown forwarding and delegations',
    },
    sessions: {
      title: 'Sign out the other sessions',
    },
    'dedicated-mailbox': {
      title: 'A mailbox kept for amelipro',
      how: [
        'Create an address used only for professional portals (amelipro, Pro Santé Connect), with a provider that offers two-step verification.',
        'Turn on two-step verification for this new mailbox.',
        'In amelipro, replace the contact address with this new address.',
        'Do not use this address for newsletters, shopping or writing to patients.',
      ],
    },
    'login-notices': {
      title: 'Read amelipro\'s sign-in notices',
      how: [
        'Check that the "sign-in to your amelipro account" e-mails arrive (look in the spam folder too).',
        'Do not filter them into a folder nobody reads.',
        'For a sign-in you did not make: change the password and tell your Assurance Maladie office; a health professional also switches to the CPS card or e-CPS.',
      ],
    },
    'device-lock': {
      title: 'Lock the phone holding e-CPS',
      how: [
        'In the phone\'s settings, turn on screen lock with a code (at least 6 digits), fingerprint or face.',
        'Set automatic lock to one minute or less.',
        'Keep the e-CPS app\'s code to yourself: do not write it next to the phone.',
        'If the phone is lost or replaced, deactivate e-CPS from Pro Santé Connect.',
      ],
    },
    'bank-details-alerts': {
      title: 'Watch for bank-detail changes',
      how: [
        'In your Ameli account and on impots.gouv, check that the bank details on record are yours.',
        'Check that the confirmation e-mails for changed bank details reach a mailbox you read.',
        'For a change you did not make: contact your Assurance Maladie office or tax office at once, and your bank.',
      ],
    },
    phishing: {
      title: 'Recognise fake messages',
      how: [
        'Never give a password or a code received by text, even to someone who says they call for Assurance Maladie, the tax office or the bank.',
        'Do not click a sign-in link received by e-mail or text: type the site\'s address yourself (ameli.fr, impots.gouv.fr).',
        'Be wary of urgency ("your account will be blocked") and of unexpected refunds.',
        'In doubt? Forward the message to cybermalveillance.gouv.fr or the text to 33700, then delete it.',
      ],
    },
    'amelipro-delegation': {
      title: 'Your own delegated access to amelipro',
      how: [
        'The doctor adds you as a delegate in their amelipro space.',
        'You sign in with your own CPE card and its code, never with the doctor’s card or code.',
        'If you do not have a CPE card yet, the practice orders it (answer “Later” with the planned day).',
      ],
    },
    'no-shared-credentials': {
      title: 'Never someone else’s login',
      how: [
        'If you still use the doctor’s login or card, tell them: they ask for your delegated access.',
        'The doctor then changes their amelipro password.',
      ],
    },
  },
} as const satisfies Translation<typeof fr>;
