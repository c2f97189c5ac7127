import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLI_TEXTS } from '../../electron/cli/messages.ts';
import { renderRecoveryKitPdf } from '../../electron/core/recovery/recovery-kit-pdf.ts';
import { pdfmake } from '../../electron/core/report/pdf-engine.ts';
import { formatDay, formatInstant } from '../../electron/core/report/pdf-format.ts';
import { renderReportPdf } from '../../electron/core/report/report-pdf.ts';
import { formatCalendarDate, formatDateTime, formatShortDate } from '../../renderer/components/format.ts';
import { frenchCatalogueReports } from '../../scripts/french-typography.ts';
import { catalogueFiles, catalogueStrings, displayName, inLanguage, SERVICES_CATALOGUE } from '../../scripts/typography/catalogue-strings.ts';
import { fixFrenchTypography, frenchTypographyIssues, NNBSP, RULE_EXPLANATIONS } from '../../scripts/typography/french-rules.ts';
import { builtTexts, catalogueTexts, type BuiltTexts } from '../support/built-texts.ts';
import { closeAllCores } from '../support/core.ts';
import { reportFixture } from '../support/report-fixture.ts';

// French typography in every French text (docs/development.md, "Adding a text"): a narrow no-break
// space before : ; ? ! % and » and after «, the apostrophe ’, "d’Hygie", "1er juillet", plurals
// instead of "(s)". The rules are scripts/typography/french-rules.ts, which the fixer
// (scripts/french-typography.ts --fix) applies; here they are checked on the catalogues as
// written, and on what Hygie builds from them: a report's PDF, the command line's output.

const N = NNBSP;
const issues = (text: string) => frenchTypographyIssues(text).map((issue) => issue.rule);
const work = mkdtempSync(join(tmpdir(), 'hygie-typography-'));
let built: BuiltTexts;

beforeAll(async () => {
  built = await builtTexts('fr');
}, 120_000);

afterAll(async () => {
  await closeAllCores();
  rmSync(work, { recursive: true, force: true });
});

describe('the rules', () => {
  it('mend what a French reader would see as wrong', () => {
    expect(fixFrenchTypography('Que faire: relancez ; puis ?')).toBe(`Que faire${N}: relancez${N}; puis${N}?`);
    expect(fixFrenchTypography('Liste «{{name}}» : l\'import de Hygie')).toBe(`Liste «${N}{{name}}${N}»${N}: l’import d’Hygie`);
    expect(fixFrenchTypography('ce que Hygie garde, lorsque Hygie démarre')).toBe('ce qu’Hygie garde, lorsqu’Hygie démarre');
    expect(fixFrenchTypography('Depuis le 1 juillet 2022, 510 000 patients, 50 % ou 50%, trois points...')).toBe(
      `Depuis le 1er juillet 2022, 510${N}000 patients, 50${N}% ou 50${N}%, trois points…`,
    );
    expect(fixFrenchTypography('“Cas 2”\u00a0: ok')).toBe(`«${N}Cas 2${N}»${N}: ok`);
    expect(issues('Dernier import : {{matched}} personne(s)')).toEqual(['space-before-punctuation', 'plural-marker']);
  });

  it('leave code, addresses, placeholders and other languages’ quotes alone', () => {
    const untouched = [
      `«${N}v=DMARC1; p=none; rua=mailto:dmarc@cabinet.fr${N}»`,
      `«${N}mode: enforce${N}», «${N}ip4:${N}» et «${N}Digital Identity Guidelines: Authentication${N}»`,
      'https://support.google.com/accounts/answer/185839?hl=fr',
      'prenom.nom@cabinet.fr, D:\\pwnedpasswords, /srv/pwnedpasswords',
      '{{count, number}} et p=reject;',
      '(PRAGMA key = "x\'…\'"), HIBP_API_KEY, --json, 10:42',
      'le 21 juillet 2022, le 11 janvier',
    ];
    for (const text of untouched) expect(fixFrenchTypography(text), text).toBe(text);
  });

  it('change nothing the second time', () => {
    for (const entry of catalogueTexts('fr')) expect(fixFrenchTypography(fixFrenchTypography(entry.text))).toBe(fixFrenchTypography(entry.text));
  });
});

describe('the French catalogues', () => {
  it('every French string passes: the interface, the Node texts (errors, PDF, CLI, recovery kit, menu…), the services catalogue', () => {
    const problems = frenchCatalogueReports().flatMap((report) =>
      report.issues.map((issue) => `${displayName(report.file)}:${issue.entry.line} ${issue.entry.path.join('.')} (${issue.rule}: ${RULE_EXPLANATIONS[issue.rule as keyof typeof RULE_EXPLANATIONS]})\n    ${issue.excerpt}`),
    );
    expect(problems.join('\n'), 'node scripts/french-typography.ts --fix mends all of these but "(s)" and template pieces').toBe('');
    expect(catalogueFiles('fr')).toContain(SERVICES_CATALOGUE());
  });

  it('a violation planted in a catalogue file is found, and --fix mends that string alone, in place', () => {
    // One file of each kind — an interface JSON, a Node text module, the bilingual services
    // catalogue — and in each a French string the file really holds (texts change; the test
    // must not hang on one sentence): a colon glued to its word, and in JSON a straight apostrophe.
    const files = [
      catalogueFiles('fr').find((file) => file.endsWith('breaches.fr.json'))!,
      catalogueFiles('fr').find((file) => file.endsWith('errors.fr.ts'))!,
      SERVICES_CATALOGUE(),
    ];
    for (const file of files) {
      const copy = join(work, basename(file));
      const original = readFileSync(file, 'utf8');
      // A clean French string whose first word can take the planted sign.
      const target = catalogueStrings(file, original).find(
        (entry) => inLanguage(file, entry.path, 'fr') && !entry.readOnly && /^\p{L}+ /u.test(entry.value) && frenchTypographyIssues(entry.value).length === 0,
      );
      expect(target, `${basename(file)} has a French string to plant in`).toBeDefined();
      const literal = original.slice(target!.start, target!.end);
      const withViolation = literal.replace(/^(["'`]\p{L}+) /u, file.endsWith('.json') ? "$1 d'abord: " : '$1: ');
      expect(withViolation).not.toBe(literal);
      writeFileSync(copy, original.slice(0, target!.start) + withViolation + original.slice(target!.end));
      const [report] = frenchCatalogueReports([copy]);
      expect(report!.issues.length, basename(file)).toBeGreaterThan(0);
      expect(new Set(report!.issues.map((issue) => issue.entry.line)).size).toBe(1);
      // The fix touches that string only: every other line is as it was, and a second pass finds nothing.
      const fixedLines = report!.fixed.split('\n');
      const plantedLines = readFileSync(copy, 'utf8').split('\n');
      expect(fixedLines.filter((line, index) => line !== plantedLines[index])).toHaveLength(1);
      writeFileSync(copy, report!.fixed);
      expect(frenchCatalogueReports([copy])[0]!.issues).toEqual([]);
    }
    // A text file as another branch may write it — a method, a spread, a computed key, a
    // `template ${…}` — is still read: the template's words are checked, and left for a person to mend.
    const odd = join(work, 'odd.fr.ts');
    writeFileSync(odd, "const more = { a: 'b' };\nexport default {\n  ...more,\n  ['computed']: 'Que faire: rien',\n  say(name: string) { return name; },\n  line: `Bonjour: ${1 + 1} l'écran`,\n} as const;\n");
    const [oddReport] = frenchCatalogueReports([odd]);
    expect(oddReport!.issues.map((issue) => [issue.entry.path.join('.'), issue.rule])).toEqual([
      ['computed', 'space-before-punctuation'],
      ['line', 'space-before-punctuation'],
      ['line', 'apostrophe'],
    ]);
    expect(oddReport!.fixed).toContain('`Bonjour: ${1 + 1} l\'écran`');
    expect(oddReport!.fixed).toContain(`'Que faire${N}: rien'`);
    // Its English texts are never touched: the real file comes back byte for byte.
    const untouched = join(mkdtempSync(join(work, 'untouched-')), basename(SERVICES_CATALOGUE()));
    copyFileSync(SERVICES_CATALOGUE(), untouched);
    expect(frenchCatalogueReports([untouched])[0]!.fixed).toBe(readFileSync(SERVICES_CATALOGUE(), 'utf8'));
  });
});

describe('what Hygie builds in French', () => {
  it('the command line prints French typography: help, an audit’s progress and summary', () => {
    for (const [name, text] of [
      ['help', built.cliHelp],
      ['audit', built.cliAudit],
    ] as const) {
      expect(frenchTypographyIssues(text).map((issue) => `${name} ${issue.rule}: ${issue.excerpt}`).join('\n')).toBe('');
      expect(text).toContain(`${N}:`);
    }
  });

  it('the PDFs never start a line with : ; ? ! » nor end one with «, and have no straight apostrophe', () => {
    for (const [name, text] of [
      ['report', built.reportPdf],
      ['audit', built.auditPdf],
    ] as const) {
      const lines = text.split('\n');
      expect(lines.filter((line) => /^\s*[:;?!»]/u.test(line) || /«\s*$/u.test(line)), name).toEqual([]);
      // pdftotext reads the no-break space back as a space (a glued sign would show as none), and
      // before % as nothing at all: "%" is judged on the picture (and by the rules, on the strings).
      const signs = frenchTypographyIssues(text.replace(/ (?=[:;?!»])|(?<=«) /gu, N)).filter((issue) => issue.rule !== 'percent');
      expect(signs.map((issue) => `${name} ${issue.rule}: ${issue.excerpt}`)).toEqual([]);
      expect(text, name).toContain('’');
    }
  });

  it('every character of the PDFs, page headers and footers included, has a glyph in Roboto', async () => {
    const fontkit = createRequire(import.meta.url)('fontkit') as { openSync(path: string): { hasGlyphForCodePoint(code: number): boolean } };
    const font = fontkit.openSync(createRequire(import.meta.url).resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));
    const strings: string[] = [];
    // Every string, and what the page header and footer give for a page (pdfmake asks page by
    // page), read as the document reaches pdfmake (which then lays it out in place).
    const collect = (value: unknown, key = ''): void => {
      if (typeof value === 'string') strings.push(value);
      else if (typeof value === 'function' && (key === 'header' || key === 'footer')) collect((value as (page: number, pages: number) => unknown)(2, 3));
      else if (Array.isArray(value)) value.forEach((item) => collect(item));
      else if (value && typeof value === 'object' && !(value instanceof Date)) Object.entries(value).forEach(([name, item]) => collect(item, name));
    };
    const engine = pdfmake();
    const original = engine.createPdf.bind(engine);
    const createPdf = vi.spyOn(engine, 'createPdf').mockImplementation((document, ...rest) => {
      collect(document);
      return original(document, ...rest);
    });
    // The report is laid out part by part (report/paged-pdf.ts) through pdfmake's own layout:
    // each part's content, and its page header and footer, as they reach it.
    const { default: LayoutBuilder } = createRequire(import.meta.url)('pdfmake/js/LayoutBuilder.js') as { default: { prototype: { layoutDocument(...args: unknown[]): unknown } } };
    const originalLayout = LayoutBuilder.prototype.layoutDocument;
    const layoutDocument = vi.spyOn(LayoutBuilder.prototype, 'layoutDocument').mockImplementation(function (this: unknown, ...args: unknown[]) {
      collect(args[0]);
      collect(args[5], 'header');
      collect(args[6], 'footer');
      return originalLayout.apply(this, args);
    });
    try {
      await renderReportPdf(reportFixture({ language: 'fr' }), 'a'.repeat(64));
      await renderRecoveryKitPdf({
        language: 'fr',
        keyHex: '00'.repeat(32),
        practiceName: 'Cabinet médical du Parc',
        computerName: 'ACCUEIL-01',
        dataDir: 'C:\\Users\\accueil\\AppData\\Local\\Hygie',
        backupsDir: 'C:\\Users\\accueil\\AppData\\Local\\Hygie\\backups',
        generatedAt: '2026-07-01T09:30:00.000Z',
        generatedBy: 'accueil',
        hygieVersion: '0.1.0',
      });
      expect(createPdf).toHaveBeenCalledTimes(1);
      expect(layoutDocument).toHaveBeenCalled();
    } finally {
      createPdf.mockRestore();
      layoutDocument.mockRestore();
    }
    const text = strings.join('');
    expect(text).toContain('Rapport de sécurité des accès');
    const missing = [...new Set(text)].filter((char) => !/\s/u.test(char) || char === '\u202f').filter((char) => !font.hasGlyphForCodePoint(char.codePointAt(0)!));
    expect(missing.map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)).toEqual([]);
  });

  it('writes the first of a month "1er": the interface, the PDFs and the command line', () => {
    const first = '2026-07-01T10:42:00';
    expect(formatDateTime(first, 'fr')).toBe('1er juillet 2026 à 10:42');
    expect(formatCalendarDate('2027-01-01T00:00:00', 'fr')).toBe('1er janvier 2027');
    expect(formatShortDate(first, 'fr')).toBe('01/07/2026');
    expect(formatDateTime(first, 'en')).toBe('1 July 2026 at 10:42');
    expect(formatDay('2026-07-01', 'fr')).toBe('1er juil. 2026');
    expect(formatInstant(first, 'fr', true)).toBe('1er juillet 2026 à 10:42');
    expect(formatDay('2026-07-21', 'fr')).toBe('21 juil. 2026');
    expect(CLI_TEXTS.fr.retryAfter('2030-07-01T10:42:00')).toContain('(le 1er juillet)');
  });
});
