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

const ECFR_PART_164_C = 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-C';

export const REFERENCE_URLS: Readonly<Record<ReferenceId, string>> = {
  'cnil-2022-100': POLICIES['cnil-2022'].source.url,
  'anssi-2021': POLICIES['anssi-2021'].source.url,
  'nist-800-63b-4': POLICIES['nist-800-63b'].source.url,
  'hipaa-164-308': `${ECFR_PART_164_C}/section-164.308`,
  'hipaa-164-312': `${ECFR_PART_164_C}/section-164.312`,
  'hhs-405d-hicp': 'https://405d.hhs.gov/Documents/HICP-Main-508.pdf',
  'gdpr-art-32': 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
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
    title: TEXTS[language].report.references[id].title,
    relevance: TEXTS[language].report.references[id].relevance,
    url: REFERENCE_URLS[id],
    policy: isPolicy,
  });
  return [...own.map((id) => entry(id, true)), ...others.map((id) => entry(id, false))];
}
