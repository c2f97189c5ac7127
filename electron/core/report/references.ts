import type { PolicyId } from '../model/schemas/practice.ts';
import type { Reference, ReportLanguage } from '../model/schemas/report.ts';
import { POLICIES } from '../password/policies.ts';

// The texts a report cites (the policies' sources as in password/README.md), chosen by the practice's policy: the
// policy's own text(s) first (policy: true), then the texts that back the rest of the report (MFA,
// e-mail protection, the duty to secure processing). Every URL's host is on the app's allow-list
// of external links (electron/main/external-links.ts; a test checks it).

type ReferenceId = Reference['id'];

interface ReferenceText {
  title: Readonly<Record<ReportLanguage, string>>;
  url: string;
  relevance: Readonly<Record<ReportLanguage, string>>;
}

const ECFR_PART_164_C = 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-C';

export const REFERENCE_TEXTS: Readonly<Record<ReferenceId, ReferenceText>> = {
  'cnil-2022-100': {
    title: { fr: POLICIES['cnil-2022'].source.citation, en: 'CNIL, deliberation no. 2022-100 of 21 July 2022' },
    url: POLICIES['cnil-2022'].source.url,
    relevance: {
      fr: 'La recommandation française sur les mots de passe : au moins 80 bits pour un mot de passe seul, 50 si le compte se bloque après des essais ratés, sans renouvellement imposé.',
      en: 'The French recommendation on passwords: at least 80 bits for a password alone, 50 when the account locks after failed attempts, with no forced renewal.',
    },
  },
  'anssi-2021': {
    title: {
      fr: POLICIES['anssi-2021'].source.citation,
      en: 'ANSSI, Recommendations on multi-factor authentication and passwords, v2.0, 2021',
    },
    url: POLICIES['anssi-2021'].source.url,
    relevance: {
      fr: 'L’agence nationale recommande la double authentification, un facteur de possession et un gestionnaire de mots de passe : la base des constats MFA de ce rapport.',
      en: "France's national agency recommends multi-factor authentication, a possession factor and a password manager: the basis of this report's MFA findings.",
    },
  },
  'nist-800-63b-4': {
    title: { fr: 'NIST SP 800-63B-4 (2025), Digital Identity Guidelines: Authentication', en: 'NIST SP 800-63B-4 (2025), Digital Identity Guidelines: Authentication' },
    url: POLICIES['nist-800-63b'].source.url,
    relevance: {
      fr: 'Longueur plutôt que composition, refus des mots de passe trouvés dans des fuites ou liés au contexte, changement forcé sur preuve de compromission ; le SMS y est un authentificateur restreint.',
      en: 'Length over composition, breached and context-specific passwords refused, a forced change on evidence of compromise; SMS is a restricted authenticator.',
    },
  },
  'hipaa-164-308': {
    title: { fr: '45 CFR 164.308(a)(5)(ii)(D), gestion des mots de passe (HIPAA)', en: '45 CFR 164.308(a)(5)(ii)(D), password management (HIPAA)' },
    url: `${ECFR_PART_164_C}/section-164.308`,
    relevance: {
      fr: 'Exige des procédures pour créer, changer et protéger les mots de passe : les verdicts par compte et les procédures listées dans ce rapport.',
      en: "Requires procedures for creating, changing and safeguarding passwords: this report's per-account verdicts and listed procedures.",
    },
  },
  'hipaa-164-312': {
    title: { fr: '45 CFR 164.312(d), authentification des personnes (HIPAA)', en: '45 CFR 164.312(d), person or entity authentication (HIPAA)' },
    url: `${ECFR_PART_164_C}/section-164.312`,
    relevance: {
      fr: 'Exige de vérifier que chaque personne est bien celle qu’elle prétend : identifiants propres à chacun et double authentification par compte.',
      en: 'Requires verifying that each person is who they claim to be: credentials of their own and multi-factor authentication per account.',
    },
  },
  'hhs-405d-hicp': {
    title: {
      fr: 'HHS 405(d), Health Industry Cybersecurity Practices (HICP), édition 2023',
      en: 'HHS 405(d), Health Industry Cybersecurity Practices (HICP), 2023 edition',
    },
    url: 'https://405d.hhs.gov/Documents/HICP-Main-508.pdf',
    relevance: {
      fr: 'Pour les petits cabinets : l’hameçonnage par e-mail est la première menace ; protection de la messagerie et gestion des accès avec double authentification en sont les premières parades.',
      en: 'For small practices: e-mail phishing is the first threat; e-mail protection and access management with multi-factor authentication are the first answers.',
    },
  },
  'gdpr-art-32': {
    title: {
      fr: 'Règlement (UE) 2016/679 (RGPD), article 32 : sécurité du traitement',
      en: 'Regulation (EU) 2016/679 (GDPR), Article 32: security of processing',
    },
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    relevance: {
      fr: 'Oblige le cabinet à protéger les données de santé par des mesures adaptées et à en vérifier régulièrement l’efficacité : ce rapport en est une trace.',
      en: 'Requires the practice to protect health data with appropriate measures and to test their effectiveness regularly: this report is a record of that.',
    },
  },
};

/** Per policy: [its own text(s)], then the others cited with it. */
const BY_POLICY: Readonly<Record<PolicyId, { policy: readonly ReferenceId[]; others: readonly ReferenceId[] }>> = {
  'cnil-2022': { policy: ['cnil-2022-100'], others: ['anssi-2021', 'gdpr-art-32'] },
  'anssi-2021': { policy: ['anssi-2021'], others: ['cnil-2022-100', 'gdpr-art-32'] },
  'nist-800-63b': { policy: ['nist-800-63b-4'], others: ['hhs-405d-hicp', 'gdpr-art-32'] },
  hipaa: { policy: ['hipaa-164-308', 'hipaa-164-312'], others: ['hhs-405d-hicp', 'nist-800-63b-4'] },
};

export function referencesFor(policy: PolicyId, language: ReportLanguage): Reference[] {
  const { policy: own, others } = BY_POLICY[policy];
  const entry = (id: ReferenceId, isPolicy: boolean): Reference => ({
    id,
    title: REFERENCE_TEXTS[id].title[language],
    relevance: REFERENCE_TEXTS[id].relevance[language],
    url: REFERENCE_TEXTS[id].url,
    policy: isPolicy,
  });
  return [...own.map((id) => entry(id, true)), ...others.map((id) => entry(id, false))];
}
