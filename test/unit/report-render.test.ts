import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { REPORT_SCHEMA_VERSION, type Report } from '../../electron/core/model/schemas/report.ts';
import { HIPAA_PROCEDURES } from '../../electron/core/password/policies.ts';
import { TEXTS } from '../../electron/core/text/messages.ts';
import { reportCsv } from '../../electron/core/report/report-csv.ts';
import { reportJsonBytes, reportJsonSchemaText, sha256Hex } from '../../electron/core/report/report-json.ts';
import { renderReportPdf } from '../../electron/core/report/report-pdf.ts';
import { writeReportFiles } from '../../electron/core/report/write-report-files.ts';
import { MAPPING_COLOURS, SEVERITY_COLOURS } from '../../electron/core/report/pdf-blocks.ts';
import {
  FIXTURE_BREACH_TITLES,
  FIXTURE_EMAILS,
  FIXTURE_PEOPLE,
  FIXTURE_PRACTICE,
  FIXTURE_DATA_CLASSES,
  FIXTURE_RESPONSIBLE,
  FIXTURE_SCORE,
  FIXTURE_UNKNOWN_CLASS,
  reportFixture,
  type ReportFixtureOptions,
} from '../support/report-fixture.ts';
import { pdfInfo, pdfPageTexts, pdfText, pdfToPngs, REPORT_SCHEMA_PATH, reportSchemaErrors, sha256sum } from '../support/report-checks.ts';

// The report's three files as the people who use them meet them: the PDF read back with
// poppler's pdftotext/pdfinfo (what a search, a screen reader or a printer sees) and rendered to
// PNG for a look; the JSON checked with ajv against the published schema and with sha256sum
// against the hash the PDF prints; the CSV parsed back as a spreadsheet would.

const work = mkdtempSync(join(tmpdir(), 'hygie-report-render-'));

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

interface Rendered {
  report: Report;
  hash: string;
  path: string;
  text: string;
  pages: string[];
}

const rendered = new Map<string, Promise<Rendered>>();

/** Renders a fixture once per test file (pdfmake takes a few hundred milliseconds a document). */
function render(name: string, options: ReportFixtureOptions, alter?: (report: Report) => Report): Promise<Rendered> {
  let pending = rendered.get(name);
  if (!pending) {
    pending = (async () => {
      const base = reportFixture(options);
      const report = alter ? alter(base) : base;
      const hash = sha256Hex(reportJsonBytes(report));
      const path = join(work, `${name}.pdf`);
      writeFileSync(path, await renderReportPdf(report, hash));
      const pages = await pdfPageTexts(path);
      return { report, hash, path, text: pages.join('\n'), pages };
    })();
    rendered.set(name, pending);
  }
  return pending;
}

function squash(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

/** Many findings and a person with many accounts: tables that must run over several pages. */
function longReport(report: Report): Report {
  const [first] = report.findings;
  const [person] = report.people;
  if (!first || !person?.accounts[0]) throw new Error('fixture changed');
  const findings = Array.from({ length: 60 }, (_, index) => ({ ...first, id: `F${String(index + 1).padStart(3, '0')}` }));
  const accounts = Array.from({ length: 14 }, (_, index) => ({ ...person.accounts[0]!, accountRef: `P01-A${String(index + 1).padStart(2, '0')}` }));
  return { ...report, findings, people: [{ ...person, accounts }, ...report.people.slice(1)] };
}

describe('the PDF', () => {
  it('holds the practice, every person, every breach title, the score, the hash and numbered pages (French)', async () => {
    const { text, pages, hash, path } = await render('fr', { language: 'fr' });
    const flat = squash(text);
    expect(flat).toContain(FIXTURE_PRACTICE);
    for (const person of FIXTURE_PEOPLE) expect(flat).toContain(person.name);
    for (const title of FIXTURE_BREACH_TITLES) expect(flat).toContain(title);
    expect(await pdfText(path, { first: 1, last: 1, layout: true })).toMatch(new RegExp(`\\b${FIXTURE_SCORE}\\s+/ 100\\b`, 'u'));
    expect(hash).toMatch(/^[0-9a-f]{64}$/u);
    const info = await pdfInfo(path);
    const pageCount = Number(info.Pages);
    expect(pageCount).toBeGreaterThan(1);
    expect(pages).toHaveLength(pageCount);
    // Every page carries its number and the whole hash, unbroken, on one line.
    pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} / ${pageCount}`);
      expect(page).toContain(`SHA-256 (JSON) : ${hash}`);
    });
    for (const heading of [TEXTS.fr.pdf.score.heading, TEXTS.fr.pdf.findings.heading, TEXTS.fr.pdf.notChecked.heading, TEXTS.fr.pdf.signature.heading]) {
      expect(flat).toContain(heading.replace(/\u00a0/gu, ' '));
    }
    // Severity is printed as a word next to its colour, and an overdue finding says so.
    for (const word of ['Critique', 'Élevée', 'Moyenne', 'Faible', 'EN RETARD']) expect(flat).toContain(word);
    expect(flat).toContain('7 mars 2025');
  });

  it('is A4 with metadata that names the practice', async () => {
    const { path } = await render('fr', { language: 'fr' });
    const info = await pdfInfo(path);
    expect(info['Page size']).toBe('595.28 x 841.89 pts (A4)');
    expect(info.Title).toContain(FIXTURE_PRACTICE);
    expect(info.Author).toBe(FIXTURE_PRACTICE);
    expect(info.Subject).toBeTruthy();
  });

  it('speaks English when the report does, with nothing left in French', async () => {
    const { text, pages } = await render('en', { language: 'en' });
    const flat = squash(text);
    for (const heading of [TEXTS.en.pdf.score.heading, TEXTS.en.pdf.findings.heading, TEXTS.en.pdf.people.heading, TEXTS.en.pdf.notChecked.heading, TEXTS.en.pdf.signature.heading]) {
      expect(flat).toContain(heading);
    }
    expect(flat).toContain(`SHA-256 (JSON):`);
    expect(pages[0]).toContain(`Page 1 / ${pages.length}`);
    expect(flat).toContain('7 Mar 2025');
    for (const french of [TEXTS.fr.pdf.score.heading, TEXTS.fr.pdf.findings.heading, 'Établi par', 'Critique', 'Messagerie', 'Adresses e-mail']) expect(flat).not.toContain(french);
  });

  it('shows initials only when anonymised: no full name, no address', async () => {
    const { text } = await render('fr-anonymised', { language: 'fr', anonymised: true });
    const flat = squash(text);
    for (const person of FIXTURE_PEOPLE) {
      expect(flat).toContain(person.initials);
      expect(flat).not.toContain(person.name);
      expect(flat).not.toContain(person.name.split(' ')[0]);
    }
    for (const email of FIXTURE_EMAILS) expect(flat).not.toContain(email.split('@')[0]);
    expect(flat).toContain('•••@cabinet-eglantiers.fr');
    expect(flat).toContain('Rapport anonymisé');
  });

  it('lists the HIPAA procedures when the policy is HIPAA, and not otherwise', async () => {
    const hipaa = squash((await render('en-hipaa', { language: 'en', policy: 'hipaa' })).text);
    expect(hipaa).toContain(TEXTS.en.pdf.procedures.heading);
    for (const procedure of HIPAA_PROCEDURES) expect(hipaa).toContain(procedure.en);
    expect(hipaa).toContain('(chosen policy)');
    const cnil = squash((await render('en', { language: 'en' })).text);
    expect(cnil).not.toContain(TEXTS.en.pdf.procedures.heading);
  });

  it('repeats table headers on every page a table runs over, and never ends a page on a heading', async () => {
    const { pages } = await render('fr-long', { language: 'fr' }, longReport);
    const withFindingRows = pages.filter((page) => /^F0\d\d$/mu.test(page));
    expect(withFindingRows.length).toBeGreaterThan(1);
    for (const page of withFindingRows) expect(page).toContain(TEXTS.fr.pdf.findings.severity);
    const withAccountRows = pages.filter((page) => /^P01-A\d\d$/mu.test(page));
    expect(withAccountRows.length).toBeGreaterThan(1);
    for (const page of withAccountRows) expect(page).toContain(TEXTS.fr.pdf.people.password);
    expect(orphanHeadings(pages, 'fr')).toEqual([]);
    expect(orphanHeadings((await render('fr', { language: 'fr' })).pages, 'fr')).toEqual([]);
    expect(orphanHeadings((await render('en-hipaa', { language: 'en', policy: 'hipaa' })).pages, 'en')).toEqual([]);
  });

  it('says so plainly for a command-line audit of an empty roster: no score, nothing found', async () => {
    const { text } = await render('fr-empty-audit', { language: 'fr' }, (report) => ({
      ...report,
      origin: 'audit',
      score: { ...report.score, value: null, components: [] },
      people: [],
      findings: [],
      notChecked: [],
      scoreHistory: [],
      mfaCoverage: [],
      summary: { ...report.summary, findings: { critical: 0, high: 0, medium: 0, low: 0 } },
    }));
    const flat = squash(text);
    const t = TEXTS.fr.pdf;
    expect(flat).not.toContain(t.componentTable.component);
    for (const sentence of [t.score.noScore, t.auditOrigin, t.history.empty, t.findings.empty, t.people.noPeople, t.notChecked.empty]) {
      expect(flat).toContain(squash(sentence.replace(/\u00a0/gu, ' ')));
    }
  });

  it('renders without pdfmake warnings (both access policies are set)', async () => {
    const warn = vi.spyOn(console, 'warn');
    try {
      const report = reportFixture({ language: 'en' });
      const pdf = await renderReportPdf(report, sha256Hex(reportJsonBytes(report)));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('keeps images of every page as test artefacts', async () => {
    for (const [name, options] of [
      ['fr', { language: 'fr' }],
      ['en', { language: 'en' }],
      ['fr-anonymised', { language: 'fr', anonymised: true }],
      ['en-hipaa', { language: 'en', policy: 'hipaa' }],
    ] as const) {
      const { path, pages } = await render(name, options);
      // Every page: an insurer or an inspector reads them all (issue 18).
      const images = await pdfToPngs(path, `report-render-${name}`, { first: 1, last: pages.length }, 60);
      expect(images).toHaveLength(pages.length);
      for (const image of images) expect(readFileSync(image).subarray(1, 4).toString('latin1')).toBe('PNG');
    }
  });
});

const FRENCH_MONTHS = 'janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc';

/** The PDF's text on one line, with pdftotext's no-break spaces as spaces. */
function plain(text: string): string {
  return squash(text.replace(/[\u00a0\u202f]/gu, ' '));
}

describe('the review as its readers read it (issue 18)', () => {
  it('opens on a page anyone reads: title, practice, period, signers, score in words with its trend, urgent actions, scope in three lists, the fingerprint explained', async () => {
    const { pages, report, path } = await render('fr', { language: 'fr' });
    // As laid out: a label and its value on one line.
    const first = plain(await pdfText(path, { first: 1, last: 1, layout: true }));
    expect(first).toContain('Rapport de sécurité des accès');
    expect(first).not.toContain('conformité —');
    expect(first).toContain(FIXTURE_PRACTICE);
    expect(plain(pages[0]!)).toContain('Période du 10 janvier 2025 au 7 mars 2025');
    expect(first).toContain(`Responsable des données ${FIXTURE_RESPONSIBLE}`);
    expect(first).toContain('Établi par Anaïs Garçon');
    expect(first).toContain('Prochaine revue 7 septembre 2025');
    expect(first).toMatch(/46\s*\/ 100/u);
    expect(first).toContain('insuffisant');
    expect(first).toContain('En hausse de 7 points depuis le 12 févr. 2025');
    for (const sentence of report.overview.sentences) expect(plain(pages[0]!)).toContain(plain(sentence));
    expect(first).toContain('Les trois actions les plus urgentes');
    for (const ref of report.overview.urgent) expect(plain(pages[0]!)).toContain(plain(report.findings.find((finding) => finding.ref === ref)!.action));
    for (const list of ['Vérifié par Hygie', 'Déclaré par le cabinet', 'Hors du champ de ce rapport']) expect(first).toContain(list);
    expect(plain(pages[0]!)).toContain('Sauvegardes et leur restauration');
    expect(plain(pages[0]!)).toContain('empreinte SHA-256 du fichier JSON');
    // The login of the computer never stands for a person.
    expect(plain(pages.join('\n'))).not.toMatch(/Établi par app:|app:hlefevre/u);
  });

  it('maps each text a French practice answers to, with a status and its evidence, ANS mémento item by item', async () => {
    const { text, report } = await render('fr', { language: 'fr' });
    const flat = plain(text);
    const statuses = Object.values(TEXTS.fr.compliance.status);
    const memento = report.mapping.filter((item) => item.reference === 'ans-memento');
    expect(memento).toHaveLength(10);
    for (const item of report.mapping) {
      const at = flat.indexOf(plain(item.requirement));
      expect(at, item.id).toBeGreaterThanOrEqual(0);
      // Its status follows it in the same row, then its evidence.
      const row = flat.slice(at + plain(item.requirement).length, at + plain(item.requirement).length + 40);
      expect(statuses.some((status) => row.includes(status)), `${item.id}: ${row}`).toBe(true);
      expect(flat).toContain(plain(item.evidence).slice(0, 60));
    }
    expect(flat).toContain('Depuis le 1er janvier 2026, un identifiant et un mot de passe seuls ne suffisent plus');
    expect(flat).toContain('délibération n° 2022-100');
    expect(flat).toContain('RGPD, article 32');
    expect(flat).toContain('RGPD, article 33 : notifier une violation de données à la CNIL dans les 72 heures');
    expect(flat).toContain('NIS 2');
    expect(report.mapping.find((item) => item.id === 'nis2')!.status).toBe('not-applicable');
    expect(memento.filter((item) => item.status === 'out-of-scope').map((item) => item.id)).toEqual(
      expect.arrayContaining(['memento-premises', 'memento-equipment', 'memento-updates', 'memento-records']),
    );
    for (const id of ['ans-identification', 'ans-memento', 'gdpr-art-33', 'nis2'] as const) expect(flat).toContain(plain(report.references.find((reference) => reference.id === id)!.title));
  });

  it('signs with the names typed and says when it is reviewed again', async () => {
    const { pages, path } = await render('fr', { language: 'fr' });
    const page = pages.findIndex((text) => text.includes('Signatures')) + 1;
    const signature = plain(await pdfText(path, { first: page, last: page, layout: true }));
    expect(signature).toMatch(new RegExp(`Responsable des données du cabinet\\s+Référent sécurité\\s+${FIXTURE_RESPONSIBLE}\\s+Dr Hélène Lefèvre-Ñúñez`, 'u'));
    expect(signature).toContain('Prochaine revue prévue le 7 septembre 2025');
  });

  it('speaks words, not codes, in French: no status code, no English data class, no "(s)", "1er" for the first', async () => {
    for (const name of ['fr', 'fr-anonymised'] as const) {
      const { text } = await render(name, { language: 'fr', anonymised: name === 'fr-anonymised' });
      // "Pwned Passwords" is a service's name, not a data class.
      const flat = plain(text).replace(/Pwned Passwords/gu, '');
      for (const code of ['never-checked', 'rate-limited', 'timeout', 'not-checked', 'not-in-scope', 'never-recorded', 'consumer-domain', 'phishing-resistant', 'out-of-scope']) {
        expect(flat, code).not.toContain(code);
      }
      for (const dataClass of FIXTURE_DATA_CLASSES) expect(flat, dataClass).not.toContain(dataClass);
      expect(flat).toContain('adresses e-mail, indices de mot de passe, mots de passe, noms d’utilisateur');
      // A class the table does not know is shown as it came, and said to be HIBP's word.
      expect(flat).toContain(`${FIXTURE_UNKNOWN_CLASS} (terme de Have I Been Pwned)`);
      expect(flat).not.toContain('(s)');
      expect(flat).not.toMatch(new RegExp(`(^|[^\\d])1 (${FRENCH_MONTHS})`, 'u'));
      expect(flat).toContain('1er avr. 2025');
      expect(flat).not.toMatch(/\b1 impossibles\b|\b1 faites\b/u);
      expect(flat).not.toContain('Règles non respectées');
    }
  });

  it('writes the one-page summary: the first page alone, with the same fingerprint', async () => {
    const report = reportFixture({ language: 'fr' });
    const hash = sha256Hex(reportJsonBytes(report));
    const path = join(work, 'summary.pdf');
    writeFileSync(path, await renderReportPdf(report, hash, { summary: true }));
    const pages = await pdfPageTexts(path);
    expect(pages).toHaveLength(1);
    const flat = plain(pages[0]!);
    expect(flat).toContain('Rapport de sécurité des accès');
    expect(flat).toContain('Résumé d’une page');
    expect(flat).toContain(`SHA-256 (JSON) : ${hash}`);
    expect(flat).toContain('Page 1 / 1');
    await pdfToPngs(path, 'report-render-summary', { first: 1, last: 1 }, 60);
  });

  it('prints severities as chips whose colours pass WCAG AA as text on white', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const colour of [...Object.values(SEVERITY_COLOURS), ...Object.values(MAPPING_COLOURS)]) {
      expect((1.05 / (luminance(colour) + 0.05)), colour).toBeGreaterThanOrEqual(4.5);
    }
  });
});

/** The headings a page must not end on (with their lead lines), in the report's language. */
function orphanHeadings(pages: readonly string[], language: 'fr' | 'en'): string[] {
  const t = TEXTS[language].pdf;
  const headings = new Set(
    [
      t.score.heading,
      t.keyFigures.heading,
      t.coverage.heading,
      t.history.heading,
      t.history.chartLabel,
      t.findings.heading,
      t.findings.lead,
      t.people.heading,
      t.people.lead,
      t.notChecked.heading,
      t.notChecked.lead,
      t.procedures.heading,
      t.procedures.lead,
      t.references.heading,
      t.signature.heading,
    ].map((text) => squash(text.replace(/\u00a0/gu, ' ')).trim()),
  );
  const found: string[] = [];
  pages.forEach((page, index) => {
    const lines = page
      .split('\n')
      .map((line) => line.trim())
      // Footer lines, and the chart's axis labels (which float where the chart begins), are not content.
      .filter((line) => line && !line.startsWith('SHA-256 (JSON)') && !/^Page \d+ \/ \d+$/u.test(line) && !/^\d{1,3}$/u.test(line));
    const last = lines[lines.length - 1] ?? '';
    // A person's heading ("Name  Role · P01") and walkthrough line count as headings too.
    const personHeading = /· P\d\d$/u.test(last) || last.startsWith(`${t.people.walkthrough.replace(/\u00a0/gu, ' ')} `);
    if (headings.has(last) || personHeading) found.push(`page ${index + 1}: ${last}`);
  });
  return found;
}

describe('the JSON', () => {
  it('docs/report-schema.json is the schema the code generates', () => {
    expect(
      readFileSync(REPORT_SCHEMA_PATH, 'utf8') === reportJsonSchemaText(),
      'docs/report-schema.json is stale: run `node scripts/write-report-schema.ts` and commit the result',
    ).toBe(true);
  });

  it('validates against the published schema, in every variant', () => {
    for (const options of [{}, { language: 'en' }, { anonymised: true }, { policy: 'hipaa' }] as const) {
      const json = JSON.parse(reportJsonBytes(reportFixture(options)).toString('utf8')) as unknown;
      expect(reportSchemaErrors(json)).toEqual([]);
    }
  });

  it('refuses a report the schema does not describe', () => {
    const json = JSON.parse(reportJsonBytes(reportFixture()).toString('utf8')) as Record<string, unknown>;
    const broken: Record<string, unknown>[] = [
      { ...json, score: undefined },
      { ...json, schemaVersion: REPORT_SCHEMA_VERSION + 1 },
      { ...json, password: 'hunter2' },
      { ...json, findings: [{ ...(json.findings as object[])[0], severity: 'urgent' }] },
      { ...json, references: [{ ...(json.references as object[])[0], url: 'not a url' }] },
    ].map((value) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>);
    for (const value of broken) expect(reportSchemaErrors(value)).not.toEqual([]);
    expect(() => reportJsonBytes({ ...reportFixture(), language: 'de' } as unknown as Report)).toThrow();
  });

  it('is the same bytes every time: two-space indent, one final newline, and its hash is sha256sum’s', async () => {
    const report = reportFixture();
    const bytes = reportJsonBytes(report);
    expect(bytes.equals(reportJsonBytes(structuredClone(report)))).toBe(true);
    const text = bytes.toString('utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith(`{\n  "format": "hygie-report",\n  "schemaVersion": ${REPORT_SCHEMA_VERSION},`)).toBe(true);
    expect(sha256Hex(Buffer.from('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const path = join(work, 'same-bytes.json');
    writeFileSync(path, bytes);
    expect(await sha256sum(path)).toBe(sha256Hex(bytes));
  });
});

describe('the CSV', () => {
  function parse(csv: string, delimiter: string): { fields: string[]; rows: Record<string, string>[] } {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, delimiter, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    return { fields: parsed.meta.fields ?? [], rows: parsed.data };
  }

  it('has one row per person × account, and one for a person without accounts (French Excel: BOM, ;, CRLF)', () => {
    const report = reportFixture({ language: 'fr' });
    const csv = reportCsv(report, ';');
    expect(csv).toContain('\r\n');
    expect(csv.replace(/\r\n/gu, '')).not.toContain('\n');
    const { fields, rows } = parse(csv, ';');
    expect(fields.slice(0, 3)).toEqual(['Réf. personne', 'Personne', 'Fonction']);
    const expected = report.people.flatMap((person) =>
      person.accounts.length === 0 ? [[person.personRef, '']] : person.accounts.map((account) => [person.personRef, account.accountRef]),
    );
    expect(rows.map((row) => [row['Réf. personne'], row['Réf. compte']])).toEqual(expected);
    const breached = rows.find((row) => row['Réf. compte'] === 'P01-A01');
    expect(breached).toMatchObject({
      Personne: FIXTURE_PEOPLE[0].name,
      Service: 'Messagerie',
      Identifiant: FIXTURE_EMAILS[0],
      Fuites: 'Trouvée dans une fuite',
      'Fuites trouvées': `Adobe (2013-10-04), ${FIXTURE_BREACH_TITLES[1]} (2024-11-15)`,
      'Double authentification': 'SMS',
      'Mot de passe': 'À changer',
      'Nombre d’apparitions': '12345',
      'Même mot de passe que': 'P01-A02',
      // The practice's status beside the ones it gave one (F005 marked done on the Actions page).
      'Constats du compte': 'F001 (Critique), F003 (Élevée), F005 (Moyenne, fait)',
    });
    const alone = rows.find((row) => row['Réf. personne'] === 'P03');
    expect(alone).toMatchObject({ Personne: FIXTURE_PEOPLE[2].name, 'Réf. compte': '', Service: '', 'Double authentification': '' });
    expect(rows.find((row) => row['Réf. personne'] === 'P02' && row['Réf. compte'] === 'P02-A02')?.['Double authentification']).toBe(
      'Pas encore vérifiée',
    );
  });

  it('writes English headers and values with commas for an English report', () => {
    const { fields, rows } = parse(reportCsv(reportFixture({ language: 'en' }), ','), ',');
    expect(fields.slice(0, 3)).toEqual(['Person ref.', 'Person', 'Role']);
    expect(rows.find((row) => row['Account ref.'] === 'P01-A02')).toMatchObject({ Service: 'amelipro', 'Two-step verification': 'None', Password: 'To change' });
  });

  /** The CSV row of a report whose first person's name, role, identifier and breach title are the given texts. */
  function csvRowWith(texts: { name: string; role: string; identifier: string; title: string }): Record<string, string> | undefined {
    const report = reportFixture({ language: 'en' });
    const [person] = report.people;
    const account = person?.accounts[0];
    if (!person || !account?.breach) throw new Error('fixture changed');
    const breaches = [{ name: 'x', title: texts.title, breachDate: null, dataClasses: [], summary: texts.title }];
    const hostile: Report = {
      ...report,
      people: [{ ...person, name: texts.name, roleName: texts.role, accounts: [{ ...account, identifier: texts.identifier, breach: { ...account.breach, breaches } }] }],
    };
    return parse(reportCsv(hostile, ','), ',').rows[0];
  }

  it('defuses spreadsheet formulas in names, titles and identifiers', () => {
    expect(csvRowWith({ name: "=cmd|' /C calc'!A0", role: '@SUM(1+1)', identifier: '+33 6 12 34 56 78', title: '-2+3' })).toMatchObject({
      Person: "'=cmd|' /C calc'!A0",
      Role: "'@SUM(1+1)",
      Identifier: "'+33 6 12 34 56 78",
      'Breaches found': "'-2+3",
    });
  });

  it('defuses full-width and small look-alikes of = + - @ too (issue 13)', () => {
    expect(csvRowWith({ name: '＝HYPERLINK("http://x")', role: '﹫SUM(1)', identifier: '＋33 6', title: '－2+3' })).toMatchObject({
      Person: `'＝HYPERLINK("http://x")`,
      Role: "'﹫SUM(1)",
      Identifier: "'＋33 6",
      'Breaches found': "'－2+3",
    });
  });

  it('carries initials only when anonymised', () => {
    const csv = reportCsv(reportFixture({ language: 'fr', anonymised: true }), ';');
    for (const person of FIXTURE_PEOPLE) {
      expect(csv).toContain(person.initials);
      expect(csv).not.toContain(person.name);
    }
    for (const email of FIXTURE_EMAILS) expect(csv).not.toContain(email);
  });
});

describe('writing the files', () => {
  it('writes JSON, PDF and CSV into new folders; the PDF prints what sha256sum says of the JSON', async () => {
    const report = reportFixture();
    const folder = join(work, 'written', 'deep');
    const targets = { pdf: join(folder, 'rapport.pdf'), json: join(folder, 'rapport.json'), csv: join(folder, 'rapport.csv') };
    const { jsonSha256, files } = await writeReportFiles(report, targets, { csvDelimiter: ';' });
    expect(files.map((file) => file.format).sort()).toEqual(['csv', 'json', 'pdf']);
    for (const file of files) expect(statSync(file.path).size).toBe(file.bytes);
    expect(await sha256sum(targets.json)).toBe(jsonSha256);
    expect(squash(await pdfText(targets.pdf))).toContain(`SHA-256 (JSON) : ${jsonSha256}`);
    expect(readFileSync(targets.csv, 'utf8')).toBe(reportCsv(report, ';'));
    expect(readdirSync(folder).sort()).toEqual(['rapport.csv', 'rapport.json', 'rapport.pdf']);
  });

  it('computes the hash even when no JSON file is asked for', async () => {
    const report = reportFixture({ language: 'en' });
    const pdf = join(work, 'pdf-only', 'report.pdf');
    const { jsonSha256, files } = await writeReportFiles(report, { pdf });
    expect(files).toEqual([{ format: 'pdf', path: pdf, bytes: statSync(pdf).size }]);
    expect(jsonSha256).toBe(sha256Hex(reportJsonBytes(report)));
    expect(squash(await pdfText(pdf))).toContain(`SHA-256 (JSON): ${jsonSha256}`);
  });

  it('leaves no half-written file behind when a file cannot be put in place', async () => {
    const folder = join(work, 'blocked');
    // The PDF's name is taken by a folder with something in it: the rename must fail.
    mkdirSync(join(folder, 'report.pdf', 'inside'), { recursive: true });
    await expect(writeReportFiles(reportFixture(), { pdf: join(folder, 'report.pdf') })).rejects.toThrow();
    expect(readdirSync(folder)).toEqual(['report.pdf']);
    expect(existsSync(join(folder, 'report.pdf', 'inside'))).toBe(true);
  });

  it('leaves an earlier JSON as it was when the PDF cannot be put in place (a PDF open in a viewer)', async () => {
    const folder = join(work, 'pdf-locked');
    mkdirSync(join(folder, 'report.pdf', 'inside'), { recursive: true });
    const earlierJson = '{"earlier":true}\n';
    writeFileSync(join(folder, 'report.json'), earlierJson);
    const targets = { pdf: join(folder, 'report.pdf'), json: join(folder, 'report.json'), csv: join(folder, 'report.csv') };
    await expect(writeReportFiles(reportFixture(), targets, { csvDelimiter: ';' })).rejects.toThrow();
    expect(readFileSync(targets.json, 'utf8')).toBe(earlierJson);
    expect(readdirSync(folder).sort()).toEqual(['report.json', 'report.pdf']);
    expect(statSync(targets.pdf).isDirectory()).toBe(true);
  });

  it('puts an earlier PDF back when a later file cannot be put in place (a CSV open in Excel)', async () => {
    const folder = join(work, 'csv-locked');
    mkdirSync(join(folder, 'report.csv', 'inside'), { recursive: true });
    const earlierPdf = Buffer.from('%PDF-1.7 earlier');
    const earlierJson = '{"earlier":true}\n';
    writeFileSync(join(folder, 'report.pdf'), earlierPdf);
    writeFileSync(join(folder, 'report.json'), earlierJson);
    const targets = { pdf: join(folder, 'report.pdf'), json: join(folder, 'report.json'), csv: join(folder, 'report.csv') };
    await expect(writeReportFiles(reportFixture(), targets, { csvDelimiter: ';' })).rejects.toThrow();
    expect(readFileSync(targets.pdf)).toEqual(earlierPdf);
    expect(readFileSync(targets.json, 'utf8')).toBe(earlierJson);
    expect(readdirSync(folder).sort()).toEqual(['report.csv', 'report.json', 'report.pdf']);
  });

  it('replaces earlier files and leaves nothing else beside them', async () => {
    const folder = join(work, 'replaced');
    mkdirSync(folder, { recursive: true });
    for (const name of ['report.pdf', 'report.json', 'report.csv']) writeFileSync(join(folder, name), 'earlier');
    const report = reportFixture();
    const targets = { pdf: join(folder, 'report.pdf'), json: join(folder, 'report.json'), csv: join(folder, 'report.csv') };
    const { jsonSha256 } = await writeReportFiles(report, targets, { csvDelimiter: ';' });
    expect(await sha256sum(targets.json)).toBe(jsonSha256);
    expect(readFileSync(targets.csv, 'utf8')).toBe(reportCsv(report, ';'));
    expect(squash(await pdfText(targets.pdf))).toContain(jsonSha256);
    expect(readdirSync(folder).sort()).toEqual(['report.csv', 'report.json', 'report.pdf']);
  });
});
