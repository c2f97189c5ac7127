import { z } from 'zod';
import type { CallName } from './channels.ts';
import { AppInfoSchema, PreferencesPatchSchema, PreferencesSchema } from '../model/schemas/preferences.ts';
import { AuditEntrySchema, AuditListInputSchema } from '../model/schemas/audit.ts';
import { PracticeInputSchema, PracticeSchema } from '../model/schemas/practice.ts';
import { BreachSourceChoiceInputSchema, FirstRunStatusSchema } from '../model/schemas/first-run.ts';
import {
  RosterExportInputSchema,
  RosterExportSchema,
  RosterImportInputSchema,
  RosterImportResultSchema,
  RosterPreviewSchema,
} from '../model/schemas/roster-import.ts';
import {
  HibpApiKeyInputSchema,
  HibpKeyTestSchema,
  ServicesPatchSchema,
  ServicesSettingsSchema,
} from '../model/schemas/services.ts';
import { SharedAccountRemoveInputSchema, SharedAccountSaveInputSchema, SharedAccountSchema } from '../model/schemas/shared-account.ts';
import { StaffIdSchema, StaffInputSchema, StaffMemberSchema, StaffUpdateSchema } from '../model/schemas/staff.ts';
import { DomainCheckSchema, MailboxDetectionSchema } from '../model/schemas/mail-domain.ts';
import {
  CorpusImportInputSchema,
  CorpusImportResultInputSchema,
  CorpusImportResultSchema,
  CorpusImportStartedSchema,
  CorpusRemoveInputSchema,
  CorpusSchema,
} from '../model/schemas/corpora.ts';
import { DataFolderSchema, RestoreBackupInputSchema, StoreStatusSchema } from '../model/schemas/store-status.ts';
import {
  BreachCheckAllInputSchema,
  BreachJobStartSchema,
  BreachPersonInputSchema,
  BreachPersonSchema,
  BreachResultsSchema,
  BreachRetryInputSchema,
  DomainAliasAddInputSchema,
  DomainAliasInputSchema,
  DomainWatchSchema,
  NotifyMeInputSchema,
  NotifyMeSetInputSchema,
  NotifyMeStateSchema,
} from '../model/schemas/breach-check.ts';
import { WatchSettingsInputSchema, WatchStatusSchema } from '../model/schemas/watch.ts';
import { JobCancelInputSchema, JobCancelResultSchema, JobResumeResultSchema, JobSnapshotSchema } from '../model/schemas/jobs.ts';
import { MfaDeclareInputSchema, MfaMatrixSchema, MfaRecordSchema } from '../model/schemas/mfa-matrix.ts';
import {
  WalkthroughAnswerInputSchema,
  WalkthroughPlanInputSchema,
  WalkthroughPlanSchema,
  WalkthroughProgressSchema,
  WalkthroughProviderInputSchema,
  WalkthroughSheetInputSchema,
  WalkthroughSheetSavedSchema,
} from '../model/schemas/walkthrough.ts';
import {
  DirectoryImportResultSchema,
  DirectorySettingsPatchSchema,
  DirectoryStatusSchema,
  GoogleCredentialInputSchema,
  ProviderInputSchema,
  SignInPollSchema,
  SignInStartSchema,
} from '../model/schemas/directory.ts';
import {
  BeginSittingInputSchema,
  EndSittingInputSchema,
  GeneratedPassphraseSchema,
  GeneratePassphraseInputSchema,
  PasswordAssessInputSchema,
  PasswordAssessmentSchema,
  PasswordCancelCheckInputSchema,
  PasswordCheckInputSchema,
  PasswordCheckResultSchema,
  PasswordDeclareInputSchema,
  PasswordResultsSchema,
  SittingSchema,
  StoredPasswordDeclarationSchema,
} from '../model/schemas/password.ts';
import {
  DashboardSummaryInputSchema,
  DashboardSummarySchema,
  ReportGenerateInputSchema,
  ReportOpenInputSchema,
  ReportRecordSchema,
  ReportRevealInputSchema,
} from '../model/schemas/report.ts';
import { ActionListSchema, ActionSetStatusInputSchema, ActionSetStatusResultSchema, ActionsListInputSchema } from '../model/schemas/actions.ts';
import { CopySecretInputSchema, CopySecretResultSchema } from '../model/schemas/clipboard.ts';
import {
  ChosenBackupSchema,
  RecoveryChooseBackupInputSchema,
  RecoveryKitSavedSchema,
  RecoveryKitSaveInputSchema,
  RecoveryRestoreInputSchema,
} from '../model/schemas/recovery.ts';

// The contract: every call the renderer, the CLI or a test can make, declared once with
// its input and output schemas. The main process, the preload and the renderer's typed
// client are all generated from CALL_NAMES + this table.

export interface CallSpec {
  input: z.ZodType;
  output: z.ZodType;
  summary: string;
}

export const contract = {
  'app.info': {
    input: z.undefined(),
    output: AppInfoSchema,
    summary: 'Name, version and environment of the running Hygie.',
  },
  'settings.get': {
    input: z.undefined(),
    output: PreferencesSchema,
    summary: "The user's interface preferences.",
  },
  'settings.set': {
    input: PreferencesPatchSchema,
    output: PreferencesSchema,
    summary: 'Change interface preferences; returns them as saved.',
  },
  'store.status': {
    input: z.undefined(),
    output: StoreStatusSchema,
    summary: 'Open the encrypted store if it is not open yet; say whether it is usable, and if not why and which backups could help.',
  },
  'store.restoreBackup': {
    input: RestoreBackupInputSchema,
    output: StoreStatusSchema,
    summary: 'Set the unreadable database aside (kept, renamed) and put an automatic backup in its place.',
  },
  'practice.get': {
    input: z.undefined(),
    output: PracticeSchema.nullable(),
    summary: 'The practice profile, or null before the first-run setup.',
  },
  'practice.save': {
    input: PracticeInputSchema,
    output: PracticeSchema,
    summary: 'Create or update the practice profile.',
  },
  'staff.list': {
    input: z.undefined(),
    output: z.array(StaffMemberSchema),
    summary: 'Everyone on the roster (removed people excluded), sorted by last name.',
  },
  'staff.create': {
    input: StaffInputSchema,
    output: StaffMemberSchema,
    summary: 'Add a person; refuses an e-mail already used by someone on the roster.',
  },
  'staff.update': {
    input: StaffUpdateSchema,
    output: StaffMemberSchema,
    summary: "Change a person's details.",
  },
  'staff.remove': {
    input: StaffIdSchema,
    output: z.object({ removed: z.literal(true) }),
    summary: 'Take a person off the roster (kept in the database and the audit log).',
  },
  'staff.importPreview': {
    input: RosterImportInputSchema,
    output: RosterPreviewSchema,
    summary: 'Read a roster file and show each row as it would be imported, with per-row errors.',
  },
  'staff.importCommit': {
    input: RosterImportInputSchema,
    output: RosterImportResultSchema,
    summary: 'Import the ready rows of a roster file in one transaction; list every row not imported.',
  },
  'staff.exportCsv': {
    input: RosterExportInputSchema,
    output: RosterExportSchema,
    summary: 'The roster as CSV (formulas neutralised), ready to save.',
  },
  'staff.sharedList': {
    input: z.undefined(),
    output: z.array(SharedAccountSchema),
    summary: 'Shared mailboxes and accounts: name, service, owner, the other people who use them, and whether a personal login is shared.',
  },
  'staff.sharedSave': {
    input: SharedAccountSaveInputSchema,
    output: z.array(SharedAccountSchema),
    summary: "Mark one of the owner's accounts as shared (or change its name and users); returns the list.",
  },
  'staff.sharedRemove': {
    input: SharedAccountRemoveInputSchema,
    output: z.array(SharedAccountSchema),
    summary: 'The account is no longer shared (the account itself stays); returns the list.',
  },
  'services.get': {
    input: z.undefined(),
    output: ServicesSettingsSchema,
    summary: 'Base URLs of the breach services and whether an HIBP API key is set.',
  },
  'services.set': {
    input: ServicesPatchSchema,
    output: ServicesSettingsSchema,
    summary: 'Change the base URLs of the breach services.',
  },
  'services.setHibpKey': {
    input: HibpApiKeyInputSchema,
    output: ServicesSettingsSchema,
    summary: 'Keep an HIBP API key in the OS keychain.',
  },
  'services.removeHibpKey': {
    input: z.undefined(),
    output: ServicesSettingsSchema,
    summary: 'Delete the HIBP API key from the OS keychain.',
  },
  'services.testHibpKey': {
    input: z.undefined(),
    output: HibpKeyTestSchema,
    summary: "Ask HIBP's subscription status with the stored key: valid (with plan and rate), or why not.",
  },
  'corpora.list': {
    input: z.undefined(),
    output: z.array(CorpusSchema),
    summary: 'The local breach corpora, with how many hashed addresses each holds.',
  },
  'corpora.import': {
    input: CorpusImportInputSchema,
    output: CorpusImportStartedSchema,
    summary:
      'Check a file of breached addresses (or their SHA-1 / SHA-256) and start importing it as a named, dated corpus, kept hashed only; returns the job id at once.',
  },
  'corpora.importResult': {
    input: CorpusImportResultInputSchema,
    output: CorpusImportResultSchema,
    summary: 'What a completed corpus import kept and which lines it could not read (by number only).',
  },
  'corpora.remove': {
    input: CorpusRemoveInputSchema,
    output: z.object({ removed: z.literal(true) }),
    summary: 'Delete a local breach corpus and all its hashes.',
  },
  'mfa.detectProviders': {
    input: z.undefined(),
    output: z.array(MailboxDetectionSchema),
    summary: "Look up the MX records of every staff e-mail domain (in parallel, short timeouts) and name each mailbox provider; returns every roster domain.",
  },
  'mfa.providers': {
    input: z.undefined(),
    output: z.array(MailboxDetectionSchema),
    summary: 'The mailbox provider of every staff e-mail domain as last detected; a domain never looked up is not-checked.',
  },
  'mfa.checkDomain': {
    input: z.undefined(),
    output: DomainCheckSchema,
    summary: "Check the practice's own e-mail domain (SPF, DMARC, DKIM, MTA-STS) in the DNS, store and return the result.",
  },
  'mfa.domainResult': {
    input: z.undefined(),
    output: DomainCheckSchema.nullable(),
    summary: "The last check of the practice's e-mail domain, or null if it was never checked.",
  },
  'mfa.matrix': {
    input: z.undefined(),
    output: MfaMatrixSchema,
    summary: 'Everyone × their accounts with the latest MFA status (unknown when never recorded), how it is known and when; gaps first; coverage per service.',
  },
  'mfa.declare': {
    input: MfaDeclareInputSchema,
    output: MfaRecordSchema,
    summary: "Record the MFA status a person declares for one account, with today's date and who recorded it.",
  },
  'walkthrough.plan': {
    input: WalkthroughPlanInputSchema,
    output: WalkthroughPlanSchema,
    summary: "One person's walkthrough: accounts in risk order (mailbox first), each step with the provider's instructions and the answer already saved.",
  },
  'walkthrough.answer': {
    input: WalkthroughAnswerInputSchema,
    output: WalkthroughPlanSchema,
    summary: 'Save one answer (done / not possible / not applicable, with a note; on the MFA step the status declared) and return the plan as it now stands.',
  },
  'walkthrough.chooseProvider': {
    input: WalkthroughProviderInputSchema,
    output: WalkthroughPlanSchema,
    summary: "Say which provider an account is with (when the MX records could not tell), so the walkthrough gives that provider's instructions.",
  },
  'walkthrough.progress': {
    input: z.undefined(),
    output: WalkthroughProgressSchema,
    summary: 'How far each person and the practice as a whole have gone through the walkthrough (counts only).',
  },
  'walkthrough.sheet': {
    input: WalkthroughSheetInputSchema,
    output: WalkthroughSheetSavedSchema,
    summary: "Ask where to save one person's printable sheet (the system's save dialog), then write it there: their accounts and items, the how, tick boxes for the answers, where to write the date and where to enter them in Hygie.",
  },
  'walkthrough.openSheet': {
    input: z.undefined(),
    output: z.object({ opened: z.literal(true) }),
    summary: "Open the sheet saved in this session with the system's PDF reader, to print it (desktop only).",
  },
  'directory.status': {
    input: z.undefined(),
    output: DirectoryStatusSchema,
    summary: 'Directory import settings, and whether Microsoft 365 / Google Workspace are connected (never a token).',
  },
  'directory.saveSettings': {
    input: DirectorySettingsPatchSchema,
    output: DirectoryStatusSchema,
    summary: 'Change tenant, client ids or base URLs; a change ends that connection.',
  },
  'directory.signInStart': {
    input: ProviderInputSchema,
    output: SignInStartSchema,
    summary: 'Start a device-code sign-in (Microsoft): the code to type and where.',
  },
  'directory.signInPoll': {
    input: ProviderInputSchema,
    output: SignInPollSchema,
    summary: "One step of the sign-in, at the server's interval: pending, connected, expired or denied.",
  },
  'directory.signInCancel': {
    input: ProviderInputSchema,
    output: z.object({ cancelled: z.boolean() }),
    summary: 'Forget a sign-in under way.',
  },
  'directory.setGoogleCredential': {
    input: GoogleCredentialInputSchema,
    output: DirectoryStatusSchema,
    summary: "Check and keep in the keychain a Google Workspace token brought by the IT provider.",
  },
  'directory.import': {
    input: ProviderInputSchema,
    output: DirectoryImportResultSchema,
    summary: "Read MFA registration from the directory and record it on the roster's mailboxes as imported.",
  },
  'directory.disconnect': {
    input: ProviderInputSchema,
    output: DirectoryStatusSchema,
    summary: "Delete the directory's tokens from the keychain.",
  },
  'breach.checkAll': {
    input: BreachCheckAllInputSchema,
    output: BreachJobStartSchema,
    summary: 'Start the job that checks every staff e-mail for breaches (skips those checked in the last 24 h unless forced); returns its id at once.',
  },
  'breach.retry': {
    input: BreachRetryInputSchema,
    output: BreachJobStartSchema,
    summary: 'Start a job that checks again the e-mails a source could not answer for (or the accounts given).',
  },
  'breach.results': {
    input: z.undefined(),
    output: BreachResultsSchema,
    summary: 'Per person and per e-mail, the latest breach answer of each source, the combined status and the counts; and whether addresses are sent to HIBP.',
  },
  'breach.person': {
    input: BreachPersonInputSchema,
    output: BreachPersonSchema,
    summary:
      "The breach results of the one person who owns a mailbox account, as in breach.results: what the page asks when a check has just finished that address, instead of reading everyone again.",
  },
  'breach.ignoreAlias': {
    input: DomainAliasInputSchema,
    output: DomainWatchSchema,
    summary: 'Set aside an address of a verified domain that is not on the staff list ("ignore"), or put it back (ignore: false); returns the domains part of breach.results.',
  },
  'breach.addAliasToStaff': {
    input: DomainAliasAddInputSchema,
    output: StaffMemberSchema,
    summary: 'Add an address of a verified domain found by its search to the staff list, as a new person with that mailbox.',
  },
  'breach.notifyMe': {
    input: NotifyMeInputSchema,
    output: NotifyMeStateSchema,
    summary: "Whether a mailbox is on a personal provider (HIBP's free \"Notify me\" is then the way to be told of new breaches), and whether its owner said they subscribed.",
  },
  'breach.setNotifyMe': {
    input: NotifyMeSetInputSchema,
    output: NotifyMeStateSchema,
    summary: 'Record that the owner of a personal mailbox subscribed it to HIBP\'s "Notify me" themselves (or withdraw that record).',
  },
  'watch.status': {
    input: z.undefined(),
    output: WatchStatusSchema,
    summary: 'When the staff were last all checked, the re-check cadence and whether one is due, the daily look at the newest HIBP breach, a new-breach notice (without a key), and starting with the computer.',
  },
  'watch.setSettings': {
    input: WatchSettingsInputSchema,
    output: WatchStatusSchema,
    summary: 'Set the re-check cadence (days) and whether Hygie starts with the computer, in the background.',
  },
  'watch.dismissNotice': {
    input: z.undefined(),
    output: WatchStatusSchema,
    summary: 'The practice read the notice of a new breach (without a key): it is not shown again.',
  },
  'jobs.active': {
    input: z.undefined(),
    output: z.array(JobSnapshotSchema),
    summary: 'The jobs running now, with their latest progress.',
  },
  'jobs.cancel': {
    input: JobCancelInputSchema,
    output: JobCancelResultSchema,
    summary: 'Ask a running job to stop; what it finished stays saved.',
  },
  'jobs.resume': {
    input: z.undefined(),
    output: JobResumeResultSchema,
    summary: 'Resume the jobs an earlier run left unfinished (a crash, a closed window).',
  },
  'audit.list': {
    input: AuditListInputSchema,
    output: z.array(AuditEntrySchema),
    summary: 'The latest entries of the audit log, newest first.',
  },
  'password.assess': {
    input: PasswordAssessInputSchema,
    output: PasswordAssessmentSchema,
    summary: "The live meter: a password's strength and every policy's verdict for the account (no network, nothing stored).",
  },
  'password.beginSitting': {
    input: BeginSittingInputSchema,
    output: SittingSchema,
    summary: 'One person at the desk: start the sitting their checks are compared in for reuse (ends any other sitting).',
  },
  'password.endSitting': {
    input: EndSittingInputSchema,
    output: z.object({ ended: z.boolean() }),
    summary: "End a sitting: its key and what it remembered are wiped.",
  },
  'password.check': {
    input: PasswordCheckInputSchema,
    output: PasswordCheckResultSchema,
    summary: "Check one account's password (strength, policies, pwned, reuse in the sitting); stores the verdict only, never the password.",
  },
  'password.cancelCheck': {
    input: PasswordCancelCheckInputSchema,
    output: z.object({ cancelled: z.boolean() }),
    summary: 'Typing resumed: a check of this account still waiting for the breach lookup stores nothing and answers password-check-superseded.',
  },
  'password.declare': {
    input: PasswordDeclareInputSchema,
    output: StoredPasswordDeclarationSchema,
    summary: "One account's self-assessment (four yes/no answers, nothing typed): stored as declared evidence.",
  },
  'password.results': {
    input: z.undefined(),
    output: PasswordResultsSchema,
    summary: 'Per person × account, the latest stored password verdict (null when never checked), and the counts.',
  },
  'password.generate': {
    input: GeneratePassphraseInputSchema,
    output: GeneratedPassphraseSchema,
    summary: 'A passphrase drawn with a CSPRNG from the French or English word list, with its entropy.',
  },
  'dashboard.summary': {
    input: DashboardSummaryInputSchema,
    output: DashboardSummarySchema,
    summary: "The dashboard: today's score (recorded in its history), the history, MFA coverage, breach, password and walkthrough counts, and the next three actions.",
  },
  'firstRun.status': {
    input: z.undefined(),
    output: FirstRunStatusSchema,
    summary: "The first-run checklist: each step (practice, staff, breach source, first check, walkthroughs, first report) as Hygie sees it in the data.",
  },
  'firstRun.chooseBreachSource': {
    input: BreachSourceChoiceInputSchema,
    output: FirstRunStatusSchema,
    summary: 'Record how the practice means to check breaches while it has no key and no list ("local lists only", or "later"; null forgets it); recorded in the audit log.',
  },
  'actions.list': {
    input: ActionsListInputSchema,
    output: ActionListSchema,
    summary: "Every finding the report lists, with what to do, who, by when, the points it adds to the score and the practice's status; and what is not checked yet.",
  },
  'actions.setStatus': {
    input: ActionSetStatusInputSchema,
    output: ActionSetStatusResultSchema,
    summary: "Set a finding's status: to do, done, later (with a day) or accepted (with a reason); kept against its stable id and written to the audit log.",
  },
  'reports.generate': {
    input: ReportGenerateInputSchema,
    output: ReportRecordSchema,
    summary: "Build the compliance report from the store and write its PDF, JSON and CSV to the data folder's reports/ folder; the PDF carries the JSON's SHA-256.",
  },
  'reports.list': {
    input: z.undefined(),
    output: z.array(ReportRecordSchema),
    summary: 'Reports generated so far, newest first, with their hash and whether each file is still there.',
  },
  'reports.open': {
    input: ReportOpenInputSchema,
    output: z.object({ opened: z.literal(true) }),
    summary: "Open one file of a report with the system's default application (desktop only).",
  },
  'reports.reveal': {
    input: ReportRevealInputSchema,
    output: z.object({ revealed: z.literal(true) }),
    summary: "Show a report's files in the system's file manager (desktop only).",
  },
  'clipboard.copySecret': {
    input: CopySecretInputSchema,
    output: CopySecretResultSchema,
    summary:
      'Copy a secret shown on the page (a passphrase, a sign-in code) through the main process, kept out of clipboard history and sync where the system allows, and erased after a while if still there (desktop only).',
  },
  'store.dataFolder': {
    input: z.undefined(),
    output: DataFolderSchema,
    summary: 'Where the data is, its automatic backups, a daily backup that could not be taken, and the move out of a roaming profile.',
  },
  'recovery.saveKit': {
    input: RecoveryKitSaveInputSchema,
    output: RecoveryKitSavedSchema,
    summary: "Ask where to save the recovery kit (the system's save dialog), then write it there: the database key as 24 words and a QR code, with the steps to restore. Recorded in the audit log; the words never leave the kit.",
  },
  'recovery.openKit': {
    input: z.undefined(),
    output: z.object({ opened: z.literal(true) }),
    summary: "Open the recovery kit saved in this session with the system's PDF reader, to print it (desktop only).",
  },
  'recovery.chooseBackup': {
    input: RecoveryChooseBackupInputSchema,
    output: ChosenBackupSchema,
    summary: "Ask which backup file to restore (the system's open dialog); remembered for recovery.restore.",
  },
  'recovery.restore': {
    input: RecoveryRestoreInputSchema,
    output: StoreStatusSchema,
    summary: 'Restore the chosen backup with the recovery kit\'s words, on a computer without the practice\'s data: the words must open the backup before anything is written; then the backup becomes the database and its key goes to the keychain.',
  },
} as const satisfies Record<CallName, CallSpec>;

export type Contract = typeof contract;
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>;
