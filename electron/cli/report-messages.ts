import cliReportEn from '../core/text/cli-report.en.ts';
import cliReportFr from '../core/text/cli-report.fr.ts';
import { bothLanguages, fill, plural, type Plural } from '../core/text/template.ts';
import type { Language } from './language.ts';

// The sentences of `hygie report` and of `hygie audit --pdf` (core/text/cli-report.*.ts), filled,
// beside the audit's in messages.ts. The report's own texts come from core, in its language.

// Only this area of the text catalogue, not all of it (core/text/messages.ts): the CLI starts faster.
const TEXTS = bothLanguages(cliReportFr, cliReportEn);

export interface ReportCliTexts {
  title(version: string): string;
  pdf(path: string): string;
  summary(path: string): string;
  json(path: string): string;
  csv(path: string): string;
  hash(sha256: string): string;
  score(value: number | null): string;
  people(count: number, findings: number): string;
  anonymised: string;
  recorded: string;
  jsonBeside(path: string): string;
  noStore(dataDir: string): string;
  noPractice(dataDir: string): string;
  storeProblem(message: string, action: string, dataDir: string): string;
  storeKeychain(dataDir: string, service: string): string;
  folderMissing(option: string, folder: string): string;
  wrongExtension(option: string, path: string, extension: string): string;
  samePath(path: string): string;
  unwritable(path: string, reason: string): string;
  audit: {
    written(pdf: string, json: string): string;
    unwritable(path: string, reason: string): string;
  };
  usage: {
    missingPdf: string;
    badNextReview(value: string): string;
    emptyPath(option: string): string;
    extraArgument(value: string): string;
  };
}

function reportTexts(language: Language): ReportCliTexts {
  const t = TEXTS[language].cliReport;
  const count = (forms: Plural, value: number) => fill(plural(forms, value, language), { count: value });
  return {
    title: (version) => fill(t.title, { version }),
    pdf: (path) => fill(t.pdf, { path }),
    summary: (path) => fill(t.summary, { path }),
    json: (path) => fill(t.json, { path }),
    csv: (path) => fill(t.csv, { path }),
    hash: (sha256) => fill(t.hash, { sha256 }),
    score: (value) => (value === null ? t.score.none : fill(t.score.value, { value })),
    people: (people, findings) => fill(t.people.line, { people: count(t.people.people, people), findings: count(t.people.findings, findings) }),
    anonymised: t.anonymised,
    recorded: t.recorded,
    jsonBeside: (path) => fill(t.jsonBeside, { path }),
    noStore: (dataDir) => fill(t.noStore, { dataDir }),
    noPractice: (dataDir) => fill(t.noPractice, { dataDir }),
    storeProblem: (message, action, dataDir) => fill(t.storeProblem, { message, action, dataDir }),
    storeKeychain: (dataDir, service) => fill(t.storeKeychain, { dataDir, service }),
    folderMissing: (option, folder) => fill(t.folderMissing, { option, folder }),
    wrongExtension: (option, path, extension) => fill(t.wrongExtension, { option, path, extension }),
    samePath: (path) => fill(t.samePath, { path }),
    unwritable: (path, reason) => fill(t.unwritable, { path, reason }),
    audit: {
      written: (pdf, json) => fill(t.audit.written, { pdf, json }),
      unwritable: (path, reason) => fill(t.audit.unwritable, { path, reason }),
    },
    usage: {
      missingPdf: t.usage.missingPdf,
      badNextReview: (value) => fill(t.usage.badNextReview, { value }),
      emptyPath: (option) => fill(t.usage.emptyPath, { option }),
      extraArgument: (value) => fill(t.usage.extraArgument, { value }),
    },
  };
}

export const REPORT_TEXTS: Record<Language, ReportCliTexts> = { fr: reportTexts('fr'), en: reportTexts('en') };
