import type { Localised } from '../../electron/core/model/schemas/localised.ts';
import { HIPAA_PROCEDURES, POLICIES } from '../../electron/core/password/policies.ts';
import {
  REPORT_FORMAT,
  REPORT_SCHEMA_VERSION,
  ReportSchema,
  SCORE_FORMULA_VERSION,
  type Finding,
  type Reference,
  type Report,
  type ReportLanguage,
} from '../../electron/core/model/schemas/report.ts';
import { complianceMapping } from '../../electron/core/report/compliance-mapping.ts';
import { reportOverview, reportScope, type ReportBody } from '../../electron/core/report/report-overview.ts';
import { breachSummary } from '../../electron/core/report/report-texts.ts';

// A hand-built, valid Report for the renderers' tests (they must not depend on how the model is
// built): accented names, two people with accounts and one without, a mailbox found in Adobe and
// in a local corpus, a finding of each severity (one overdue), things not checked, three history
// points; in French or English, anonymised or not, under CNIL 2022 or HIPAA.

export interface ReportFixtureOptions {
  language?: ReportLanguage;
  anonymised?: boolean;
  policy?: 'cnil-2022' | 'hipaa';
}

export const FIXTURE_PRACTICE = 'Cabinet médical des Églantiers';
export const FIXTURE_PEOPLE = [
  { name: 'Hélène Lefèvre-Ñúñez', initials: 'H. L.' },
  { name: 'Anaïs Garçon', initials: 'A. G.' },
  { name: 'Zoé Œuvray', initials: 'Z. Œ.' },
] as const;
export const FIXTURE_BREACH_TITLES = ['Adobe', 'Fuite locale — Clinique de l’Ouest'] as const;
export const FIXTURE_EMAILS = ['helene.lefevre@cabinet-eglantiers.fr', 'anais.garcon@cabinet-eglantiers.fr'] as const;
export const FIXTURE_SCORE = 46;
/** Who signs, as typed on the Reports page, and the next review's day. */
export const FIXTURE_RESPONSIBLE = 'Dr Paul Müller';
export const FIXTURE_NEXT_REVIEW = '2025-09-07';
/** HIBP's names of the Adobe breach's data classes: none may appear in a French report. */
export const FIXTURE_DATA_CLASSES = ['Email addresses', 'Password hints', 'Passwords', 'Usernames'] as const;
/** A class the translation table does not know: shown as it came, marked. */
export const FIXTURE_UNKNOWN_CLASS = 'Astrological signs';

const w = (fr: string, en: string): Localised => ({ fr, en });

const REFERENCES: Record<Reference['id'], { title: string; relevance: Localised; url: string }> = {
  'cnil-2022-100': {
    title: 'CNIL, délibération n° 2022-100',
    relevance: w('Règles des mots de passe (80 bits, ou 50 avec blocage).', 'Password rules (80 bits, or 50 with lock-out).'),
    url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046130566',
  },
  'anssi-2021': {
    title: 'ANSSI, authentification multifacteur et mots de passe (2021)',
    relevance: w('Double authentification et longueur des mots de passe.', 'Multi-factor authentication and password length.'),
    url: 'https://cyber.gouv.fr/publications/recommandations-relatives-lauthentification-multifacteur-et-aux-mots-de-passe',
  },
  'nist-800-63b-4': {
    title: 'NIST SP 800-63B-4',
    relevance: w('Refus des mots de passe trouvés dans des fuites.', 'Refusing passwords found in breaches.'),
    url: 'https://pages.nist.gov/800-63-4/sp800-63b.html',
  },
  'hipaa-164-308': {
    title: 'HIPAA, 45 CFR 164.308(a)(5)(ii)(D)',
    relevance: w('Procédures de gestion des mots de passe.', 'Password management procedures.'),
    url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-C',
  },
  'hipaa-164-312': {
    title: 'HIPAA, 45 CFR 164.312(d)',
    relevance: w('Authentification de chaque personne.', 'Person or entity authentication.'),
    url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-C',
  },
  'hhs-405d-hicp': {
    title: 'HHS 405(d) HICP',
    relevance: w('Pratiques de cybersécurité des petits cabinets.', 'Cybersecurity practices for small practices.'),
    url: 'https://405d.hhs.gov/',
  },
  'ans-identification': {
    title: 'ANS, Référentiel d’identification électronique (arrêté du 28 mars 2022)',
    relevance: w('Depuis le 1er janvier 2026, plus d’identifiant et mot de passe seuls.', 'Since 1 January 2026, no login and password alone.'),
    url: 'https://esante.gouv.fr/faq/est-il-vrai-que-le-simple-loginmot-de-passe-est-interdit-pour-lidentification-electronique-des-professionnels-de-sante',
  },
  'ans-memento': {
    title: 'ANS, Mémento de sécurité informatique (exercice libéral)',
    relevance: w('Les dix règles d’hygiène informatique.', 'The ten IT hygiene rules.'),
    url: 'https://esante.gouv.fr/',
  },
  'gdpr-art-33': {
    title: 'RGPD / GDPR, article 33',
    relevance: w('Notification à la CNIL sous 72 heures.', 'Notification to the CNIL within 72 hours.'),
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },
  nis2: {
    title: 'NIS 2',
    relevance: w('Non applicable sous 50 personnes.', 'Not applicable below 50 people.'),
    url: 'https://aide.monespacenis2.cyber.gouv.fr/',
  },
  'gdpr-art-32': {
    title: 'RGPD / GDPR, article 32',
    relevance: w('Sécurité du traitement des données de santé.', 'Security of processing of health data.'),
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },
};

export function reportFixture(options: ReportFixtureOptions = {}): Report {
  const language = options.language ?? 'fr';
  const breach = (name: string, title: string, breachDate: string, dataClasses: readonly string[]) => ({
    name,
    title,
    breachDate,
    dataClasses: [...dataClasses],
    summary: breachSummary({ title, breachDate, dataClasses }, language),
  });
  const anonymised = options.anonymised ?? false;
  const policyId = options.policy ?? 'cnil-2022';
  const say = (words: Localised) => words[language];
  const [helene, anais, zoe] = FIXTURE_PEOPLE.map((person) => (anonymised ? person.initials : person.name)) as [string, string, string];
  const mail = (address: string) => (anonymised ? `•••@${address.split('@')[1]}` : address);
  const [heleneMail, anaisMail] = FIXTURE_EMAILS.map(mail) as [string, string];
  const referent = anonymised ? 'H. L.' : 'Dr Hélène Lefèvre-Ñúñez';
  const walkthroughNone = { answered: 0, total: 0, done: 0, notPossible: 0, lastAnsweredAt: null };

  const findings: Finding[] = [
    {
      id: 'breached-mailbox:mailbox:acc-helene-mail',
      ref: 'F001',
      severity: 'critical',
      kind: 'breached-mailbox',
      personRef: 'P01',
      accountRef: 'P01-A01',
      service: 'mailbox',
      title: say(w(`Messagerie ${heleneMail} trouvée dans 2 fuites (Adobe, Fuite locale)`, `Mailbox ${heleneMail} found in 2 breaches (Adobe, local corpus)`)),
      action: say(w('Changer le mot de passe de la messagerie, puis activer une double authentification par application.', 'Change the mailbox password, then turn on app-based multi-factor authentication.')),
      owner: helene,
      detectedAt: '2025-03-01T09:12:00.000Z',
      dueDate: '2025-03-08',
      overdue: false,
      points: 6,
      status: { value: 'todo', setAt: null, setBy: null, until: null, reason: null, stillFoundAt: null },
    },
    {
      id: 'mfa-none:amelipro:acc-helene-amelipro',
      ref: 'F002',
      severity: 'high',
      kind: 'mfa-none',
      personRef: 'P01',
      accountRef: 'P01-A02',
      service: 'amelipro',
      title: say(w('amelipro sans double authentification', 'amelipro without multi-factor authentication')),
      action: say(w('Activer la connexion par carte CPS ou e-CPS sur amelipro.', 'Turn on CPS card or e-CPS sign-in on amelipro.')),
      owner: helene,
      detectedAt: '2025-01-29T10:00:00.000Z',
      dueDate: '2025-02-28',
      overdue: true,
      points: 7,
      status: { value: 'accepted', setAt: '2025-03-04T10:00:00.000Z', setBy: anonymised ? '—' : 'app:hlefevre', until: null, reason: anonymised ? null : say(w('Carte CPS en commande, livraison prévue en avril.', 'CPS card ordered, due in April.')), stillFoundAt: null },
    },
    {
      id: 'pwned-password:mailbox:acc-helene-mail',
      ref: 'F003',
      severity: 'high',
      kind: 'pwned-password',
      personRef: 'P01',
      accountRef: 'P01-A01',
      service: 'mailbox',
      title: say(w('Mot de passe de la messagerie trouvé 12 345 fois dans des fuites', 'Mailbox password found 12,345 times in breaches')),
      action: say(w('Choisir une phrase de passe neuve, propre à ce compte.', 'Choose a new passphrase used for this account only.')),
      owner: helene,
      detectedAt: '2025-03-02T08:00:00.000Z',
      dueDate: '2025-04-01',
      overdue: false,
      points: 5,
      status: { value: 'todo', setAt: null, setBy: null, until: null, reason: null, stillFoundAt: null },
    },
    {
      id: 'reused-password:amelipro:acc-helene-amelipro',
      ref: 'F004',
      severity: 'medium',
      kind: 'reused-password',
      personRef: 'P01',
      accountRef: 'P01-A02',
      service: 'amelipro',
      title: say(w('Même mot de passe sur amelipro et la messagerie', 'Same password on amelipro and the mailbox')),
      action: say(w('Donner à amelipro un mot de passe qui ne sert nulle part ailleurs.', 'Give amelipro a password used nowhere else.')),
      owner: helene,
      detectedAt: '2025-03-02T08:05:00.000Z',
      dueDate: '2025-05-31',
      overdue: false,
      points: 4,
      status: { value: 'later', setAt: '2025-03-04T10:05:00.000Z', setBy: anonymised ? '—' : 'app:hlefevre', until: '2025-04-15', reason: null, stillFoundAt: null },
    },
    {
      id: 'mfa-weak:mailbox:acc-helene-mail',
      ref: 'F005',
      severity: 'medium',
      kind: 'mfa-weak',
      personRef: 'P01',
      accountRef: 'P01-A01',
      service: 'mailbox',
      title: say(w('Messagerie protégée par SMS seulement', 'Mailbox protected by SMS only')),
      action: say(w('Passer à une application d’authentification ou une clé de sécurité.', 'Switch to an authenticator app or a security key.')),
      owner: helene,
      detectedAt: '2025-02-20T16:40:00.000Z',
      dueDate: '2025-05-21',
      overdue: false,
      points: 2,
      status: { value: 'done', setAt: '2025-03-04T10:10:00.000Z', setBy: anonymised ? '—' : 'app:hlefevre', until: null, reason: null, stillFoundAt: null },
    },
    {
      id: 'walkthrough-incomplete:person-anais',
      ref: 'F006',
      severity: 'low',
      kind: 'walkthrough-incomplete',
      personRef: 'P02',
      accountRef: null,
      service: null,
      title: say(w('Parcours de sécurisation pas terminé (5 étapes sur 8)', 'Hardening walkthrough not finished (5 steps of 8)')),
      action: say(w('Reprendre le parcours sur la page Sécurisation.', 'Resume the walkthrough on the Walkthrough page.')),
      owner: anais,
      detectedAt: null,
      dueDate: '2025-09-03',
      overdue: false,
      points: 3,
      status: { value: 'todo', setAt: null, setBy: null, until: null, reason: null, stillFoundAt: null },
    },
    {
      id: 'domain-email-auth:cabinet-eglantiers.fr',
      ref: 'F007',
      severity: 'low',
      kind: 'domain-email-auth',
      personRef: null,
      accountRef: null,
      service: null,
      title: say(w('Domaine cabinet-eglantiers.fr : DMARC en p=none', 'Domain cabinet-eglantiers.fr: DMARC at p=none')),
      action: say(w('Demander au prestataire de passer DMARC en quarantaine.', 'Ask the IT provider to move DMARC to quarantine.')),
      owner: referent,
      detectedAt: '2025-03-03T11:00:00.000Z',
      dueDate: '2025-08-30',
      overdue: false,
      points: 0,
      status: { value: 'todo', setAt: null, setBy: null, until: null, reason: null, stillFoundAt: null },
    },
  ];

  const referenceIds: Reference['id'][] =
    policyId === 'hipaa'
      ? ['hipaa-164-308', 'hipaa-164-312', 'ans-identification', 'ans-memento', 'cnil-2022-100', 'hhs-405d-hicp', 'nist-800-63b-4', 'gdpr-art-32', 'gdpr-art-33', 'nis2']
      : ['cnil-2022-100', 'ans-identification', 'ans-memento', 'anssi-2021', 'gdpr-art-32', 'gdpr-art-33', 'nis2'];

  const body: ReportBody = {
    format: REPORT_FORMAT,
    schemaVersion: REPORT_SCHEMA_VERSION,
    reportId: '5f0c2a9e-7d41-4b8e-9a3c-1e2f3a4b5c6d',
    generatedAt: '2025-03-07T14:30:00.000Z',
    generatedBy: anonymised ? '—' : anais,
    hygieVersion: '0.1.0',
    language,
    anonymised,
    origin: 'store',
    practice: {
      name: FIXTURE_PRACTICE,
      city: 'Saint-Étienne',
      profession: say(w('Médecine générale', 'General practice')),
      finess: '420012345',
      emailDomain: 'cabinet-eglantiers.fr',
      referent,
    },
    policy: {
      id: policyId,
      name: POLICIES[policyId].title[language],
      procedures: policyId === 'hipaa' ? HIPAA_PROCEDURES.map((procedure) => procedure[language]) : [],
    },
    score: {
      value: FIXTURE_SCORE,
      formulaVersion: SCORE_FORMULA_VERSION,
      components: [
        { id: 'breaches', weight: 25, earned: 0.5, points: 12.5, items: 2, good: 1 },
        { id: 'mfa', weight: 35, earned: 0.6, points: 21, items: 5, good: 3 },
        { id: 'passwords', weight: 25, earned: 0.2, points: 5, items: 5, good: 1 },
        { id: 'walkthrough', weight: 15, earned: 0.5263, points: 7.9, items: 19, good: 10 },
      ],
    },
    summary: {
      people: 3,
      accounts: 5,
      mailboxes: 2,
      breachedMailboxes: 1,
      remediatedMailboxes: 0,
      cleanMailboxes: 1,
      notCheckedMailboxes: 0,
      mfaProtected: 3,
      mfaWeak: 1,
      mfaNone: 1,
      mfaUnknown: 1,
      passwordsPass: 1,
      passwordsFail: 2,
      passwordsDeclared: 0,
      passwordsPwned: 1,
      passwordsReused: 2,
      passwordsNotChecked: 2,
      walkthroughComplete: 0,
      walkthroughStarted: 2,
      findings: { critical: 1, high: 2, medium: 2, low: 2 },
    },
    mfaCoverage: [
      { service: 'mailbox', accounts: 2, protected: 2, phishingResistant: 0, none: 0, unknown: 0 },
      { service: 'amelipro', accounts: 1, protected: 0, phishingResistant: 0, none: 1, unknown: 0 },
      { service: 'pro-sante-connect', accounts: 1, protected: 1, phishingResistant: 1, none: 0, unknown: 0 },
      { service: 'appointment-software', accounts: 1, protected: 0, phishingResistant: 0, none: 0, unknown: 1 },
    ],
    people: [
      {
        personRef: 'P01',
        name: helene,
        role: 'physician',
        roleName: say(w('Médecin', 'Physician')),
        walkthrough: { answered: 5, total: 11, complete: false, lastAnsweredAt: '2025-03-04T17:20:00.000Z' },
        accounts: [
          {
            accountRef: 'P01-A01',
            service: 'mailbox',
            identifier: heleneMail,
            breach: {
              status: 'breached',
              checkedAt: '2025-03-01T09:12:00.000Z',
              remediated: false,
              breaches: [
                breach('Adobe', 'Adobe', '2013-10-04', FIXTURE_DATA_CLASSES),
                breach('corpus:clinique-ouest', 'Fuite locale — Clinique de l’Ouest', '2024-11-15', ['Email addresses', FIXTURE_UNKNOWN_CLASS]),
              ],
            },
            mfa: { status: 'sms', evidence: 'declared', checkedAt: '2025-02-20T16:40:00.000Z' },
            password: {
              verdict: 'fail',
              checkedAt: '2025-03-02T08:00:00.000Z',
              failedRules: ['min-theoretical-bits', 'not-pwned', 'not-reused'],
              pwned: 'pwned',
              pwnedCount: 12345,
              reusedWith: ['P01-A02'],
              evidence: 'checked',
              declared: null,
            },
            walkthrough: { answered: 3, total: 5, done: 2, notPossible: 1, lastAnsweredAt: '2025-03-04T17:20:00.000Z' },
          },
          {
            accountRef: 'P01-A02',
            service: 'amelipro',
            identifier: '',
            breach: null,
            mfa: { status: 'none', evidence: 'declared', checkedAt: '2025-01-29T10:00:00.000Z' },
            password: {
              verdict: 'fail',
              checkedAt: '2025-03-02T08:05:00.000Z',
              failedRules: ['not-reused'],
              pwned: 'not-pwned',
              pwnedCount: null,
              reusedWith: ['P01-A01'],
              evidence: 'checked',
              declared: null,
            },
            walkthrough: { answered: 0, total: 4, done: 0, notPossible: 0, lastAnsweredAt: null },
          },
          {
            accountRef: 'P01-A03',
            service: 'pro-sante-connect',
            identifier: '',
            breach: null,
            mfa: { status: 'phishing-resistant', evidence: 'detected', checkedAt: '2025-02-11T09:00:00.000Z' },
            password: { verdict: 'never-checked', checkedAt: null, failedRules: [], pwned: null, pwnedCount: null, reusedWith: [], evidence: 'none', declared: null },
            walkthrough: { answered: 2, total: 2, done: 2, notPossible: 0, lastAnsweredAt: '2025-02-11T09:05:00.000Z' },
          },
        ],
      },
      {
        personRef: 'P02',
        name: anais,
        role: 'secretary',
        roleName: say(w('Secrétaire', 'Secretary')),
        walkthrough: { answered: 5, total: 8, complete: false, lastAnsweredAt: '2025-03-05T10:15:00.000Z' },
        accounts: [
          {
            accountRef: 'P02-A01',
            service: 'mailbox',
            identifier: anaisMail,
            breach: { status: 'clean', checkedAt: '2025-03-01T09:13:00.000Z', remediated: false, breaches: [] },
            mfa: { status: 'app', evidence: 'imported', checkedAt: '2025-02-25T08:30:00.000Z' },
            password: { verdict: 'pass', checkedAt: '2025-03-05T10:00:00.000Z', failedRules: [], pwned: 'not-pwned', pwnedCount: null, reusedWith: [], evidence: 'checked', declared: null },
            walkthrough: { answered: 5, total: 5, done: 5, notPossible: 0, lastAnsweredAt: '2025-03-05T10:15:00.000Z' },
          },
          {
            accountRef: 'P02-A02',
            service: 'appointment-software',
            identifier: '',
            breach: null,
            mfa: { status: 'unknown', evidence: null, checkedAt: null },
            password: { verdict: 'not-checked', checkedAt: '2025-03-05T10:05:00.000Z', failedRules: [], pwned: 'not-checked', pwnedCount: null, reusedWith: [], evidence: 'checked', declared: null },
            walkthrough: { answered: 0, total: 3, done: 0, notPossible: 0, lastAnsweredAt: null },
          },
        ],
      },
      {
        personRef: 'P03',
        name: zoe,
        role: 'intern',
        roleName: say(w('Interne', 'Intern')),
        walkthrough: { ...walkthroughNone, complete: false },
        accounts: [],
      },
    ],
    findings,
    notChecked: [
      {
        personRef: 'P01',
        accountRef: 'P01-A03',
        service: 'pro-sante-connect',
        check: 'password',
        reason: 'never-checked',
        explanation: say(w('Mot de passe jamais vérifié : le vérifier sur la page Mots de passe.', 'Password never checked: check it on the Passwords page.')),
        attemptedAt: null,
      },
      {
        personRef: 'P02',
        accountRef: 'P02-A02',
        service: 'appointment-software',
        check: 'mfa',
        reason: 'never-recorded',
        explanation: say(w('Personne n’a dit si la double authentification est active.', 'Nobody has said whether multi-factor authentication is on.')),
        attemptedAt: null,
      },
      {
        personRef: 'P02',
        accountRef: 'P02-A02',
        service: 'appointment-software',
        check: 'password',
        reason: 'rate-limited',
        explanation: say(w('Pwned Passwords a limité les requêtes : refaire la vérification plus tard.', 'Pwned Passwords limited the requests: run the check again later.')),
        attemptedAt: '2025-03-05T10:05:00.000Z',
      },
      {
        personRef: null,
        accountRef: null,
        service: null,
        check: 'domain',
        reason: 'timeout',
        explanation: say(w('Le serveur DNS n’a pas répondu pour SPF : relancer la vérification du domaine.', 'The DNS server did not answer for SPF: run the domain check again.')),
        attemptedAt: '2025-03-03T11:00:00.000Z',
      },
    ],
    scoreHistory: [
      { date: '2025-01-10', score: 31 },
      { date: '2025-02-12', score: 39 },
      { date: '2025-03-07', score: FIXTURE_SCORE },
    ],
    references: referenceIds.map((id) => ({
      id,
      title: REFERENCES[id].title,
      relevance: say(REFERENCES[id].relevance),
      url: REFERENCES[id].url,
      policy: policyId === 'hipaa' ? id === 'hipaa-164-308' : id === 'cnil-2022-100',
    })),
  };
  const report: Report = {
    ...body,
    overview: reportOverview(body),
    scope: reportScope(body),
    mapping: complianceMapping(body),
    signature: { responsible: anonymised ? 'P. M.' : FIXTURE_RESPONSIBLE, referent, place: 'Saint-Étienne', date: '2025-03-07', nextReview: FIXTURE_NEXT_REVIEW },
  };
  // A fixture that does not match the schema would test nothing: refuse it here.
  return ReportSchema.parse(report);
}
