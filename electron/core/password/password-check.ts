import { HygieError } from '../model/hygie-error.ts';
import type { MfaStatus } from '../model/schemas/mfa.ts';
import {
  declarationNos,
  passwordEvidence,
  passwordStanding,
  type AccountFacts,
  type DeclarationAnswers,
  type PasswordAssessment,
  type PasswordCheckResult,
  type PasswordResults,
  type ReusedWith,
  type StoredPasswordDeclaration,
  type StoredPasswordVerdict,
} from '../model/schemas/password.ts';
import { DEFAULT_POLICY, type PolicyId } from '../model/schemas/practice.ts';
import type { PwnedPasswordOutcome } from '../model/schemas/pwned-passwords.ts';
import { createPwnedPasswordsClient } from '../breach/pwned-range.ts';
import { serviceRank } from '../model/service-risk-order.ts';
import { servicesSettings } from '../settings/services-settings.ts';
import type { PasswordAccount } from '../store/password-repository.ts';
import type { Store } from '../store/store.ts';
import { assessPassword } from './assess-password.ts';
import type { PasswordContext } from './context-words.ts';
import type { PasswordSittings } from './sitting.ts';

// The password audit's calls over the store: the live meter (assess: nothing stored, no
// network), the full check of one account in a sitting (pwned + reuse; stores the verdict only),
// and the overview. The password is a parameter of these functions and nothing else: it is
// hashed for the pwned range (SHA-1, in pwned-range.ts) and for reuse (HMAC, in sitting.ts) in
// memory, and what is written is built field by field from StoredPasswordVerdictSchema.

export interface PwnedCheckOptions {
  /** No whole answer within this: not-checked 'timeout' (default the range client's). */
  timeoutMs?: number;
  /** Further tries after a 429 or a 5xx (default the range client's). */
  retries?: number;
}

export interface PasswordCheckDeps {
  sittings: PasswordSittings;
  userAgent: string;
  pwned?: PwnedCheckOptions;
  now?: () => Date;
}

export function practicePolicy(store: Store): PolicyId {
  return store.practice.get()?.policy ?? DEFAULT_POLICY;
}

/** What an attacker who knows the practice and the person tries first. */
export function passwordContext(store: Store, person: { firstName: string; lastName: string; emails: readonly string[] } | null): PasswordContext {
  const practice = store.practice.get();
  return {
    practice: practice ? { name: practice.name, city: practice.address.city, profession: practice.profession } : null,
    person: person ? { firstName: person.firstName, lastName: person.lastName, emails: person.emails } : null,
  };
}

/**
 * The MFA statuses that earn a password rule's allowance (NIST's 8 characters, ANSSI's note).
 * Narrower than PROTECTED_MFA_STATUSES: a code sent by e-mail is no second factor when the
 * mailbox is the stolen asset, and NIST SP 800-63B does not accept e-mail as an out-of-band
 * authenticator.
 */
export const PASSWORD_MFA_STATUSES: readonly MfaStatus[] = ['phishing-resistant', 'app', 'sms'];

/** mfa: the latest MFA status is one of PASSWORD_MFA_STATUSES; admin: the IT provider; lockout: as said. */
export function accountFacts(store: Store, account: PasswordAccount | null, role: string | null, lockout: boolean): AccountFacts {
  const mfa = account ? store.mfa.latestFor(account.accountId) : null;
  return {
    mfa: mfa !== null && PASSWORD_MFA_STATUSES.includes(mfa.status),
    admin: (account?.role ?? role) === 'it-provider',
    lockout,
  };
}

/** The account, refused when it is not (or no longer) on the roster or not `staffId`'s. */
function accountOf(store: Store, accountId: string, staffId: string | null): PasswordAccount {
  const account = store.passwords.account(accountId);
  if (!account || (staffId !== null && account.staffId !== staffId)) throw new HygieError('account-not-found');
  return account;
}

/**
 * The engine runs on the password: should it ever throw, its message or stack could quote it.
 * What reaches the router (and its logger) is a bare error instead.
 */
function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof HygieError) throw error;
    throw new Error('the password assessment failed');
  }
}

/** password.assess: the live meter. No network, nothing stored, no audit entry. */
export function assessForTarget(
  store: Store,
  input: { staffId: string | null; accountId: string | null; lockout: boolean; password: string },
): PasswordAssessment {
  let account: PasswordAccount | null = null;
  let person: { firstName: string; lastName: string; emails: readonly string[]; role: string } | null = null;
  if (input.accountId !== null) {
    account = accountOf(store, input.accountId, input.staffId);
    person = account;
  } else if (input.staffId !== null) {
    const member = store.staff.get(input.staffId);
    if (!member) throw new HygieError('staff-not-found');
    person = member;
  }
  const context = passwordContext(store, person);
  const facts = accountFacts(store, account, person?.role ?? null, input.lockout);
  const policy = practicePolicy(store);
  return guarded(() => assessPassword(input.password, { context, facts, policy }));
}

function storedPwned(pwned: PwnedPasswordOutcome): StoredPasswordVerdict['pwned'] {
  if (pwned.status === 'pwned') return { status: 'pwned', count: pwned.count };
  if (pwned.status === 'not-pwned') return { status: 'not-pwned' };
  return { status: 'not-checked', reason: pwned.reason };
}

function reusedEntry(account: PasswordAccount): ReusedWith[number] {
  return { accountId: account.accountId, service: account.service, label: account.label };
}

/** What the store keeps of one check: verdicts, score, kinds — never the password or a hash of it. */
function storedVerdict(
  assessment: PasswordAssessment,
  pwned: PwnedPasswordOutcome,
  reusedWith: ReusedWith,
  account: PasswordAccount,
  checkedAt: string,
  recordedBy: string,
): StoredPasswordVerdict {
  const chosen = assessment.policies.find((policy) => policy.policy === assessment.policy);
  return {
    accountId: account.accountId,
    checkedAt,
    verdict: assessment.verdict,
    reason: assessment.verdict === 'not-checked' && pwned.status === 'not-checked' ? pwned.reason : null,
    policy: assessment.policy,
    cnilCase: chosen?.cnilCase ?? null,
    score: assessment.strength.score,
    failedRules: [...new Set((chosen?.rules ?? []).filter((rule) => rule.outcome === 'fail').map((rule) => rule.kind))],
    policies: Object.fromEntries(assessment.policies.map((policy) => [policy.policy, policy.verdict])) as StoredPasswordVerdict['policies'],
    pwned: storedPwned(pwned),
    contextKinds: [...new Set(assessment.strength.contextWords.map((word) => word.kind))],
    reusedWith,
    recordedBy,
  };
}

/**
 * The earlier account's verdict, once it is known to share its password with `account`: the same
 * check, now failed for reuse (every policy asks for a password of its own).
 */
function withReuse(earlier: StoredPasswordVerdict, account: PasswordAccount): StoredPasswordVerdict {
  const reusedWith = earlier.reusedWith.some((entry) => entry.accountId === account.accountId)
    ? earlier.reusedWith
    : [...earlier.reusedWith, reusedEntry(account)];
  return {
    ...earlier,
    verdict: 'fail',
    reason: null,
    failedRules: earlier.failedRules.includes('not-reused') ? earlier.failedRules : [...earlier.failedRules, 'not-reused'],
    policies: Object.fromEntries(Object.keys(earlier.policies).map((policy) => [policy, 'fail'])) as StoredPasswordVerdict['policies'],
    reusedWith,
  };
}

async function pwnedOutcome(store: Store, password: string, deps: PasswordCheckDeps): Promise<PwnedPasswordOutcome> {
  const settings = servicesSettings(store, null);
  const client = createPwnedPasswordsClient({
    baseUrl: settings.pwnedPasswordsBaseUrl,
    mirrorDir: settings.pwnedPasswordsMirrorDir,
    userAgent: deps.userAgent,
    ...(deps.pwned?.timeoutMs !== undefined ? { timeoutMs: deps.pwned.timeoutMs } : {}),
    ...(deps.pwned?.retries !== undefined ? { retries: deps.pwned.retries } : {}),
  });
  try {
    return await client.checkPassword(password);
  } catch {
    // Whatever went wrong, the answer is "could not check", never "not pwned".
    return { status: 'not-checked', source: client.source, reason: 'network' };
  } finally {
    await client.close();
  }
}

/** password.check: strength, policies, pwned and reuse for one account of the sitting's person. */
export async function checkAccountPassword(
  store: Store,
  input: { sittingId: string; accountId: string; password: string; lockout: boolean },
  deps: PasswordCheckDeps,
): Promise<PasswordCheckResult> {
  const staffId = deps.sittings.staffOf(input.sittingId);
  const account = accountOf(store, input.accountId, staffId);
  const context = passwordContext(store, account);
  const facts = accountFacts(store, account, null, input.lockout);
  const policy = practicePolicy(store);

  const ticket = deps.sittings.beginCheck(input.sittingId, account.accountId);
  const pwned = await pwnedOutcome(store, input.password, deps);
  // Typed on, or checked again, while the lookup was out: this check is dropped, nothing stored.
  if (!deps.sittings.isLatestCheck(input.sittingId, account.accountId, ticket)) throw new HygieError('password-check-superseded');
  // After the network wait: the sitting may have ended meanwhile, which refuses the check here.
  const sameAs = deps.sittings.remember(input.sittingId, account.accountId, input.password);
  // How many other accounts it was compared with: none, and "different from the others" would be a claim.
  const comparedWith = deps.sittings.othersChecked(input.sittingId, account.accountId);
  const earlier = sameAs.map((id) => store.passwords.account(id)).filter((other): other is PasswordAccount => other !== null);
  const reusedWith = earlier.map(reusedEntry);

  const assessment = guarded(() => assessPassword(input.password, { context, facts, policy, pwned, reusedWith, comparedWith }));
  const checkedAt = (deps.now ?? (() => new Date()))().toISOString();
  const verdict = storedVerdict(assessment, pwned, reusedWith, account, checkedAt, store.actor);
  store.transaction(() => {
    store.passwords.record(verdict);
    for (const other of earlier) {
      const latest = store.passwords.latestFor(other.accountId);
      if (latest) {
        store.passwords.record(withReuse(latest, account));
        // That row changes the earlier account's verdict: it gets its own entry (account ids only).
        store.audit.append('password.reuse', other.accountId, { reusedWith: account.accountId });
      }
    }
    store.audit.append('password.check', account.accountId, { verdict: verdict.verdict });
  });
  return { assessment, pwned, reusedWith, checkedAt };
}

/**
 * password.declare: one account's self-assessment (four yes/no answers), for a person who does not
 * type the password. Nothing typed, nothing checked: the answers are stored as "declared" evidence.
 * The audit entry keeps the account and how many answers were "no" (answeredNo) — not which, nor any text.
 */
export function declareAccountPassword(
  store: Store,
  input: { staffId: string; accountId: string; answers: DeclarationAnswers },
  now: () => Date = () => new Date(),
): StoredPasswordDeclaration {
  const account = accountOf(store, input.accountId, input.staffId);
  const declaration: StoredPasswordDeclaration = {
    accountId: account.accountId,
    declaredAt: now().toISOString(),
    answers: input.answers,
    recordedBy: store.actor,
  };
  store.transaction(() => {
    store.passwords.declare(declaration);
    store.audit.append('password.declare', account.accountId, { answeredNo: declarationNos(input.answers).length });
  });
  return declaration;
}

/** password.results: everyone × their accounts with the latest verdict (null: never checked). */
export function passwordResults(store: Store): PasswordResults {
  const latest = store.passwords.latestByAccount();
  const declarations = store.passwords.latestDeclarations();
  const mfa = store.mfa.latestByAccount();
  const people = new Map(store.staff.list().map((member, index) => [member.id, { member, index }]));
  const persons = new Map<string, PasswordResults['persons'][number]>();
  const emailOrder = (account: PasswordAccount) => (account.service === 'mailbox' ? account.emails.indexOf(account.label) : 0);
  const accounts = store.passwords
    .accounts()
    .filter((account) => people.has(account.staffId))
    .sort(
      (a, b) =>
        people.get(a.staffId)!.index - people.get(b.staffId)!.index ||
        serviceRank(a.service) - serviceRank(b.service) ||
        emailOrder(a) - emailOrder(b),
    );
  const summary = { accounts: 0, pass: 0, fail: 0, notChecked: 0, neverChecked: 0, declared: 0, pwned: 0, reused: 0 };
  for (const account of accounts) {
    const member = people.get(account.staffId)!.member;
    let person = persons.get(account.staffId);
    if (!person) {
      person = { staffId: member.id, firstName: member.firstName, lastName: member.lastName, role: member.role, accounts: [] };
      persons.set(account.staffId, person);
    }
    const verdict = latest.get(account.accountId) ?? null;
    const declared = declarations.get(account.accountId) ?? null;
    const status = mfa.get(account.accountId)?.status;
    person.accounts.push({
      accountId: account.accountId,
      service: account.service,
      label: account.label,
      mfa: status !== undefined && PASSWORD_MFA_STATUSES.includes(status),
      latest: verdict,
      declared,
    });
    // Counted by what stands: the newest of the check and the declaration (passwordStanding).
    summary.accounts += 1;
    const standing = passwordStanding(verdict, declared);
    const onDeclaration = passwordEvidence(verdict, declared) === 'declared';
    if (standing === 'compliant') summary.pass += 1;
    else if (standing === 'to-change') summary.fail += 1;
    else if (verdict === null) summary.neverChecked += 1;
    else summary.notChecked += 1;
    if (onDeclaration) summary.declared += 1;
    if (!onDeclaration && verdict?.pwned.status === 'pwned') summary.pwned += 1;
    if (!onDeclaration && verdict && verdict.reusedWith.length > 0) summary.reused += 1;
  }
  return { policy: practicePolicy(store), persons: [...persons.values()], summary };
}
