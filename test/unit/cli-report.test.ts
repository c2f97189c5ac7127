import { describe, expect, it } from 'vitest';
import type { EmailBreachOutcome } from '../../electron/core/model/schemas/breach.ts';
import { AuditReportSchema, buildAuditReport, combineForReport } from '../../electron/core/breach/audit-report-schema.ts';
import { parseCommandLine } from '../../electron/cli/arguments.ts';
import { languageFromEnvironment } from '../../electron/cli/language.ts';
import { CLI_TEXTS } from '../../electron/cli/messages.ts';

// The parts of the CLI that need no process: how several sources combine into one report entry,
// the report's own consistency checks, the language and the command line.

const ADOBE = { name: 'Adobe', title: 'Adobe', breachDate: '2013-10-04', dataClasses: ['Passwords'] };
const CORPUS = { name: 'Fuite locale', title: 'Fuite locale', breachDate: '2025-03-01', dataClasses: ['Email addresses'] };

describe('one entry per address, from every source asked', () => {
  it('is breached when any source found it, with every breach once, even if another source failed', () => {
    const outcomes: EmailBreachOutcome[] = [
      { status: 'not-checked', source: 'hibp-range', reason: 'unavailable', httpStatus: 503 },
      { status: 'breached', source: 'corpus:a', breaches: [CORPUS] },
      { status: 'breached', source: 'corpus:b', breaches: [CORPUS, ADOBE] },
    ];
    expect(combineForReport(outcomes)).toEqual({
      status: 'breached',
      source: 'hibp-range+corpus:a+corpus:b',
      sources: [
        { source: 'hibp-range', status: 'not-checked', reason: 'unavailable' },
        { source: 'corpus:a', status: 'breached' },
        { source: 'corpus:b', status: 'breached' },
      ],
      breaches: [CORPUS, ADOBE],
    });
  });

  it('is not-checked, never clean, when one source answered clean and another could not answer', () => {
    const entry = combineForReport([
      { status: 'clean', source: 'corpus:a' },
      { status: 'not-checked', source: 'hibp', reason: 'blocked', rayId: '8f1e' },
    ]);
    expect(entry).toMatchObject({ status: 'not-checked', reason: 'blocked', breaches: [] });
    expect(entry.sources[1]).toEqual({ source: 'hibp', status: 'not-checked', reason: 'blocked', rayId: '8f1e' });
  });

  it('counts the summary from the entries, and refuses a report whose summary lies', () => {
    const report = buildAuditReport({
      generatedAt: new Date('2026-01-02T03:04:05Z'),
      skippedRows: [],
      staff: [
        { name: 'A', email: 'a@x.fr', breach: combineForReport([{ status: 'clean', source: 'hibp-range' }]) },
        { name: 'B', email: 'b@x.fr', breach: combineForReport([{ status: 'not-checked', source: 'hibp-range', reason: 'timeout' }]) },
      ],
    });
    expect(report.summary).toEqual({ checked: 1, breached: 0, clean: 1, notChecked: 1 });
    expect(AuditReportSchema.safeParse({ ...report, summary: { checked: 2, breached: 0, clean: 2, notChecked: 0 } }).success).toBe(false);
    const cleanWithReason = { ...report.staff[0]!, breach: { ...report.staff[0]!.breach, reason: 'timeout' } };
    expect(AuditReportSchema.safeParse({ ...report, staff: [cleanWithReason, report.staff[1]] }).success).toBe(false);
  });
});

describe('the command line', () => {
  it('speaks French under a French locale, English otherwise, LC_ALL first', () => {
    expect(languageFromEnvironment({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(languageFromEnvironment({ LANG: 'fr_FR.UTF-8', LC_ALL: 'en_US.UTF-8' })).toBe('en');
    expect(languageFromEnvironment({ LC_MESSAGES: 'fr_CA', LANG: 'C' })).toBe('fr');
    expect(languageFromEnvironment({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(languageFromEnvironment({ LANG: 'french' })).toBe('en');
    expect(languageFromEnvironment({})).toBe('en');
  });

  it('reads audit with its options, and refuses what it does not know', () => {
    expect(parseCommandLine(['audit', '--roster', 'staff.csv', '--json', 'out.json', '--lang', 'fr'])).toEqual({
      kind: 'audit',
      roster: 'staff.csv',
      json: 'out.json',
      pdf: null,
      domainSearch: true,
      language: 'fr',
    });
    expect(parseCommandLine(['audit', '--roster', 'staff.csv', '--no-domain-search'])).toMatchObject({ kind: 'audit', domainSearch: false });
    expect(parseCommandLine(['audit', '--roster=staff.csv', '--pdf', 'audit.pdf'])).toMatchObject({ kind: 'audit', json: null, pdf: 'audit.pdf', language: null });
    expect(parseCommandLine(['-h'])).toMatchObject({ kind: 'help' });
    for (const argv of [['audit', '--roster'], ['audit', '--roster', 'a.csv', 'b.csv'], ['check'], [], ['audit', '--roster', 'a', '--lang', 'de']]) {
      expect(parseCommandLine(argv).kind, argv.join(' ')).toBe('usage-error');
    }
  });

  it('reads report with its files, language and anonymisation, and asks for the PDF first', () => {
    expect(parseCommandLine(['report', '--pdf', 'r.pdf', '--json', 'r.json', '--csv', 'r.csv', '--lang', 'en', '--anonymise'])).toEqual({
      kind: 'report',
      pdf: 'r.pdf',
      json: 'r.json',
      csv: 'r.csv',
      summary: null,
      anonymise: true,
      language: 'en',
      responsible: null,
      preparedBy: null,
      nextReview: null,
    });
    // The one-page summary alone, and who signs (issue 18).
    expect(parseCommandLine(['report', '--summary', 's.pdf', '--responsible', 'Dr Paul Müller', '--by', 'Lucie', '--next-review', '2027-01-15'])).toMatchObject({
      kind: 'report',
      pdf: null,
      summary: 's.pdf',
      responsible: 'Dr Paul Müller',
      preparedBy: 'Lucie',
      nextReview: '2027-01-15',
    });
    expect(parseCommandLine(['report', '--anonymize', '--pdf=r.pdf'])).toMatchObject({ kind: 'report', json: null, csv: null, anonymise: true, language: null });
    expect(parseCommandLine(['report', '--pdf', 'r.pdf'])).toMatchObject({ anonymise: false });
    expect(parseCommandLine(['report', '--csv', 'r.csv', '--help'])).toMatchObject({ kind: 'help' });
    const texts = CLI_TEXTS.fr;
    const problem = (argv: string[]) => {
      const command = parseCommandLine(argv);
      return command.kind === 'usage-error' ? command.problem(texts) : `not refused: ${command.kind}`;
    };
    expect(problem(['report', '--json', 'r.json'])).toBe('Indiquez où écrire le PDF\u202f: hygie report --pdf FICHIER (ou --summary FICHIER pour le résumé d’une page).');
    expect(problem(['report', '--pdf', 'r.pdf', '--next-review', '2027-02-30'])).toContain('«\u202f2027-02-30\u202f»');
    expect(problem(['report', '--pdf', 'r.pdf', 'extra.pdf'])).toContain('«\u202fextra.pdf\u202f»');
    expect(problem(['report', '--pdf', '  '])).toBe('--pdf attend un chemin de fichier.');
    expect(problem(['report', '--pdf', 'r.pdf', '--roster', 'staff.csv'])).toContain('--roster');
    expect(problem(['report', '--pdf', 'r.pdf', '--lang', 'de'])).toContain('«\u202fde\u202f»');
    expect(CLI_TEXTS.en.help('1.0.0')).toContain('hygie report --pdf OUT [--summary OUT] [--json OUT] [--csv OUT] [--lang fr|en] [--anonymise]');
    expect(CLI_TEXTS.fr.help('1.0.0')).toContain('hygie audit --roster FICHIER [--json SORTIE] [--pdf SORTIE]');
  });
});
