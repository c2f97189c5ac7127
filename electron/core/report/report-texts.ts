import type { MfaStatus } from '../model/schemas/mfa.ts';
import type { PolicyRuleKind } from '../model/schemas/password.ts';
import type { PolicyId, Profession } from '../model/schemas/practice.ts';
import type { FindingKind, NotCheckedEntry, ReportLanguage } from '../model/schemas/report.ts';
import type { ServiceId, StaffRole } from '../model/schemas/staff.ts';
import { POLICIES } from '../password/policies.ts';
import { ROLE_LABELS } from '../roster/role-labels.ts';
import { SERVICE_LABELS } from '../model/service-labels.ts';

// The report's words, French and English: what each finding is and what to do about it, why
// something was not checked and how to get it checked, and the names of roles, services,
// professions and policies. Written for a practice's secretary and its referent: plain words,
// the page or button to use, never a code alone.

type Texts = Readonly<Record<ReportLanguage, string>>;

export const PROFESSION_NAMES: Readonly<Record<Profession, Texts>> = {
  'general-practice': { fr: 'Cabinet de médecine générale', en: 'General practice' },
  'specialist-practice': { fr: 'Cabinet de médecine spécialisée', en: 'Specialist medical practice' },
  pharmacy: { fr: "Pharmacie d'officine", en: 'Community pharmacy' },
  nursing: { fr: 'Cabinet infirmier', en: 'Nursing practice' },
  physiotherapy: { fr: 'Cabinet de masso-kinésithérapie', en: 'Physiotherapy practice' },
  dental: { fr: 'Cabinet dentaire', en: 'Dental practice' },
  midwifery: { fr: 'Cabinet de sage-femme', en: 'Midwifery practice' },
  laboratory: { fr: 'Laboratoire de biologie médicale', en: 'Medical biology laboratory' },
  'health-centre': { fr: 'Centre ou maison de santé', en: 'Health centre' },
  other: { fr: 'Autre structure de santé', en: 'Other healthcare organisation' },
};

export function roleName(role: StaffRole, language: ReportLanguage): string {
  return ROLE_LABELS[role][language];
}

export function serviceName(service: ServiceId, language: ReportLanguage): string {
  return SERVICE_LABELS[service][language];
}

export function professionName(profession: Profession, language: ReportLanguage): string {
  return PROFESSION_NAMES[profession][language];
}

export function policyName(policy: PolicyId, language: ReportLanguage): string {
  return POLICIES[policy].title[language];
}

/** HIPAA: what the practice's written procedure must show; other policies: none. */
export function policyProcedures(policy: PolicyId, language: ReportLanguage): string[] {
  return (POLICIES[policy].procedures ?? []).map((procedure) => procedure[language]);
}

/** An account as a sentence names it: "la boîte mail x@y" / "mailbox x@y", or the service's name. */
export function accountLabel(service: ServiceId, identifier: string, language: ReportLanguage): string {
  if (service === 'mailbox') return language === 'fr' ? `la boîte mail ${identifier}` : `mailbox ${identifier}`;
  return serviceName(service, language);
}

/** The same, at the start of a sentence. */
function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}

const RULE_NAMES: Readonly<Record<PolicyRuleKind, Texts>> = {
  'min-theoretical-bits': { fr: 'pas assez de combinaisons possibles', en: 'too few possible combinations' },
  'min-length': { fr: 'trop court', en: 'too short' },
  'character-classes': { fr: 'types de caractères manquants', en: 'character types missing' },
  'not-guessable': { fr: 'facile à deviner', en: 'easy to guess' },
  'no-context-words': { fr: 'contient un mot lié au cabinet ou à la personne', en: "contains a word tied to the practice or the person" },
  'not-pwned': { fr: 'présent dans des fuites', en: 'found in breaches' },
  'not-reused': { fr: 'utilisé sur un autre compte', en: 'used on another account' },
};

export function ruleNames(rules: readonly PolicyRuleKind[], language: ReportLanguage): string {
  return rules.map((rule) => RULE_NAMES[rule][language]).join(', ');
}

/** What a domain check found wrong: DMARC or SPF, with the finding's code. */
export type DomainProblem =
  | { check: 'dmarc'; finding: 'missing' | 'none' | 'malformed' | 'multiple' | 'pct-zero' }
  | { check: 'spf'; finding: string };

const DMARC_PROBLEMS: Readonly<Record<'missing' | 'none' | 'malformed' | 'multiple' | 'pct-zero', Texts>> = {
  missing: { fr: 'pas d’enregistrement DMARC', en: 'no DMARC record' },
  none: { fr: 'DMARC en mode « none » (observation seule, rien n’est bloqué)', en: 'DMARC set to "none" (monitoring only, nothing is blocked)' },
  malformed: { fr: 'enregistrement DMARC illisible', en: 'DMARC record unreadable' },
  multiple: { fr: 'plusieurs enregistrements DMARC (ils sont alors tous ignorés)', en: 'several DMARC records (all are then ignored)' },
  'pct-zero': { fr: 'DMARC appliqué à 0 % des e-mails (pct=0) : sans effet', en: 'DMARC applied to 0% of e-mail (pct=0): no effect' },
};

const SPF_PROBLEMS: Readonly<Record<string, Texts>> = {
  neutral: { fr: 'SPF se termine par « ?all » (n’importe qui peut écrire au nom du cabinet)', en: 'SPF ends in "?all" (anyone may send as the practice)' },
  'pass-all': { fr: 'SPF autorise tout le monde (« +all », ou un « include » qui autorise tout)', en: 'SPF allows everyone ("+all", or an "include" that allows all)' },
  'include-broken': { fr: 'SPF renvoie vers un nom sans SPF valide (erreur permanente)', en: 'SPF points to a name without valid SPF (permanent error)' },
  'too-many-lookups': { fr: 'SPF dépasse 10 consultations DNS (erreur permanente)', en: 'SPF exceeds 10 DNS lookups (permanent error)' },
  'too-many-void-lookups': { fr: 'SPF cite plus de deux noms sans réponse (erreur permanente)', en: 'SPF names more than two names without answer (permanent error)' },
  loop: { fr: 'SPF renvoie vers lui-même (boucle, erreur permanente)', en: 'SPF points back to itself (loop, permanent error)' },
  'no-all': { fr: 'SPF sans règle finale « all »', en: 'SPF without a final "all" rule' },
  multiple: { fr: 'plusieurs enregistrements SPF (SPF est alors ignoré)', en: 'several SPF records (SPF is then ignored)' },
  malformed: { fr: 'enregistrement SPF illisible', en: 'SPF record unreadable' },
  missing: { fr: 'pas d’enregistrement SPF', en: 'no SPF record' },
  'domain-not-found': { fr: 'le domaine n’existe pas dans le DNS', en: 'the domain does not exist in the DNS' },
};

function domainProblemText(problem: DomainProblem, language: ReportLanguage): string {
  if (problem.check === 'dmarc') return DMARC_PROBLEMS[problem.finding][language];
  return (SPF_PROBLEMS[problem.finding] ?? { fr: 'SPF insuffisant', en: 'SPF inadequate' })[language];
}

export type FindingParams =
  | { kind: 'breached-mailbox'; account: string; breaches: readonly string[] }
  | { kind: 'pwned-password'; account: string; count: number | null }
  | { kind: 'reused-password'; account: string; others: readonly string[] }
  | { kind: 'weak-password'; account: string; policy: string; rules: readonly PolicyRuleKind[] }
  | { kind: 'mfa-none'; account: string }
  | { kind: 'mfa-weak'; account: string; status: Extract<MfaStatus, 'sms' | 'email-code'>; mailbox: boolean }
  | { kind: 'walkthrough-incomplete'; answered: number; total: number }
  | { kind: 'domain-email-auth'; domain: string; problems: readonly DomainProblem[] };

const count = (value: number, language: ReportLanguage) => value.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB');

/** A finding's title (what is wrong, on which account) and action (what to do, concretely). */
export function findingTexts(params: FindingParams, language: ReportLanguage): { title: string; action: string } {
  const fr = language === 'fr';
  switch (params.kind) {
    case 'breached-mailbox': {
      const names = params.breaches.join(', ');
      return fr
        ? {
            title: `${capitalised(accountLabel('mailbox', params.account, language))} figure dans une fuite de données (${names}) et son mot de passe n’a pas été changé depuis`,
            action:
              'Changer le mot de passe de cette boîte mail (et partout où il a servi), activer la double authentification, vérifier les règles de transfert et déconnecter les sessions ouvertes ailleurs.',
          }
        : {
            title: `${capitalised(accountLabel('mailbox', params.account, language))} is in a data breach (${names}) and its password has not been changed since`,
            action:
              "Change this mailbox's password (and everywhere it was reused), turn on multi-factor authentication, check forwarding rules and sign out sessions open elsewhere.",
          };
    }
    case 'pwned-password': {
      const times = params.count === null ? '' : fr ? ` (${count(params.count, language)} fois)` : ` (${count(params.count, language)} times)`;
      return fr
        ? {
            title: `Le mot de passe de ${params.account} figure dans les fuites connues${times}`,
            action: 'Changer ce mot de passe sans attendre, pour une phrase de passe neuve propre à ce compte (Mots de passe › Créer un mot de passe solide).',
          }
        : {
            title: `The password of ${params.account} is in known breaches${times}`,
            action: "Change this password now, for a new passphrase used on this account only (Passwords › Create a strong password).",
          };
    }
    case 'reused-password': {
      const others = params.others.join(', ');
      return fr
        ? {
            title: `Même mot de passe sur ${params.account} et ${others}`,
            action: 'Donner à chaque compte son propre mot de passe, en commençant par la boîte mail et amelipro : qui en obtient un les ouvre tous.',
          }
        : {
            title: `Same password on ${params.account} and ${others}`,
            action: 'Give each account a password of its own, mailbox and amelipro first: whoever gets one opens them all.',
          };
    }
    case 'weak-password': {
      const rules = params.rules.length > 0 ? ` (${ruleNames(params.rules, language)})` : '';
      return fr
        ? {
            title: `Le mot de passe de ${params.account} ne respecte pas la politique ${params.policy}${rules}`,
            action: 'Le remplacer par une phrase de passe conforme (Mots de passe › Créer un mot de passe solide), gardée dans un gestionnaire de mots de passe.',
          }
        : {
            title: `The password of ${params.account} does not meet the ${params.policy} policy${rules}`,
            action: 'Replace it with a passphrase that complies (Passwords › Create a strong password), kept in a password manager.',
          };
    }
    case 'mfa-none':
      return fr
        ? {
            title: `Pas de double authentification sur ${params.account}`,
            action:
              'Activer la double authentification, avec la méthode la plus forte proposée (clé de sécurité, carte CPS ou e-CPS, application) : Parcours guidé, étape « Double authentification ».',
          }
        : {
            title: `No multi-factor authentication on ${params.account}`,
            action:
              'Turn on multi-factor authentication with the strongest method offered (security key, CPS card or e-CPS, authenticator app): Walkthrough, step "Multi-factor authentication".',
          };
    case 'mfa-weak':
      if (params.status === 'email-code') {
        return fr
          ? {
              title: `Double authentification par code envoyé par e-mail sur ${params.account}`,
              action: params.mailbox
                ? 'Passer à une application d’authentification ou une clé : un code envoyé dans la boîte mail ne protège pas la boîte mail elle-même.'
                : 'Passer à une application d’authentification ou une clé : qui prend la boîte mail reçoit aussi le code.',
            }
          : {
              title: `Multi-factor authentication by e-mailed code on ${params.account}`,
              action: params.mailbox
                ? 'Switch to an authenticator app or a security key: a code sent to the mailbox does not protect the mailbox itself.'
                : 'Switch to an authenticator app or a security key: whoever takes the mailbox also gets the code.',
            };
      }
      return fr
        ? {
            title: `Double authentification par SMS sur ${params.account}`,
            action: 'Passer à une application d’authentification ou une clé de sécurité : un SMS peut être détourné (échange de carte SIM).',
          }
        : {
            title: `Multi-factor authentication by text message on ${params.account}`,
            action: 'Switch to an authenticator app or a security key: a text message can be diverted (SIM swap).',
          };
    case 'walkthrough-incomplete':
      return params.answered === 0
        ? fr
          ? {
              title: `Parcours guidé pas commencé (${count(params.total, language)} étapes)`,
              action: 'Faire le parcours guidé avec la personne, au poste (Parcours guidé) : il reprend là où il s’arrête.',
            }
          : {
              title: `Walkthrough not started (${count(params.total, language)} steps)`,
              action: 'Go through the walkthrough with the person at the desk (Walkthrough): it resumes where it stops.',
            }
        : fr
          ? {
              title: `Parcours guidé inachevé : ${count(params.answered, language)} étapes sur ${count(params.total, language)}`,
              action: 'Terminer le parcours guidé avec la personne (Parcours guidé) : il reprend à la première étape sans réponse.',
            }
          : {
              title: `Walkthrough unfinished: ${count(params.answered, language)} of ${count(params.total, language)} steps`,
              action: 'Finish the walkthrough with the person (Walkthrough): it resumes at the first step without an answer.',
            };
    case 'domain-email-auth': {
      const problems = params.problems.map((problem) => domainProblemText(problem, language)).join(fr ? ' ; ' : '; ');
      return fr
        ? {
            title: `Le domaine ${params.domain} peut être usurpé dans des e-mails : ${problems}`,
            action:
              'Demander au prestataire informatique de publier un SPF se terminant par « -all » (ou « ~all ») et un DMARC en « p=quarantine » puis « p=reject », puis revérifier (MFA et comptes › Vérifier le domaine).',
          }
        : {
            title: `The domain ${params.domain} can be spoofed in e-mails: ${problems}`,
            action:
              'Ask the IT provider to publish an SPF record ending in "-all" (or "~all") and a DMARC record at "p=quarantine", then "p=reject"; then check again (MFA & accounts › Check the domain).',
          };
    }
  }
}

export const FINDING_KIND_ORDER: readonly FindingKind[] = [
  'breached-mailbox',
  'pwned-password',
  'reused-password',
  'weak-password',
  'mfa-none',
  'mfa-weak',
  'walkthrough-incomplete',
  'domain-email-auth',
];

// ── What was not checked, and what to do ───────────────────────────────────────────────────

const BREACH_REASONS: Readonly<Record<string, Texts>> = {
  'no-key': {
    fr: 'Aucune source de fuites n’est configurée : enregistrer une clé Have I Been Pwned ou importer une liste de fuites (Paramètres), puis lancer « Vérifier toute l’équipe » (Fuites de données).',
    en: 'No breach source is set up: save a Have I Been Pwned key or import a breach list (Settings), then run "Check the whole team" (Breaches).',
  },
  'never-checked': {
    fr: 'Cette adresse n’a jamais été vérifiée : lancer « Vérifier toute l’équipe » (Fuites de données).',
    en: 'This address has never been checked: run "Check the whole team" (Breaches).',
  },
  'source-pending': {
    fr: 'Cette source a été ajoutée depuis la dernière vérification de l’adresse : lancer « Vérifier toute l’équipe » (Fuites de données).',
    en: 'This source was added since the address was last checked: run "Check the whole team" (Breaches).',
  },
  'invalid-key': {
    fr: 'Have I Been Pwned a refusé la clé d’API : la vérifier ou la remplacer (Paramètres), puis réessayer les adresses non vérifiées (Fuites de données).',
    en: 'Have I Been Pwned refused the API key: check or replace it (Settings), then retry the addresses not checked (Breaches).',
  },
  blocked: {
    fr: 'Le service a bloqué la demande : réessayer plus tard (Fuites de données › Réessayer les adresses non vérifiées) ; si cela dure, prévenir le prestataire informatique.',
    en: 'The service blocked the request: retry later (Breaches › Retry the addresses not checked); if it persists, tell the IT provider.',
  },
  'bad-request': {
    fr: 'Le service n’accepte pas cette adresse telle qu’elle est écrite : la corriger dans la liste du personnel, puis la revérifier.',
    en: 'The service does not accept this address as written: correct it in the staff list, then check it again.',
  },
  'rate-limited': {
    fr: 'Le service a limité le nombre de demandes : réessayer plus tard (Fuites de données › Réessayer les adresses non vérifiées).',
    en: 'The service limited the number of requests: retry later (Breaches › Retry the addresses not checked).',
  },
  unavailable: {
    fr: 'Le service était en panne : réessayer plus tard (Fuites de données › Réessayer les adresses non vérifiées).',
    en: 'The service was down: retry later (Breaches › Retry the addresses not checked).',
  },
  timeout: {
    fr: 'Le service n’a pas répondu à temps : réessayer (Fuites de données › Réessayer les adresses non vérifiées).',
    en: 'The service did not answer in time: retry (Breaches › Retry the addresses not checked).',
  },
  network: {
    fr: 'Le service n’a pas pu être joint (connexion, DNS ou proxy) : vérifier la connexion, puis réessayer (Fuites de données).',
    en: 'The service could not be reached (connection, DNS or proxy): check the connection, then retry (Breaches).',
  },
  malformed: {
    fr: 'La réponse du service était illisible : réessayer ; si cela dure, le signaler.',
    en: "The service's answer could not be read: retry; if it persists, report it.",
  },
  cancelled: {
    fr: 'La vérification a été annulée avant cette adresse : réessayer les adresses non vérifiées (Fuites de données).',
    en: 'The check was cancelled before this address: retry the addresses not checked (Breaches).',
  },
};

const PASSWORD_REASONS: Readonly<Record<string, Texts>> = {
  'never-checked': {
    fr: 'Ce mot de passe n’a jamais été vérifié : le faire avec la personne, au poste (Mots de passe, ou l’étape du parcours guidé).',
    en: 'This password has never been checked: do it with the person at the desk (Passwords, or the walkthrough step).',
  },
};

const PASSWORD_NOT_CHECKED: Texts = {
  fr: 'La vérification des fuites (Pwned Passwords) n’a pas pu répondre : revérifier ce mot de passe avec la personne quand le service est joignable (Mots de passe).',
  en: 'The breach lookup (Pwned Passwords) could not answer: check this password again with the person once the service can be reached (Passwords).',
};

const MFA_NEVER_RECORDED: Texts = {
  fr: 'Personne n’a indiqué si la double authentification est activée : le faire dans le parcours guidé, ou sur la page MFA et comptes (ou importer l’annuaire Microsoft 365 / Google Workspace).',
  en: 'Nobody has recorded whether multi-factor authentication is on: do it in the walkthrough, or on the MFA & accounts page (or import the Microsoft 365 / Google Workspace directory).',
};

const DOMAIN_REASONS: Readonly<Record<string, Texts>> = {
  'never-checked': {
    fr: 'Le domaine de messagerie du cabinet n’a jamais été vérifié (SPF, DMARC) : lancer « Vérifier le domaine » (MFA et comptes).',
    en: "The practice's e-mail domain has never been checked (SPF, DMARC): run \"Check the domain\" (MFA & accounts).",
  },
  'consumer-domain': {
    fr: 'Le domaine est celui d’un fournisseur grand public : SPF et DMARC sont à sa charge, pas à celle du cabinet.',
    en: "The domain is a consumer provider's: SPF and DMARC are the provider's to set, not the practice's.",
  },
};

const DOMAIN_UNANSWERED: Texts = {
  fr: 'Le DNS n’a pas répondu pour ce domaine : revérifier plus tard (MFA et comptes › Vérifier le domaine).',
  en: 'The DNS did not answer for this domain: check again later (MFA & accounts › Check the domain).',
};

const NOT_IN_SCOPE: Readonly<Record<'mfa' | 'password' | 'walkthrough', Texts>> = {
  mfa: {
    fr: 'Un audit en ligne de commande ne vérifie que les fuites : la double authentification se vérifie dans l’application (MFA et comptes, Parcours guidé).',
    en: 'A command-line audit checks breaches only: multi-factor authentication is checked in the app (MFA & accounts, Walkthrough).',
  },
  password: {
    fr: 'Un audit en ligne de commande ne vérifie que les fuites : les mots de passe se vérifient avec chaque personne, dans l’application (Mots de passe) ou avec « hygie password ».',
    en: 'A command-line audit checks breaches only: passwords are checked with each person, in the app (Passwords) or with "hygie password".',
  },
  walkthrough: {
    fr: 'Un audit en ligne de commande ne vérifie que les fuites : le parcours guidé se fait dans l’application, avec chaque personne.',
    en: 'A command-line audit checks breaches only: the walkthrough is done in the app, with each person.',
  },
};

/** Why something was not checked, and what to do, in the report's language. */
export function notCheckedExplanation(
  entry: Pick<NotCheckedEntry, 'check' | 'reason'> & { sourceName?: string | null; source?: string | null },
  language: ReportLanguage,
): string {
  const fr = language === 'fr';
  if (entry.reason === 'not-in-scope' && entry.check !== 'breach' && entry.check !== 'domain') return NOT_IN_SCOPE[entry.check][language];
  switch (entry.check) {
    case 'breach': {
      const text = (BREACH_REASONS[entry.reason] ?? BREACH_REASONS['never-checked']!)[language];
      const source =
        entry.sourceName != null
          ? fr
            ? `Liste « ${entry.sourceName} »`
            : `List "${entry.sourceName}"`
          : entry.source != null && entry.source.startsWith('hibp')
            ? 'Have I Been Pwned'
            : null;
      return source ? `${source}${fr ? ' : ' : ': '}${text}` : text;
    }
    case 'mfa':
      return MFA_NEVER_RECORDED[language];
    case 'password':
      return (PASSWORD_REASONS[entry.reason] ?? PASSWORD_NOT_CHECKED)[language];
    case 'domain':
      return (DOMAIN_REASONS[entry.reason] ?? DOMAIN_UNANSWERED)[language];
    case 'walkthrough':
      return NOT_IN_SCOPE.walkthrough[language];
  }
}
