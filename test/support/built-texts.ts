import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../electron/cli/main.ts';
import { CliOutput } from '../../electron/cli/output.ts';
import type { MfaMatrix } from '../../electron/core/model/schemas/mfa-matrix.ts';
import type { ReportRecord } from '../../electron/core/model/schemas/report.ts';
import { catalogueFiles, catalogueStrings, displayName, inLanguage } from '../../scripts/typography/catalogue-strings.ts';
import { baseEnv } from './cli-child.ts';
import { openCore, PRACTICE } from './core.ts';
import { FAKE_BREACHES, PRO_KEY, startFakeHibp } from './fake-hibp.ts';
import type { TextToCheck } from './glossary.ts';
import { pdfText } from './report-checks.ts';

// Every text a person reads, in one language, for the glossary and typography tests: the
// catalogues as written (interface, Node texts, services catalogue), and texts as Hygie builds and
// prints them — a report's PDF generated through the real core, and the command line's help, an
// audit's summary and its PDF, run in-process against the fake HIBP.

export type Language = 'fr' | 'en';

/** Every string of the catalogues of that language, with its file, line and key path. */
export function catalogueTexts(language: Language): TextToCheck[] {
  return catalogueFiles(language).flatMap((file) =>
    catalogueStrings(file)
      .filter((entry) => inLanguage(file, entry.path, language))
      .map((entry) => ({
        source: displayName(file),
        line: entry.line,
        path: entry.path,
        text: entry.value,
        quotesAreLabels: file.endsWith('services-catalogue.json'),
      })),
  );
}

export interface BuiltTexts {
  /** pdftotext of an app report (no-break spaces kept as they are). */
  reportPdf: string;
  /** `hygie --help`. */
  cliHelp: string;
  /** `hygie audit --pdf …`: what it printed, and its PDF's text. */
  cliAudit: string;
  auditPdf: string;
}

/** What these runs put in the texts that is data, not Hygie's words: HIBP's breach data (issue 18 translates it). */
const DATA = FAKE_BREACHES.flatMap((breach) => breach.DataClasses);

/** A report generated through the real core (call closeAllCores() after the test). */
async function reportPdf(language: Language): Promise<string> {
  const core = openCore();
  {
    await core.call('practice.save', PRACTICE);
    for (const [firstName, lastName, email, role] of [
      ['Hélène', 'Lefèvre', 'helene.lefevre@cabinet-dupont.fr', 'secretary'],
      ['Paul', 'Martin', 'paul.martin@cabinet-dupont.fr', 'physician'],
    ] as const) {
      await core.call('staff.create', { firstName, lastName, role, roleLabel: null, emails: [email], services: ['amelipro', 'pro-sante-connect'] });
    }
    const matrix = await core.call<MfaMatrix>('mfa.matrix');
    const cells = matrix.rows.flatMap((row) => row.cells);
    await core.call('mfa.declare', { accountId: cells.find((cell) => cell.service === 'mailbox')!.accountId, status: 'sms' });
    await core.call('mfa.declare', { accountId: cells.find((cell) => cell.service === 'amelipro')!.accountId, status: 'none' });
    const record = await core.call<ReportRecord>('reports.generate', { language, anonymise: false });
    return await pdfText(record.files.find((file) => file.format === 'pdf')!.path, { keepNoBreakSpaces: true });
  }
}

async function cli(argv: string[], env: Record<string, string | undefined>): Promise<string> {
  const printed: string[] = [];
  const sink = { write: (text: string) => printed.push(text) };
  await runCli({ argv, env, cwd: process.cwd(), output: new CliOutput(sink, sink), onInterrupt: () => () => {} });
  return printed.join('');
}

/** Builds the texts of one language: a few seconds (a core, two PDFs, the fake HIBP). Needs the keychain. */
export async function builtTexts(language: Language): Promise<BuiltTexts> {
  const work = mkdtempSync(join(tmpdir(), `hygie-built-texts-${language}-`));
  const fake = await startFakeHibp();
  try {
    const roster = join(work, 'staff.csv');
    writeFileSync(roster, ['Nom;Prénom;E-mail', 'Dupont;Jeanne;jeanne.dupont@cabinet-dupont.fr', 'Durand;Alice;account-exists@hibp-integration-tests.com', 'Sans;Adresse;pas-une-adresse'].join('\r\n'));
    const env = baseEnv({ HYGIE_DATA_DIR: join(work, 'cli-data'), HYGIE_HIBP_BASE_URL: fake.baseUrl, HIBP_API_KEY: PRO_KEY });
    const auditPdfPath = join(work, 'audit.pdf');
    const cliAudit = await cli(['audit', '--roster', roster, '--pdf', auditPdfPath, '--lang', language], env);
    return {
      reportPdf: await reportPdf(language),
      cliHelp: await cli(['--help', '--lang', language], env),
      cliAudit,
      auditPdf: await pdfText(auditPdfPath, { keepNoBreakSpaces: true }),
    };
  } finally {
    await fake.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The built texts as texts to check, each under a name saying where it comes from. */
export function builtTextsToCheck(built: BuiltTexts, language: Language): TextToCheck[] {
  return [
    { source: `report PDF (${language})`, path: [], text: built.reportPdf, data: DATA },
    { source: `hygie --help (${language})`, path: [], text: built.cliHelp },
    { source: `hygie audit (${language})`, path: [], text: built.cliAudit, data: DATA },
    { source: `hygie audit --pdf (${language})`, path: [], text: built.auditPdf, data: DATA },
  ];
}
