import type { PolicyId } from '../model/schemas/practice.ts';
import type { Reference, ReportLanguage } from '../model/schemas/report.ts';
import { POLICIES } from '../password/policies.ts';
import { TEXTS } from '../text/messages.ts';

// The texts a report cites (the policies' sources as in password/README.md), chosen by the practice's policy: the
// policy's own text(s) first (policy: true), then the texts that back the rest of the report (MFA,
// e-mail protection, the duty to secure processing). Every URL's host is on the app's allow-list
// of external links (electron/main/external-links.ts; a test checks it). Titles and relevance are in
// text/report.*.ts.

type ReferenceId = Reference['id'];

const EUR_LEX_GDPR = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';

const ECFR_PART_164_C = 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-C';

export const REFERENCE_URLS: Readonly<Record<ReferenceId, string>> = {
  // ANS's own answer on the 2026 step of the identification framework (docs/references.md).
  'ans-identification': 'https://esante.gouv.fr/faq/est-il-vrai-que-le-simple-loginmot-de-passe-est-interdit-pour-lidentification-electronique-des-professionnels-de-sante',
  // The mémento's own address could not be checked from here: ANS's site, where it is published.
  'ans-memento': 'https://esante.gouv.fr/',
  'cnil-2022-100': POLICIES['cnil-2022'].source.url,
  'anssi-2021': POLICIES['anssi-2021'].source.url,
  'nist-800-63b-4': POLICIES['nist-800-63b'].source.url,
  'hipaa-164-308': `${ECFR_PART_164_C}/section-164.308`,
  'hipaa-164-312': `${ECFR_PART_164_C}/section-164.312`,
  'hhs-405d-hicp': 'https://405d.hhs.gov/Documents/HICP-Main-508.pdf',
  'gdpr-art-32': EUR_LEX_GDPR,
  'gdpr-art-33': EUR_LEX_GDPR,
  // ANSSI's help page on NIS2's size thresholds (the EU recommendation 2003/361/EC they refer to).
  nis2: 'https://aide.monespacenis2.cyber.gouv.fr/fr/article/quels-sont-les-seuils-financiers-et-deffectifs-a-prendre-en-compte-pour-determiner-si-mon-entite-est-regulee-vzez74/',
};

/** The French health sector's own texts, cited in every report whatever the password policy (the mapping rests on them). */
const FRENCH_HEALTH: readonly ReferenceId[] = ['ans-identification', 'ans-memento'];
/** The duties every report maps, after the policy's texts. */
const DUTIES: readonly ReferenceId[] = ['gdpr-art-32', 'gdpr-art-33', 'nis2'];

/** Per policy: [its own text(s)], then the others cited with it. */
const BY_POLICY: Readonly<Record<PolicyId, { policy: readonly ReferenceId[]; others: readonly ReferenceId[] }>> = {
  'cnil-2022': { policy: ['cnil-2022-100'], others: ['anssi-2021'] },
  'anssi-2021': { policy: ['anssi-2021'], others: ['cnil-2022-100'] },
  'nist-800-63b': { policy: ['nist-800-63b-4'], others: ['cnil-2022-100', 'hhs-405d-hicp'] },
  hipaa: { policy: ['hipaa-164-308', 'hipaa-164-312'], others: ['cnil-2022-100', 'hhs-405d-hicp', 'nist-800-63b-4'] },
};

export function referencesFor(policy: PolicyId, language: ReportLanguage): Reference[] {
  const { policy: own, others } = BY_POLICY[policy];
  const entry = (id: ReferenceId, isPolicy: boolean): Reference => ({
    id,
    title: TEXTS[language].report.references[id].title,
    relevance: TEXTS[language].report.references[id].relevance,
    url: REFERENCE_URLS[id],
    policy: isPolicy,
  });
  return [...own.map((id) => entry(id, true)), ...[...FRENCH_HEALTH, ...others, ...DUTIES].map((id) => entry(id, false))];
}
