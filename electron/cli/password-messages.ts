import type { Verdict } from '../core/model/schemas/password.ts';
import cliPasswordEn from '../core/text/cli-password.en.ts';
import cliPasswordFr from '../core/text/cli-password.fr.ts';
import { bothLanguages, fill, LOCALES } from '../core/text/template.ts';
import type { Language } from './language.ts';

// The sentences of `hygie password` (core/text/cli-password.*.ts), filled, beside the audit's in
// messages.ts. The rules' own explanations come from core in both languages.

// Only this area of the text catalogue, not all of it (core/text/messages.ts): the CLI starts faster.
const TEXTS = bothLanguages(cliPasswordFr, cliPasswordEn);

export interface PasswordCliTexts {
  title(version: string): string;
  privacy: string;
  prompt: string;
  verdict: Record<Verdict, string>;
  verdictLine(verdict: string): string;
  policyLine(title: string, citation: string, url: string, cnilCase: '1' | '2' | null): string;
  strength(score: number, estimatedBits: number, theoreticalBits: number): string;
  rulesHeading: string;
  pwnedFound(count: number): string;
  pwnedAbsent: string;
  pwnedNotChecked(reason: string): string;
  reuse: string;
  advice: string;
  othersHeading: string;
  otherPolicy(title: string, verdict: string): string;
  nextFail: string;
  nextNotChecked: string;
  noPracticeData(dataDir: string): string;
  practiceDataUnreadable(message: string): string;
  usage: {
    badPolicy(value: string): string;
    jsonTakesNoValue: string;
    extraArgument: string;
    noPassword: string;
    tooLong(max: number): string;
    cancelled: string;
    unreadable: string;
  };
}

const group = (value: number, language: Language) => new Intl.NumberFormat(LOCALES[language]).format(value);

function passwordTexts(language: Language): PasswordCliTexts {
  const t = TEXTS[language].cliPassword;
  return {
    title: (version) => fill(t.title, { version }),
    privacy: t.privacy,
    prompt: t.prompt,
    verdict: t.verdict,
    verdictLine: (verdict) => fill(t.verdictLine, { verdict }),
    policyLine: (title, citation, url, cnilCase) =>
      fill(t.policyLine.line, { title, cnilCase: cnilCase ? fill(t.policyLine.cnilCase, { case: cnilCase }) : '', citation, url }),
    strength: (score, estimatedBits, theoreticalBits) =>
      fill(t.strength, { score, estimatedBits: Math.round(estimatedBits), theoreticalBits: Math.round(theoreticalBits) }),
    rulesHeading: t.rulesHeading,
    pwnedFound: (count) => fill(t.pwnedFound, { count: group(count, language) }),
    pwnedAbsent: t.pwnedAbsent,
    pwnedNotChecked: (reason) => fill(t.pwnedNotChecked, { reason }),
    reuse: t.reuse,
    advice: t.advice,
    othersHeading: t.othersHeading,
    otherPolicy: (title, verdict) => fill(t.otherPolicy, { title, verdict }),
    nextFail: t.nextFail,
    nextNotChecked: t.nextNotChecked,
    noPracticeData: (dataDir) => fill(t.noPracticeData, { dataDir }),
    practiceDataUnreadable: (message) => fill(t.practiceDataUnreadable, { message }),
    usage: {
      badPolicy: (value) => fill(t.usage.badPolicy, { value }),
      jsonTakesNoValue: t.usage.jsonTakesNoValue,
      extraArgument: t.usage.extraArgument,
      noPassword: t.usage.noPassword,
      tooLong: (max) => fill(t.usage.tooLong, { max }),
      cancelled: t.usage.cancelled,
      unreadable: t.usage.unreadable,
    },
  };
}

export const PASSWORD_TEXTS: Record<Language, PasswordCliTexts> = { fr: passwordTexts('fr'), en: passwordTexts('en') };
