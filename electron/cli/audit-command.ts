import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ERROR_MESSAGES } from '../core/model/error-messages.ts';
import { HygieError } from '../core/model/hygie-error.ts';
import { DEFAULT_HIBP_BASE_URL } from '../core/model/schemas/services.ts';
import { buildAuditReport, type AuditReport } from '../core/breach/audit-report-schema.ts';
import { openBreachSession, type BreachSession } from '../core/breach/breach-session.ts';
import { localCorpusSources } from '../core/breach/local-corpus-source.ts';
import { auditDomainSearch, auditStealerLogs } from '../core/breach/audit-domain-search.ts';
import { servicesSettings } from '../core/settings/services-settings.ts';
import type { Store } from '../core/store/store.ts';
import { cliUserAgent } from './app-version.ts';
import { CliProblem } from './cli-problem.ts';
import { withKeychainCause } from './keychain-messages.ts';
import { configurationFrom, hibpApiKeyFrom, type CliConfiguration } from './configuration.ts';
import { cliActor, openExistingStore } from './local-store.ts';
import { checkDestination } from './report-destination.ts';
import { REPORT_TEXTS } from './report-messages.ts';
import type { CliTexts } from './messages.ts';
import type { CliOutput } from './output.ts';
import { createProgress } from './progress.ts';
import { readRoster } from './roster-file.ts';
import { runAudit } from './audit-run.ts';
import { summaryLines } from './summary.ts';
import { EXIT, exitCodeFor } from './exit-codes.ts';

// `hygie audit`: configuration first (a wrong setting stops before any address is sent), then
// the roster, then every address through HIBP and the practice's local corpora, then the JSON
// report and the summary. Ctrl-C cancels: what is left is reported not-checked 'cancelled' and
// the JSON is still written.

export interface AuditCommand {
  roster: string;
  json: string | null;
  /** The compliance report of this run (breaches only), with its JSON beside it. */
  pdf: string | null;
  /** false (--no-domain-search): every address one by one, even on a verified domain. */
  domainSearch?: boolean;
}

export interface AuditIo {
  output: CliOutput;
  texts: CliTexts;
  env: NodeJS.ProcessEnv;
  cwd: string;
  version: string;
  /** Calls `cancel` on Ctrl-C; returns what stops listening. */
  onInterrupt(cancel: () => void): () => void;
  now?: () => Date;
}

function checkJsonDestination(path: string): void {
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new CliProblem((texts) => texts.config.jsonFolderMissing(folder));
  }
}

/** Written beside its destination then renamed: a reader never sees half a report. */
function writeReport(path: string, report: AuditReport): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, `${JSON.stringify(report, null, 2)}\n`, { mode: 0o600 });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new CliProblem((texts) => texts.config.jsonUnwritable(path), { cause: error });
  }
}

async function openStoreFor(configuration: CliConfiguration): Promise<Store | null> {
  const { dataDir, keychainService } = configuration;
  try {
    return await openExistingStore(dataDir, configuration.secrets, configuration.legacyDataDir);
  } catch (error) {
    if (!(error instanceof HygieError)) throw error;
    if (error.code === 'keychain-unavailable') {
      throw new CliProblem((texts) => withKeychainCause(texts.language, texts.config.storeKeychain(dataDir, keychainService), error), { cause: error });
    }
    const { code } = error;
    throw new CliProblem(
      (texts) => texts.config.storeProblem(ERROR_MESSAGES[code].message[texts.language], ERROR_MESSAGES[code].action[texts.language], dataDir),
      { cause: error },
    );
  }
}

export async function auditCommand(command: AuditCommand, io: AuditIo): Promise<number> {
  const { output, texts, env } = io;
  const configuration = configurationFrom(env);
  const roster = readRoster(resolve(io.cwd, command.roster));
  if (roster.addresses.length === 0) {
    for (const row of roster.skipped) {
      output.err(texts.summary.skippedLine(row.line, row.issues.map((issue) => texts.rowIssue(issue)).join(' ; ')));
    }
    throw new CliProblem((t) => t.config.rosterNothingToCheck);
  }
  const jsonPath = command.json === null ? null : resolve(io.cwd, command.json);
  if (jsonPath) checkJsonDestination(jsonPath);
  const pdfPath = command.pdf === null ? null : resolve(io.cwd, command.pdf);
  if (pdfPath) {
    checkDestination('--pdf', pdfPath);
    const taken = [pdfPath, `${pdfPath.replace(/\.pdf$/iu, '')}.report.json`].find((path) => path === jsonPath);
    if (taken) throw new CliProblem((t) => REPORT_TEXTS[t.language].samePath(taken));
  }

  const apiKey = await hibpApiKeyFrom(env, configuration);
  output.hide(apiKey);

  const controller = new AbortController();
  let cancelRequested = false;
  const progress = createProgress(output, texts);
  const stopListening = io.onInterrupt(() => {
    if (cancelRequested) return;
    cancelRequested = true;
    progress.cancelling();
    controller.abort();
  });

  let store: Store | null = null;
  let session: BreachSession | null = null;
  try {
    store = await openStoreFor(configuration);
    const hibpBaseUrl = configuration.hibpBaseUrl ?? (store ? servicesSettings(store, null).hibpBaseUrl : DEFAULT_HIBP_BASE_URL);
    const userAgent = cliUserAgent(io.version);
    const corpora = store ? localCorpusSources(store) : [];
    const corpusNames = store ? store.corpora.list().map((corpus) => corpus.name) : [];

    // The same session as the app's check (catalogue, checker, sources). The CLI keeps no memory
    // of the mode a key used last time: a plan it cannot read means no address is sent.
    // Ctrl-C reaches the catalogue and the plan lookup too, its retry-after waits included.
    session = await openBreachSession({
      account: { apiKey, baseUrl: hibpBaseUrl, remembered: null },
      userAgent,
      corpora,
      signal: controller.signal,
      addresses: roster.addresses.map((address) => address.email),
      practiceDomain: store?.practice.get()?.emailDomain ?? null,
      domainSearch: command.domainSearch ?? true,
    });
    const { checker, sources } = session;
    const domainSearch = session.domainSearch;
    if (checker.keyStatus?.result === 'invalid') throw new CliProblem((t) => t.config.keyRejected);

    progress.start(roster.addresses.length, checker.estimateSeconds(roster.addresses.length));
    const staff = await runAudit({
      // One answer per address: from its verified domain's search when that answered, else its own call.
      checker: session,
      extra: (email) => auditStealerLogs(domainSearch, email),
      addresses: roster.addresses,
      sources,
      signal: controller.signal,
      onStarted: (address) => progress.started(address.email),
      onChecked: (entry, done, total) => progress.checked(entry, done, total, checker.estimateSeconds(total - done)),
    });
    progress.end();

    const report = buildAuditReport({
      generatedAt: (io.now ?? (() => new Date()))(),
      staff,
      skippedRows: roster.skipped.map((row) => ({ line: row.line, issues: row.issues.map((issue) => issue.code) })),
      domainSearch: auditDomainSearch(domainSearch, roster.addresses.map((address) => address.email), session.titleOf),
    });
    let writeProblem: CliProblem | null = null;
    if (jsonPath) {
      try {
        writeReport(jsonPath, report);
      } catch (error) {
        if (!(error instanceof CliProblem)) throw error;
        writeProblem = error;
      }
    }
    if (pdfPath) {
      try {
        // Loaded only when asked for: the PDF library is not part of every audit's start-up.
        const { writeAuditPdf } = await import('./audit-pdf.ts');
        const written = await writeAuditPdf(report, pdfPath, {
          practiceName: store?.practice.get()?.name ?? null,
          language: texts.language,
          generatedBy: store?.actor ?? cliActor(),
          now: new Date(report.generatedAt),
          hygieVersion: io.version,
        });
        output.err(REPORT_TEXTS[texts.language].audit.written(written.pdf, written.json));
      } catch (error) {
        if (!(error instanceof CliProblem)) throw error;
        writeProblem ??= error;
      }
    }
    const cancelled = staff.filter((entry) => entry.breach.reason === 'cancelled').length;
    const lines = summaryLines(
      {
        version: io.version,
        roster,
        hibpMode: checker.modeKnown ? checker.mode : 'unknown',
        searchedDomains: [...domainSearch.domains].filter(([, searches]) => searches.breaches.status === 'answered').map(([domain]) => domain),
        corpusNames,
        report,
        cancelled,
        jsonPath: writeProblem ? null : jsonPath,
      },
      texts,
    );
    for (const line of lines) output.out(line);
    if (writeProblem) {
      output.err(writeProblem.explain(texts));
      return EXIT.usage;
    }
    return exitCodeFor(report.summary);
  } finally {
    stopListening();
    progress.end();
    await session?.close();
    store?.close();
  }
}
