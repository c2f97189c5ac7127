import { randomUUID } from 'node:crypto';
import type { MfaEvidence, MfaStatus } from '../model/schemas/mfa.ts';
import type { DomainCheck } from '../model/schemas/mail-domain.ts';
import type { DeclarationAnswers, PolicyRuleKind, Verdict } from '../model/schemas/password.ts';
import type { PolicyId, Profession } from '../model/schemas/practice.ts';
import type { ReportBreach, ReportLanguage, ScorePoint } from '../model/schemas/report.ts';
import type { ServiceId, StaffRole } from '../model/schemas/staff.ts';
import type { WalkthroughAnswerValue, WalkthroughStepId } from '../model/schemas/walkthrough.ts';
import type { StoredFindingStatus } from '../store/finding-status-repository.ts';

// What a report is built from, whatever the source (the app's store, or a command-line audit of
// a roster file): facts already decided by the result views (breach status, latest MFA record,
// latest password verdict, walkthrough answers), with full names and addresses. buildReport turns
// them into the Report model (score, findings, what was not checked, anonymisation, texts).
// No note, no password, and one free text only: the reason the practice gave for accepting a risk,
// which it writes for the report (left out when anonymised).

export interface ReportInputPractice {
  name: string;
  city: string;
  profession: Profession;
  finess: string | null;
  emailDomain: string | null;
  /** The referent as the practice wrote it ("Dr Jeanne Dupont"). */
  referentName: string;
}

/** A breach source that could not answer for a mailbox, or never did. */
export interface UnansweredSource {
  /** 'hibp', 'hibp-range', 'corpus:<id>', or null when the mailbox was never checked at all. */
  source: string | null;
  /** A local corpus's name (not personal: the practice named it). */
  sourceName: string | null;
  /** NOT_CHECKED_REASONS, or never-checked, no-key, source-pending. */
  reason: string;
  attemptedAt: string | null;
}

/** A breach as the source knows it; the report adds its one-line summary. */
export type InputBreach = Omit<ReportBreach, 'summary'>;

export interface ReportInputBreach {
  status: 'breached' | 'clean' | 'not-checked';
  /** The latest check of the address, null when never checked. */
  checkedAt: string | null;
  /**
   * Breached: the first check of the current run that found it (no clean answer since), so a
   * re-check that finds it again does not push the finding's due date back.
   */
  detectedAt: string | null;
  breaches: InputBreach[];
  /**
   * Breached, and the walkthrough's "password changed since the breach" answered done after the
   * newest of these breaches was first found (an older answer cannot cover a breach found since).
   */
  remediated: boolean;
  /** Not-checked: each source that could not answer (or never did), with why. */
  unanswered: UnansweredSource[];
  /**
   * The websites HIBP's stealer logs name for this address (its verified domain's latest answer),
   * each with its catalogue service and when Hygie first saw it. Absent: none known.
   */
  stealerLogs?: ReportInputStealerLogSite[];
}

export interface ReportInputStealerLogSite {
  website: string;
  service: ServiceId | null;
  firstSeenAt: string;
}

/** What the searches of the practice's verified domains found beyond the staff's addresses. */
export interface ReportInputDomainSearch {
  /** null: not known (no search yet). */
  stealerLogsInPlan: boolean | null;
  /** Addresses found on a verified domain that are not on the staff list, with their full address. */
  aliasesNotOnRoster: { address: string; breaches: string[]; stealerLogWebsites: string[]; ignored: boolean }[];
  /** Verified domains whose stealer-log search did not answer. */
  unansweredStealerLogs: { domain: string; reason: string; attemptedAt: string }[];
}

/** The practice's re-check cadence and when every address was last checked. */
export interface ReportInputRecheck {
  /** The oldest of the addresses' latest checks; null when some address was never checked (or none exists). */
  lastFullCheckAt: string | null;
  cadenceDays: number;
}

export interface ReportInputPassword {
  verdict: Verdict | 'never-checked';
  checkedAt: string | null;
  /** The first verdict of the current run of verdicts other than 'pass' (the finding's due date runs from there); defaults to checkedAt. */
  failingSince?: string | null;
  /** Why a 'not-checked' verdict could not be reached (the pwned check's reason). */
  reason: string | null;
  failedRules: PolicyRuleKind[];
  pwned: 'pwned' | 'not-pwned' | 'not-checked' | null;
  pwnedCount: number | null;
  /** `key`s of the person's other accounts found with the same password. */
  reusedWith: string[];
  /**
   * The person's self-assessment, when it is newer than the latest check (then it is what counts:
   * "declared", worth less than a check — docs/score.md); absent or null otherwise.
   */
  declared?: { declaredAt: string; answers: DeclarationAnswers } | null;
}

export interface ReportInputStep {
  answer: WalkthroughAnswerValue | null;
  answeredAt: string | null;
  /** Which item (sources without the walkthrough's ids leave it out). */
  step?: WalkthroughStepId;
  /** 'later': the day it is planned for. */
  until?: string | null;
}

export interface ReportInputAccount {
  /** The source's id for the account (account id, or a made-up one for an audit), for reuse links. */
  key: string;
  service: ServiceId;
  /** The e-mail for a mailbox (as written on the roster); '' for other services. */
  identifier: string;
  /** Mailboxes only. */
  breach: ReportInputBreach | null;
  /** `since`: the first record of the current run of this status (defaults to checkedAt). */
  mfa: { status: MfaStatus; evidence: MfaEvidence | null; checkedAt: string | null; since?: string | null };
  password: ReportInputPassword;
  /** This account's walkthrough steps, answered or not. */
  steps: ReportInputStep[];
  /**
   * Shared accounts: the other people who use it (names). On a service whose login is personal
   * (amelipro, Pro Santé Connect…) a non-empty list is a finding of its own.
   */
  sharedWith?: string[];
}

export interface ReportInputPerson {
  key: string;
  firstName: string;
  lastName: string;
  role: StaffRole;
  /** When the person was added to the staff list: an unfinished walkthrough is due from there. */
  addedAt?: string | null;
  /** In risk order (mailboxes first, in the roster's order of addresses). */
  accounts: ReportInputAccount[];
  /** Walkthrough steps about the person rather than one account (phishing). */
  personSteps: ReportInputStep[];
}

/** Which checks this source could make: what it could not is "not in scope", not "unknown". */
export interface ReportScope {
  breach: boolean;
  mfa: boolean;
  password: boolean;
  walkthrough: boolean;
  domain: boolean;
}

/** The names typed on the Reports page (or given to `hygie report`), and the next review's day. */
export interface ReportSigners {
  /** The person responsible for the practice's data, who signs. */
  responsible?: string;
  /** The referent; empty: the practice profile's. */
  referent?: string;
  /** Who prepared the report; empty: the referent. */
  preparedBy?: string;
  /** YYYY-MM-DD; empty: six months after the report's day. */
  nextReview?: string;
}

/** What the caller says about the report itself, whatever the source. */
export interface ReportRunOptions {
  language: ReportLanguage;
  anonymise: boolean;
  /** The account that generated it ("app:<user>"): the store's record and journal keep it; the report prints the typed name. */
  generatedBy: string;
  signers?: ReportSigners;
  now: Date;
  hygieVersion: string;
  reportId?: string;
}

type ReportRun = Required<Omit<ReportRunOptions, 'signers'>> & { signers?: ReportSigners };

/** The input's fields about the report itself; a new report gets a new id. */
export function reportRun(options: ReportRunOptions): ReportRun {
  return {
    reportId: options.reportId ?? randomUUID(),
    now: options.now,
    language: options.language,
    anonymise: options.anonymise,
    generatedBy: options.generatedBy,
    hygieVersion: options.hygieVersion,
    signers: options.signers ?? {},
  };
}

export interface ReportInput extends ReportRun {
  origin: 'store' | 'audit';
  /** null when the practice profile is not filled in yet (or an audit without a name). */
  practice: ReportInputPractice | null;
  /** A command-line audit may know the practice's name only. */
  practiceName?: string | null;
  policy: PolicyId;
  scope: ReportScope;
  /** Roster order: last name, first name. */
  people: ReportInputPerson[];
  /** Oldest first. */
  scoreHistory: ScorePoint[];
  /** The practice domain's last SPF/DMARC check; null when never checked. */
  domain?: DomainCheck | null;
  /** HIBP's searches of verified domains; absent: none (a command-line audit without domain search). */
  domainSearch?: ReportInputDomainSearch | null;
  /** The re-check cadence; absent: no cadence applies (a command-line audit). */
  recheck?: ReportInputRecheck | null;
  /** What the practice said about findings on the Actions page (none for a command-line audit). */
  findingStatuses?: readonly StoredFindingStatus[];
}
