import { resolve } from 'node:path';
import { generateReport } from '../core/report/generate-report.ts';
import { isFileSystemError, placeReportFiles } from '../core/report/write-report-files.ts';
import { csvDelimiterFor, processLocale } from '../core/roster/csv-delimiter.ts';
import type { Store } from '../core/store/store.ts';
import { CliProblem } from './cli-problem.ts';
import type { StoreCommandIo } from './command-io.ts';
import { configurationFrom, type CliConfiguration } from './configuration.ts';
import { EXIT } from './exit-codes.ts';
import { openStoreOrExplain } from './local-store.ts';
import type { ReportCommand } from './report-arguments.ts';
import { checkDestination, failedPath } from './report-destination.ts';
import { REPORT_TEXTS } from './report-messages.ts';

// `hygie report`: the compliance report from the practice's store (HYGIE_DATA_DIR), as the app's
// Reports page builds it: PDF, the JSON whose SHA-256 the PDF prints (beside the PDF when --json
// is not given: a hash nobody can check is worth nothing), CSV on request. The report is recorded
// in the store's list of reports (generatedBy cli:<user>) and today's score in its history.
// Never creates a store: with none, exit 2 saying what to do. Exit 0 once the files are written.

export type ReportIo = StoreCommandIo;

/** The practice's store, or the sentence that says why there is none to report on. */
async function openPracticeStore(configuration: CliConfiguration): Promise<Store> {
  const store = await openStoreOrExplain(configuration, (language) => REPORT_TEXTS[language]);
  if (!store.practice.get()) {
    store.close();
    throw new CliProblem((texts) => REPORT_TEXTS[texts.language].noPractice(configuration.dataDir));
  }
  return store;
}

/** The JSON beside the PDF: "rapport.pdf" → "rapport.json". */
function besidePdf(pdf: string): string {
  return `${pdf.replace(/\.pdf$/iu, '')}.json`;
}

export async function reportCommand(command: ReportCommand, io: ReportIo): Promise<number> {
  const { output, texts } = io;
  const language = texts.language;
  const words = REPORT_TEXTS[language];
  const configuration = configurationFrom(io.env);

  const pdf = command.pdf === null ? null : resolve(io.cwd, command.pdf);
  const summary = command.summary === null ? null : resolve(io.cwd, command.summary);
  // The JSON goes beside the full PDF, else beside the summary: either prints its fingerprint.
  const json = resolve(io.cwd, command.json ?? besidePdf((command.pdf ?? command.summary)!));
  const csv = command.csv === null ? null : resolve(io.cwd, command.csv);
  const targets = [...(pdf ? [pdf] : []), ...(summary ? [summary] : []), json, ...(csv ? [csv] : [])];
  const twice = targets.find((path, index) => targets.indexOf(path) !== index);
  if (twice) throw new CliProblem((t) => REPORT_TEXTS[t.language].samePath(twice));
  if (pdf) checkDestination('--pdf', pdf);
  if (summary) checkDestination('--summary', summary);
  checkDestination('--json', json);
  if (csv) checkDestination('--csv', csv);

  const store = await openPracticeStore(configuration);
  try {
    // Only whether the app has a key: the report explains "not checked" differently without one.
    const hibpKeySet = await configuration.secrets.get('hibp-api-key').then((key) => key !== null, () => false);
    const { report, written } = await generateReport(
      store,
      {
        language,
        anonymise: command.anonymise,
        now: (io.now ?? (() => new Date()))(),
        hygieVersion: io.version,
        hibpKeySet,
        signers: {
          ...(command.responsible ? { responsible: command.responsible } : {}),
          ...(command.preparedBy ? { preparedBy: command.preparedBy } : {}),
          ...(command.nextReview ? { nextReview: command.nextReview } : {}),
        },
        formats: [...(pdf ? ['pdf' as const] : []), ...(summary ? ['summary' as const] : []), 'json', ...(csv ? ['csv' as const] : [])],
        // The CSV's separator follows this computer's region (Node's locale), not --lang.
        csvDelimiter: csvDelimiterFor(processLocale()),
      },
      async (rendered) => {
        try {
          return await placeReportFiles(rendered, { ...(pdf ? { pdf } : {}), ...(summary ? { summary } : {}), json, ...(csv ? { csv } : {}) });
        } catch (error) {
          if (!isFileSystemError(error)) throw error;
          const path = failedPath(error, (pdf ?? summary)!);
          throw new CliProblem((t) => REPORT_TEXTS[t.language].unwritable(path, error.code ?? 'io'), { cause: error });
        }
      },
    );

    if (command.json === null) output.err(words.jsonBeside(json));
    output.out(words.title(io.version));
    if (pdf) output.out(words.pdf(pdf));
    if (summary) output.out(words.summary(summary));
    output.out(words.json(json));
    if (csv) output.out(words.csv(csv));
    output.out(words.hash(written.jsonSha256));
    output.out(words.score(report.score));
    output.out(words.people(report.people, report.findings));
    if (report.anonymised) output.out(words.anonymised);
    output.out(words.recorded);
    return EXIT.written;
  } finally {
    store.close();
  }
}
