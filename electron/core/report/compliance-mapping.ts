import type { MappingItem, MappingItemId, MappingStatus, ReferenceId, ReportAccount } from '../model/schemas/report.ts';
import { standingOf } from '../model/schemas/password.ts';
import type { ServiceId } from '../model/schemas/staff.ts';
import { TEXTS } from '../text/messages.ts';
import { fill, plural, type Plural } from '../text/template.ts';
import { isOpen, type ReportBody } from './report-overview.ts';

// The report against the texts a French practice answers to (docs/references.md, "Report: French
// health texts"): the ANS identification framework's 2026 step, the ten rules of the ANS mémento,
// CNIL deliberation 2022-100, GDPR articles 32 and 33, and NIS2 (not applicable, said once). Each
// item gets a status from the report's own evidence — conforme, à faire, non vérifié, hors champ —
// and the sentence that says why. What Hygie does not look at is listed "hors champ", never dropped.

/** The services the identification framework governs here: health digital services reached from the practice. */
const HEALTH_SERVICES: ReadonlySet<ServiceId> = new Set(['amelipro', 'pro-sante-connect', 'mssante']);

const REFERENCE_OF: Readonly<Record<MappingItemId, ReferenceId>> = {
  'ans-identification-2026': 'ans-identification',
  'memento-premises': 'ans-memento',
  'memento-equipment': 'ans-memento',
  'memento-workstation': 'ans-memento',
  'memento-cards': 'ans-memento',
  'memento-passwords': 'ans-memento',
  'memento-password-manager': 'ans-memento',
  'memento-updates': 'ans-memento',
  'memento-messaging': 'ans-memento',
  'memento-gdpr': 'ans-memento',
  'memento-records': 'ans-memento',
  'cnil-passwords': 'cnil-2022-100',
  'gdpr-security': 'gdpr-art-32',
  'gdpr-breach-notification': 'gdpr-art-33',
  nis2: 'nis2',
};

interface Judgement {
  status: MappingStatus;
  evidence: string;
  findingRefs?: string[];
}

export function complianceMapping(report: ReportBody): MappingItem[] {
  const { language } = report;
  const t = TEXTS[language].compliance;
  const e = t.evidence;
  const count = (forms: Plural, value: number, extra: Record<string, string> = {}) => fill(plural(forms, value, language) as string, { count: value, ...extra } as never);
  const accounts = report.people.flatMap((person) => person.accounts);
  const day = report.generatedAt.slice(0, 10);
  // Built once: each judgement looks accounts up by ref (a large practice has tens of thousands).
  const byRef = new Map(accounts.map((account) => [account.accountRef, account]));
  const openFindings = (accept: (finding: ReportBody['findings'][number], account: ReportAccount | undefined) => boolean) =>
    report.findings.filter((finding) => isOpen(finding, day) && accept(finding, finding.accountRef ? byRef.get(finding.accountRef) : undefined)).map((finding) => finding.ref);
  const openRefs = (accept: (kind: string, account: ReportAccount | undefined) => boolean) => openFindings((finding, account) => accept(finding.kind, account));
  const outOfScope: Judgement = { status: 'out-of-scope', evidence: e.outOfScope };

  const identification = (): Judgement => {
    const health = accounts.filter((account) => HEALTH_SERVICES.has(account.service));
    if (health.length === 0) return { status: 'not-checked', evidence: e.identificationNone };
    const weak = health.filter((account) => ['none', 'sms', 'email-code'].includes(account.mfa.status));
    const unknown = health.filter((account) => account.mfa.status === 'unknown');
    if (weak.length > 0) {
      return {
        status: 'todo',
        evidence: count(e.identificationWeak, weak.length),
        findingRefs: openRefs((kind, account) => (kind === 'mfa-none' || kind === 'mfa-weak') && account !== undefined && HEALTH_SERVICES.has(account.service)),
      };
    }
    if (unknown.length > 0) return { status: 'not-checked', evidence: count(e.identificationUnknown, unknown.length) };
    return { status: 'compliant', evidence: count(e.identificationAll, health.length) };
  };

  const cards = (): Judgement => {
    const strong = accounts.filter((account) => account.mfa.status === 'phishing-resistant').length;
    // Whether the card rules are kept is never seen by Hygie: declared at best.
    return strong > 0 ? { status: 'not-checked', evidence: count(e.cardsDeclared, strong) } : { status: 'not-checked', evidence: e.cardsNone };
  };

  const passwords = (): Judgement => {
    const policy = report.policy.name;
    if (accounts.length === 0) return { status: 'not-checked', evidence: e.passwordsNone };
    // A self-assessment in force stands instead of the check: a "no" is bad; four "yes" are the
    // person's word, not a check, so never "compliant" here (declared, like the cards above).
    const standing = (account: (typeof accounts)[number]) => standingOf(account.password.verdict, account.password.declared?.answers ?? null);
    const bad = accounts.filter((account) =>
      account.password.declared ? standing(account) === 'to-change' : account.password.verdict === 'fail' || account.password.pwned === 'pwned' || account.password.reusedWith.length > 0,
    );
    const unchecked = accounts.filter((account) => (account.password.declared ? standing(account) === 'compliant' : standing(account) === 'to-confirm'));
    if (bad.length > 0) {
      const parts = [count(e.passwordsBad, bad.length, { policy })];
      if (unchecked.length > 0) parts.push(count(e.passwordsUnchecked, unchecked.length));
      return { status: 'todo', evidence: parts.join(' '), findingRefs: openRefs((kind) => kind === 'weak-password' || kind === 'pwned-password' || kind === 'reused-password' || kind === 'declared-password') };
    }
    if (unchecked.length > 0) return { status: 'not-checked', evidence: count(e.passwordsUnchecked, unchecked.length) };
    return { status: 'compliant', evidence: count(e.passwordsAll, accounts.length, { policy }) };
  };

  const messaging = (): Judgement => {
    const mssante = accounts.filter((account) => account.service === 'mssante').length;
    return mssante > 0 ? { status: 'compliant', evidence: count(e.messagingUsed, mssante) } : { status: 'not-checked', evidence: e.messagingNone };
  };

  const security = (): Judgement => {
    const serious = openFindings((finding) => finding.severity === 'critical' || finding.severity === 'high');
    if (serious.length > 0) return { status: 'todo', evidence: count(e.securityOpen, serious.length), findingRefs: serious };
    if (report.notChecked.length > 0) return { status: 'not-checked', evidence: count(e.securityUnknown, report.notChecked.length) };
    return { status: 'compliant', evidence: e.securityOk };
  };

  const judgements: Record<MappingItemId, () => Judgement> = {
    'ans-identification-2026': identification,
    'memento-premises': () => outOfScope,
    'memento-equipment': () => outOfScope,
    'memento-workstation': () => outOfScope,
    'memento-cards': cards,
    'memento-passwords': passwords,
    'memento-password-manager': () => ({ status: 'out-of-scope', evidence: e.passwordManager }),
    'memento-updates': () => outOfScope,
    'memento-messaging': messaging,
    'memento-gdpr': () => ({ status: 'out-of-scope', evidence: e.gdprThisReport }),
    'memento-records': () => outOfScope,
    'cnil-passwords': passwords,
    'gdpr-security': security,
    'gdpr-breach-notification': () => ({ status: 'out-of-scope', evidence: e.breachRegister }),
    nis2: () => ({ status: 'not-applicable', evidence: e.nis2 }),
  };

  return (Object.keys(REFERENCE_OF) as MappingItemId[]).map((id) => {
    const judgement = judgements[id]();
    return { id, reference: REFERENCE_OF[id], requirement: t.requirement[id], status: judgement.status, evidence: judgement.evidence, findingRefs: judgement.findingRefs ?? [] };
  });
}
