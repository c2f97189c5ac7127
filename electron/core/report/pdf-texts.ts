import type { MfaEvidence, MfaStatus } from '../model/schemas/mfa.ts';
import type { PolicyRuleKind } from '../model/schemas/password.ts';
import type { NotCheckedEntry, Report, ReportAccount, ReportLanguage, ScoreComponentId, Severity } from '../model/schemas/report.ts';

// The words the PDF and CSV renderers add around the report's own texts: headings, column names,
// and a name for every code the model carries (severity, MFA status, verdict…). The model's
// sentences (finding titles, actions, explanations) arrive already in the report's language.
// Status names follow the app's pages (renderer/i18n/areas/mfa, passwords, breaches) so a
// practice reads the same word on screen and on paper.

type Words = Readonly<Record<ReportLanguage, string>>;

export const LOCALES: Readonly<Record<ReportLanguage, string>> = { fr: 'fr-FR', en: 'en-GB' };

export const SEVERITY_NAMES: Readonly<Record<Severity, Words>> = {
  critical: { fr: 'Critique', en: 'Critical' },
  high: { fr: 'Élevée', en: 'High' },
  medium: { fr: 'Moyenne', en: 'Medium' },
  low: { fr: 'Faible', en: 'Low' },
};

export const MFA_STATUS_NAMES: Readonly<Record<MfaStatus, Words>> = {
  'phishing-resistant': { fr: 'Résistante à l’hameçonnage', en: 'Phishing-resistant' },
  app: { fr: 'Application', en: 'App' },
  sms: { fr: 'SMS', en: 'SMS' },
  'email-code': { fr: 'Code par e-mail', en: 'E-mail code' },
  none: { fr: 'Aucune', en: 'None' },
  unknown: { fr: 'Inconnue (jamais renseignée)', en: 'Unknown (never recorded)' },
};

export const MFA_EVIDENCE_NAMES: Readonly<Record<MfaEvidence, Words>> = {
  declared: { fr: 'déclarée', en: 'declared' },
  detected: { fr: 'détectée', en: 'detected' },
  imported: { fr: 'importée', en: 'imported' },
};

export const VERDICT_NAMES: Readonly<Record<ReportAccount['password']['verdict'], Words>> = {
  pass: { fr: 'Conforme', en: 'Compliant' },
  fail: { fr: 'À changer', en: 'To change' },
  'not-checked': { fr: 'Non vérifié', en: 'Not checked' },
  'never-checked': { fr: 'Jamais vérifié', en: 'Never checked' },
};

export const RULE_NAMES: Readonly<Record<PolicyRuleKind, Words>> = {
  'min-theoretical-bits': { fr: 'longueur et variété', en: 'length and variety' },
  'min-length': { fr: 'longueur', en: 'length' },
  'character-classes': { fr: 'types de caractères', en: 'kinds of characters' },
  'not-guessable': { fr: 'difficile à deviner', en: 'hard to guess' },
  'no-context-words': { fr: 'sans mot lié au cabinet', en: 'no word tied to the practice' },
  'not-pwned': { fr: 'absent des fuites connues', en: 'not in known breaches' },
  'not-reused': { fr: 'mot de passe unique', en: 'unique password' },
};

type BreachStatus = NonNullable<ReportAccount['breach']>['status'];
export const BREACH_STATUS_NAMES: Readonly<Record<BreachStatus, Words>> = {
  breached: { fr: 'Trouvée dans une fuite', en: 'Found in a breach' },
  clean: { fr: 'Aucune fuite connue', en: 'No known breach' },
  'not-checked': { fr: 'Non vérifiée', en: 'Not checked' },
};

type PwnedStatus = NonNullable<ReportAccount['password']['pwned']>;
export const PWNED_NAMES: Readonly<Record<PwnedStatus, Words>> = {
  pwned: { fr: 'Trouvé dans des fuites de mots de passe', en: 'Found in password breaches' },
  'not-pwned': { fr: 'Absent des fuites connues', en: 'Not in known breaches' },
  'not-checked': { fr: 'Présence dans les fuites non vérifiée', en: 'Presence in breaches not checked' },
};

export const CHECK_NAMES: Readonly<Record<NotCheckedEntry['check'], Words>> = {
  breach: { fr: 'Fuites de données', en: 'Data breaches' },
  mfa: { fr: 'Double authentification', en: 'Multi-factor authentication' },
  password: { fr: 'Mot de passe', en: 'Password' },
  walkthrough: { fr: 'Parcours de sécurisation', en: 'Hardening walkthrough' },
  domain: { fr: 'Domaine e-mail du cabinet', en: 'Practice e-mail domain' },
};

export const COMPONENT_NAMES: Readonly<Record<ScoreComponentId, Words>> = {
  breaches: { fr: 'Boîtes mail hors fuites', en: 'Mailboxes free of breaches' },
  mfa: { fr: 'Double authentification', en: 'Multi-factor authentication' },
  passwords: { fr: 'Mots de passe conformes', en: 'Compliant passwords' },
  walkthrough: { fr: 'Parcours de sécurisation', en: 'Hardening walkthrough' },
};

/** The summary's counts, as the key figures print them. */
type SummaryFigures = Omit<Report['summary'], 'findings'>;

const NBSP = '\u00a0';
/** French puts a no-break space before a colon. */
const C_FR = `${NBSP}: `;

const FR = {
  documentTitle: 'Rapport de conformité — sécurité des accès',
  documentSubject: 'Fuites de données, double authentification, mots de passe et parcours de sécurisation du personnel',
  practiceLabels: { city: 'Ville', profession: 'Activité', finess: 'FINESS', emailDomain: 'Domaine e-mail', referent: 'Référent sécurité' },
  generatedOn: 'Établi le',
  generatedBy: 'Établi par',
  policy: 'Politique de référence',
  reportId: 'Identifiant du rapport',
  hygieVersion: 'Version de Hygie',
  auditOrigin: `Rapport issu d’un audit en ligne de commande${NBSP}: seules les fuites de données ont été vérifiées.`,
  anonymisedNotice: `Rapport anonymisé${NBSP}: les noms sont remplacés par des initiales et les adresses e-mail masquées, pour le partager avec un auditeur extérieur.`,
  none: '—',
  score: {
    heading: 'Score de sécurité',
    outOf: '/ 100',
    noScore: `Pas de score${NBSP}: aucune personne n’est enregistrée.`,
    formula: `Score = somme, pour chaque composante, de son poids × la part prouvée bonne${NBSP}; ce qui n’a pas été vérifié compte zéro.`,
    formulaVersion: 'Formule version',
  },
  componentTable: { component: 'Composante', weight: 'Poids', checked: 'Bons / examinés', earned: 'Part prouvée', points: 'Points' },
  keyFigures: {
    heading: 'Chiffres clés',
    rows: [
      { label: 'Personnes · comptes', value: (s: SummaryFigures) => `${s.people} · ${s.accounts}` },
      {
        label: 'Boîtes mail',
        value: (s: SummaryFigures) =>
          `${s.mailboxes} — dans une fuite${C_FR}${s.breachedMailboxes} (dont corrigées${C_FR}${s.remediatedMailboxes}) · sans fuite connue${C_FR}${s.cleanMailboxes} · non vérifiées${C_FR}${s.notCheckedMailboxes}`,
      },
      {
        label: 'Double authentification',
        value: (s: SummaryFigures) =>
          `comptes protégés${C_FR}${s.mfaProtected} (dont méthode faible${C_FR}${s.mfaWeak}) · sans${C_FR}${s.mfaNone} · inconnue${C_FR}${s.mfaUnknown}`,
      },
      {
        label: 'Mots de passe',
        value: (s: SummaryFigures) =>
          `conformes${C_FR}${s.passwordsPass} · à changer${C_FR}${s.passwordsFail} (dans des fuites${C_FR}${s.passwordsPwned}, réutilisés${C_FR}${s.passwordsReused}) · non vérifiés${C_FR}${s.passwordsNotChecked}`,
      },
      {
        label: 'Parcours de sécurisation',
        value: (s: SummaryFigures) => `personnes l’ayant terminé${C_FR}${s.walkthroughComplete} · commencé${C_FR}${s.walkthroughStarted}`,
      },
    ],
  },
  coverage: {
    heading: 'Double authentification par service',
    service: 'Service',
    accounts: 'Comptes',
    protected: 'Protégés',
    phishingResistant: 'Résistants à l’hameçonnage',
    none: 'Sans',
    unknown: 'Inconnus',
  },
  history: {
    heading: 'Évolution du score',
    date: 'Date',
    score: 'Score',
    single: `Un seul score enregistré pour l’instant${NBSP}: la courbe apparaîtra au prochain.`,
    empty: 'Aucun score enregistré.',
    chartLabel: 'Score de 0 à 100, du plus ancien au plus récent',
  },
  findings: {
    heading: 'Constats, du plus grave au moins grave',
    lead: 'Chaque constat dit quoi faire, qui le fait et pour quand (7, 30, 90 ou 180 jours selon la gravité).',
    id: 'N°',
    severity: 'Gravité',
    finding: 'Constat',
    owner: 'Responsable',
    action: 'Action',
    due: 'Échéance',
    overdue: 'EN RETARD',
    empty: 'Aucun constat.',
  },
  people: {
    heading: 'Détail par personne',
    lead: `Pour chaque compte${NBSP}: fuites, double authentification, verdict du mot de passe (jamais le mot de passe lui-même) et parcours.`,
    noPeople: 'Personne n’est inscrit dans la liste du personnel.',
    walkthrough: 'Parcours de sécurisation',
    walkthroughComplete: 'terminé',
    walkthroughLast: 'dernière réponse le',
    noAccounts: 'Aucun compte enregistré pour cette personne.',
    account: 'Compte',
    breaches: 'Fuites',
    mfa: 'Double authentification',
    password: 'Mot de passe',
    steps: 'Parcours',
  },
  account: {
    noBreachCheck: 'Sans objet (pas une boîte mail)',
    breachRemediated: 'mot de passe changé depuis',
    weakMfa: 'méthode faible (voir les constats)',
    checkedOn: 'le',
    failedRules: 'Règles non respectées',
    pwnedCount: 'fois',
    reusedWith: 'Même mot de passe que',
    stepsDone: 'faites',
    stepsNotPossible: 'impossibles',
    stepsAnswered: 'répondues',
  },
  notChecked: {
    heading: 'Ce qui n’a pas été vérifié, et pourquoi',
    lead: 'Ce qui n’a pas été vérifié n’est jamais compté comme sûr.',
    check: 'Vérification',
    who: 'Personne · compte',
    reason: 'Raison et que faire',
    attempted: 'Dernière tentative',
    practiceWide: 'Tout le cabinet',
    empty: 'Tout ce qui pouvait l’être a été vérifié.',
  },
  procedures: {
    heading: 'Procédures exigées par HIPAA',
    lead: `La politique écrite du cabinet doit montrer chacun de ces points${NBSP}:`,
  },
  references: { heading: 'Références', policyMark: 'politique retenue' },
  signature: {
    heading: 'Signature du référent',
    lead: 'Je certifie avoir pris connaissance de ce rapport et des actions à mener.',
    referent: 'Référent',
    place: 'Fait à',
    date: `Date${NBSP}:`,
    signature: 'Signature',
  },
  colon: `${NBSP}: `,
  footerHash: `SHA-256 (JSON)${NBSP}:`,
  page: (current: number, total: number) => `Page ${current} / ${total}`,
};

/** The same words in English: the type keeps both languages' keys the same. */
export type PdfTexts = typeof FR;

const EN: PdfTexts = {
  documentTitle: 'Compliance report — access security',
  documentSubject: 'Data breaches, multi-factor authentication, passwords and hardening walkthrough of the staff',
  practiceLabels: { city: 'City', profession: 'Practice type', finess: 'FINESS', emailDomain: 'E-mail domain', referent: 'Security referent' },
  generatedOn: 'Generated on',
  generatedBy: 'Generated by',
  policy: 'Reference policy',
  reportId: 'Report ID',
  hygieVersion: 'Hygie version',
  auditOrigin: 'Report from a command-line audit: only data breaches were checked.',
  anonymisedNotice: 'Anonymised report: names are replaced by initials and e-mail addresses masked, for sharing with an outside auditor.',
  none: '—',
  score: {
    heading: 'Security score',
    outOf: '/ 100',
    noScore: 'No score: nobody is on the staff list yet.',
    formula: 'Score = sum over the components of weight × the share proven good; anything not checked counts zero.',
    formulaVersion: 'Formula version',
  },
  componentTable: { component: 'Component', weight: 'Weight', checked: 'Good / examined', earned: 'Share proven', points: 'Points' },
  keyFigures: {
    heading: 'Key figures',
    rows: [
      { label: 'People · accounts', value: (s) => `${s.people} · ${s.accounts}` },
      {
        label: 'Mailboxes',
        value: (s) =>
          `${s.mailboxes} — in a breach: ${s.breachedMailboxes} (fixed: ${s.remediatedMailboxes}) · no known breach: ${s.cleanMailboxes} · not checked: ${s.notCheckedMailboxes}`,
      },
      {
        label: 'Multi-factor authentication',
        value: (s) => `accounts protected: ${s.mfaProtected} (weak method: ${s.mfaWeak}) · without: ${s.mfaNone} · unknown: ${s.mfaUnknown}`,
      },
      {
        label: 'Passwords',
        value: (s) =>
          `compliant: ${s.passwordsPass} · to change: ${s.passwordsFail} (in breaches: ${s.passwordsPwned}, reused: ${s.passwordsReused}) · not checked: ${s.passwordsNotChecked}`,
      },
      { label: 'Hardening walkthrough', value: (s) => `people who finished it: ${s.walkthroughComplete} · started: ${s.walkthroughStarted}` },
    ],
  },
  coverage: {
    heading: 'Multi-factor authentication by service',
    service: 'Service',
    accounts: 'Accounts',
    protected: 'Protected',
    phishingResistant: 'Phishing-resistant',
    none: 'Without',
    unknown: 'Unknown',
  },
  history: {
    heading: 'Score over time',
    date: 'Date',
    score: 'Score',
    single: 'Only one score recorded so far: the chart appears with the next one.',
    empty: 'No score recorded.',
    chartLabel: 'Score from 0 to 100, oldest to newest',
  },
  findings: {
    heading: 'Findings, most serious first',
    lead: 'Each finding says what to do, who does it and by when (7, 30, 90 or 180 days by severity).',
    id: 'No.',
    severity: 'Severity',
    finding: 'Finding',
    owner: 'Owner',
    action: 'Action',
    due: 'Due',
    overdue: 'OVERDUE',
    empty: 'No findings.',
  },
  people: {
    heading: 'Details by person',
    lead: 'For each account: breaches, multi-factor authentication, the password verdict (never the password itself) and the walkthrough.',
    noPeople: 'Nobody is on the staff list.',
    walkthrough: 'Hardening walkthrough',
    walkthroughComplete: 'finished',
    walkthroughLast: 'last answer on',
    noAccounts: 'No account recorded for this person.',
    account: 'Account',
    breaches: 'Breaches',
    mfa: 'Multi-factor authentication',
    password: 'Password',
    steps: 'Walkthrough',
  },
  account: {
    noBreachCheck: 'Not applicable (not a mailbox)',
    breachRemediated: 'password changed since',
    weakMfa: 'weak method (see the findings)',
    checkedOn: 'on',
    failedRules: 'Rules not met',
    pwnedCount: 'times',
    reusedWith: 'Same password as',
    stepsDone: 'done',
    stepsNotPossible: 'not possible',
    stepsAnswered: 'answered',
  },
  notChecked: {
    heading: 'What was not checked, and why',
    lead: 'Anything not checked is never counted as safe.',
    check: 'Check',
    who: 'Person · account',
    reason: 'Reason and what to do',
    attempted: 'Last attempt',
    practiceWide: 'Whole practice',
    empty: 'Everything that could be checked was checked.',
  },
  procedures: {
    heading: 'Procedures HIPAA requires',
    lead: 'The practice’s written policy must show each of these points:',
  },
  references: { heading: 'References', policyMark: 'chosen policy' },
  signature: {
    heading: 'Referent’s signature',
    lead: 'I confirm I have read this report and the actions to take.',
    referent: 'Referent',
    place: 'Place',
    date: 'Date:',
    signature: 'Signature',
  },
  colon: ': ',
  footerHash: 'SHA-256 (JSON):',
  page: (current, total) => `Page ${current} / ${total}`,
};

export const PDF_TEXTS: Readonly<Record<ReportLanguage, PdfTexts>> = { fr: FR, en: EN };

/**
 * Intl writes French thousands and "58 %" with a narrow no-break space (U+202F), which Roboto
 * lacks; the ordinary no-break space keeps the same meaning and prints.
 */
export function printable(text: string): string {
  return text.replace(/\u202f/gu, NBSP);
}

/**
 * PDF texts may hold a narrow no-break space (Intl's French formatting), which Roboto lacks:
 * every string of the content goes through printable() once, at the end.
 */
export function printableContent<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => printableContent(item)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, printableContent(item)])) as T;
  }
  return value;
}

/** A calendar day ("2025-03-07") for the language, read as a day (no time zone can shift it). */
export function formatDay(day: string, language: ReportLanguage): string {
  return printable(new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`)));
}

/** An instant for the language, in this machine's time zone (the practice's). */
export function formatInstant(instant: string, language: ReportLanguage, withTime = false): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return printable(
    new Intl.DateTimeFormat(LOCALES[language], withTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'medium' }).format(date),
  );
}

/** A number for the language ("12 345" in French, "12,345" in English). */
export function formatNumber(value: number, language: ReportLanguage): string {
  return printable(new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 }).format(value));
}

/** A share 0–1 as a percentage ("58 %", "58%"). */
export function formatPercent(value: number, language: ReportLanguage): string {
  return printable(new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 0 }).format(value));
}
