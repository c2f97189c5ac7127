import { formatDate } from '../core/model/date-format.ts';
import type { NotCheckedReason } from '../core/model/schemas/breach.ts';
import type { RowIssue } from '../core/model/schemas/roster-import.ts';
import cliEn from '../core/text/cli.en.ts';
import cliFr from '../core/text/cli.fr.ts';
import { bothLanguages, fill, LOCALES, oneOrOther, plural, type Plural } from '../core/text/template.ts';
import type { Language } from './language.ts';

// Every sentence the `hygie` command prints, in the language asked for: the words are
// core/text/cli.*.ts (the errors the CLI shares with the app come from core's error-messages.ts);
// this file fills them and chooses plurals and variants, once for both languages. Problems tell
// the user what to fix; none prints a stack.

// Only this area of the text catalogue, not all of it (core/text/messages.ts): the CLI starts faster.
const TEXTS = bothLanguages(cliFr, cliEn);

export interface CliTexts {
  language: Language;
  help(version: string): string;
  usage: {
    unknownCommand(command: string): string;
    noCommand: string;
    badOption(detail: string): string;
    missingRoster: string;
    badLanguage(value: string): string;
    extraArgument(value: string): string;
    seeHelp: string;
  };
  config: {
    badBaseUrl(variable: string, value: string): string;
    badApiKey: string;
    noApiKey(service: string): string;
    keychainUnreachable(service: string): string;
    rosterMissing(path: string): string;
    rosterUnreadable(path: string): string;
    rosterNotAFile(path: string): string;
    rosterNoEmailColumn(headers: string): string;
    rosterNothingToCheck: string;
    jsonFolderMissing(path: string): string;
    jsonUnwritable(path: string): string;
    keyRejected: string;
    storeProblem(message: string, action: string, dataDir: string): string;
    storeKeychain(dataDir: string, service: string): string;
  };
  unexpected(message: string): string;
  rowIssue(issue: RowIssue): string;
  fileWarning: { 'replacement-characters': string; 'malformed-quotes': string };
  reason: Record<NotCheckedReason, string>;
  /** A rate-limited address: when HIBP takes requests again (an ISO time), in local time. */
  retryAfter(retryAt: string): string;
  summary: {
    /** ' : ' in French, ': ' in English. */
    colon: string;
    title(version: string): string;
    roster(file: string, emails: number, people: number, skipped: number): string;
    skippedLine(line: number, reasons: string): string;
    hibpRange: string;
    hibpDirect: string;
    /** The key's plan could not be read and no earlier mode was known: HIBP was not asked. */
    hibpPlanUnread: string;
    corpus(name: string): string;
    /** The verified domains searched whole (only their names were sent). */
    hibpDomain(domains: string): string;
    stealerLogsHeading(count: number): string;
    aliasesHeading(count: number): string;
    stealerLogsNotInPlan: string;
    sources: string;
    breachedHeading(count: number): string;
    notCheckedHeading(count: number): string;
    cleanHeading(count: number): string;
    totals(checked: number, total: number, breached: number, clean: number, notChecked: number): string;
    cancelled(count: number): string;
    nextStepsBreached: string;
    nextStepsNotChecked: string;
    jsonWritten(path: string): string;
  };
  progress: {
    starting(total: number, seconds: number | null): string;
    line(done: number, total: number, email: string, verdict: string): string;
    bar(done: number, total: number, remainingSeconds: number | null, email: string): string;
    breached: string;
    clean: string;
    notChecked(reason: string): string;
    cancelling: string;
  };
}

/** "45 s", "3 min", "1 h 05" (French) / "1 h 5 min" (English). */
function duration(seconds: number, language: Language): string {
  const t = TEXTS[language].cli.duration;
  if (seconds < 60) return fill(t.seconds, { count: Math.max(1, Math.round(seconds)) });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return fill(t.minutes, { count: minutes });
  const rest = minutes % 60;
  // French writes the minutes after the hours on two digits ("1 h 05").
  return fill(t.hours, { hours: Math.floor(minutes / 60), minutes: language === 'fr' ? String(rest).padStart(2, '0') : rest });
}

/** Why an address was not checked; when HIBP said how long to wait, when to run again instead. */
export function notCheckedText(breach: { reason?: NotCheckedReason | undefined; retryAt?: string | undefined }, texts: CliTexts): string {
  if (breach.reason === 'rate-limited' && breach.retryAt) return texts.retryAfter(breach.retryAt);
  return texts.reason[breach.reason ?? 'unavailable'];
}

/** "10:32" today, "10:32 (6 January)" on another day: when an address can be checked again. */
function clockTime(iso: string, language: Language): { time: string; day: string | null } {
  const locale = LOCALES[language];
  const date = new Date(iso);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(date);
  const sameDay = date.toDateString() === new Date().toDateString();
  return { time, day: sameDay ? null : formatDate(new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' }), date) };
}

function percent(done: number, total: number): number {
  return total === 0 ? 100 : Math.floor((done / total) * 100);
}

function cliTexts(language: Language): CliTexts {
  const t = TEXTS[language].cli;
  const count = (forms: Plural, value: number) => fill(oneOrOther(forms, value), { count: value });
  return {
    language,
    help: (version) => fill(t.help, { version }),
    usage: {
      unknownCommand: (command) => fill(t.usage.unknownCommand, { command }),
      noCommand: t.usage.noCommand,
      badOption: (detail) => fill(t.usage.badOption, { detail }),
      missingRoster: t.usage.missingRoster,
      badLanguage: (value) => fill(t.usage.badLanguage, { value }),
      extraArgument: (value) => fill(t.usage.extraArgument, { value }),
      seeHelp: t.usage.seeHelp,
    },
    config: {
      badBaseUrl: (variable, value) => fill(t.config.badBaseUrl, { variable, value }),
      badApiKey: t.config.badApiKey,
      noApiKey: (service) => fill(t.config.noApiKey, { service }),
      keychainUnreachable: (service) => fill(t.config.keychainUnreachable, { service }),
      rosterMissing: (path) => fill(t.config.rosterMissing, { path }),
      rosterUnreadable: (path) => fill(t.config.rosterUnreadable, { path }),
      rosterNotAFile: (path) => fill(t.config.rosterNotAFile, { path }),
      rosterNoEmailColumn: (headers) => fill(t.config.rosterNoEmailColumn, { headers }),
      rosterNothingToCheck: t.config.rosterNothingToCheck,
      jsonFolderMissing: (path) => fill(t.config.jsonFolderMissing, { path }),
      jsonUnwritable: (path) => fill(t.config.jsonUnwritable, { path }),
      keyRejected: t.config.keyRejected,
      storeProblem: (message, action, dataDir) => fill(t.config.storeProblem, { message, action, dataDir }),
      storeKeychain: (dataDir, service) => fill(t.config.storeKeychain, { dataDir, service }),
    },
    unexpected: (message) => fill(t.unexpected, { message }),
    rowIssue: (issue) => fill(t.rowIssue[issue.code], { value: issue.value ?? '', otherLine: issue.otherLine ?? '?', existingName: issue.existingName ?? '' }),
    fileWarning: t.fileWarning,
    reason: t.reason,
    retryAfter: (retryAt) => {
      const { time, day } = clockTime(retryAt, language);
      return day ? fill(t.retryAfter.otherDay, { time, day }) : fill(t.retryAfter.today, { time });
    },
    summary: {
      colon: t.summary.colon,
      title: (version) => fill(t.summary.title, { version }),
      roster: (file, emails, people, skipped) => {
        const values = { file, addresses: count(t.counts.addresses, emails), people: count(t.counts.people, people) };
        return skipped > 0 ? fill(t.summary.roster.withSkipped, { ...values, skipped: count(t.counts.skippedLines, skipped) }) : fill(t.summary.roster.list, values);
      },
      skippedLine: (line, reasons) => fill(t.summary.skippedLine, { line, reasons }),
      hibpRange: t.summary.hibpRange,
      hibpDirect: t.summary.hibpDirect,
      hibpPlanUnread: t.summary.hibpPlanUnread,
      corpus: (name) => fill(t.summary.corpus, { name }),
      hibpDomain: (domains) => fill(t.summary.hibpDomain, { domains }),
      stealerLogsHeading: (value) => fill(t.summary.stealerLogsHeading, { count: value }),
      aliasesHeading: (value) => fill(t.summary.aliasesHeading, { count: value }),
      stealerLogsNotInPlan: t.summary.stealerLogsNotInPlan,
      sources: t.summary.sources,
      breachedHeading: (value) => fill(t.summary.breachedHeading, { count: value }),
      notCheckedHeading: (value) => fill(t.summary.notCheckedHeading, { count: value }),
      cleanHeading: (value) => fill(t.summary.cleanHeading, { count: value }),
      totals: (checked, total, breached, clean, notChecked) => {
        const form = (forms: Plural, value: number) => fill(plural(forms, value, language), { count: value });
        return fill(t.summary.totals, {
          checked: form(t.counts.checked, checked),
          total,
          breached: form(t.counts.breached, breached),
          clean,
          notChecked: form(t.counts.notChecked, notChecked),
        });
      },
      cancelled: (value) => fill(oneOrOther(t.summary.cancelled, value), { count: value }),
      nextStepsBreached: t.summary.nextStepsBreached,
      nextStepsNotChecked: t.summary.nextStepsNotChecked,
      jsonWritten: (path) => fill(t.summary.jsonWritten, { path }),
    },
    progress: {
      starting: (total, seconds) => {
        const addresses = count(t.counts.addresses, total);
        return seconds !== null && seconds >= 1
          ? fill(t.progress.starting.withEstimate, { addresses, duration: duration(seconds, language) })
          : fill(t.progress.starting.now, { addresses });
      },
      line: (done, total, email, verdict) => fill(t.progress.line, { done, total, email, verdict }),
      bar: (done, total, remaining, email) =>
        fill(t.progress.bar.line, {
          done,
          total,
          percent: percent(done, total),
          remaining: remaining !== null && done < total ? fill(t.progress.bar.remaining, { duration: duration(remaining, language) }) : '',
          address: email ? fill(t.progress.bar.address, { email }) : '',
        }),
      breached: t.progress.breached,
      clean: t.progress.clean,
      notChecked: (reason) => fill(t.progress.notChecked, { reason }),
      cancelling: t.progress.cancelling,
    },
  };
}

export const CLI_TEXTS: Record<Language, CliTexts> = { fr: cliTexts('fr'), en: cliTexts('en') };
