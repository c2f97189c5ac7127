import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MfaMatrix } from '../../electron/core/model/schemas/mfa-matrix.ts';
import type { DashboardSummary, Report, ReportRecord } from '../../electron/core/model/schemas/report.ts';
import { closeAllCores, openCore, PRACTICE, type Core } from '../support/core.ts';
import { recordingDesktop } from '../support/recording-desktop.ts';
import { pdfText, sha256sum } from '../support/report-checks.ts';

// The Reports page's calls on the real encrypted store: a report is written as PDF, JSON and CSV
// into its own folder under the data folder, recorded with the hash of the JSON on disk, listed
// with whether each file is still there, and opened or shown in its folder through the desktop
// (a recording stand-in for Electron's shell) by id and format only.

const desktop = recordingDesktop();
let core: Core;

beforeAll(async () => {
  core = openCore({ desktop, logger: { error: (message, error) => console.error(message, error) } });
  await core.call('practice.save', PRACTICE);
  await core.call('staff.create', {
    firstName: 'Hélène',
    lastName: 'Lefèvre',
    role: 'secretary',
    roleLabel: null,
    emails: ['helene.lefevre@cabinet-dupont.fr'],
    services: ['amelipro'],
  });
  const matrix = await core.call<MfaMatrix>('mfa.matrix');
  const mailbox = matrix.rows[0]!.cells.find((cell) => cell.service === 'mailbox')!;
  await core.call('mfa.declare', { accountId: mailbox.accountId, status: 'app' });
});

afterAll(closeAllCores);

const fileOf = (record: ReportRecord, format: ReportRecord['files'][number]['format']) => record.files.find((file) => file.format === format)!;

async function generated(language: 'fr' | 'en', anonymise = false): Promise<ReportRecord> {
  return core.call<ReportRecord>('reports.generate', { language, anonymise });
}

describe('reports.generate and reports.list', () => {
  it('writes PDF, JSON and CSV into a dated folder of their own, and records the hash of the JSON on disk', async () => {
    const record = await generated('fr');
    expect(record.files.map((file) => file.format).sort()).toEqual(['csv', 'json', 'pdf', 'summary']);
    expect(record.files.every((file) => file.exists && file.bytes > 0)).toBe(true);

    const pdf = fileOf(record, 'pdf').path;
    const folder = relative(core.dataDir, dirname(pdf)).split(sep).join('/');
    const [, day] = new RegExp(`^reports/(\\d{4}-\\d{2}-\\d{2})_\\d{6}-${record.id.slice(0, 8)}$`, 'u').exec(folder) ?? [];
    expect(day, folder).toBeDefined();
    expect(record.files.map((file) => basename(file.path)).sort()).toEqual([`hygie-rapport-${day}-resume.pdf`, `hygie-rapport-${day}.csv`, `hygie-rapport-${day}.json`, `hygie-rapport-${day}.pdf`]);

    // The hash recorded is the JSON file's, and it is the one the PDF prints.
    const json = fileOf(record, 'json').path;
    expect(await sha256sum(json)).toBe(record.jsonSha256);
    const text = await pdfText(pdf, { layout: true });
    expect(text).toContain(record.jsonSha256);
    expect(text).toContain('Cabinet Dupont');
    expect(text).toContain('Hélène Lefèvre');

    const report = JSON.parse(readFileSync(json, 'utf8')) as Report;
    expect(report).toMatchObject({ reportId: record.id, language: 'fr', anonymised: false, origin: 'store', generatedBy: 'Dr Jeanne Dupont' });
    expect(record).toMatchObject({ generatedBy: 'test:secretariat', language: 'fr', policy: 'cnil-2022', anonymised: false, score: report.score.value });

    const listed = await core.call<ReportRecord[]>('reports.list');
    expect(listed[0]).toEqual(record);
  });

  it('names the files in English for an English report, lists the newest first, and marks an anonymised one', async () => {
    const before = await core.call<ReportRecord[]>('reports.list');
    const record = await generated('en', true);
    expect(basename(fileOf(record, 'pdf').path)).toMatch(/^hygie-report-\d{4}-\d{2}-\d{2}\.pdf$/u);
    expect(record).toMatchObject({ language: 'en', anonymised: true });
    const text = await pdfText(fileOf(record, 'pdf').path, { layout: true });
    expect(text).not.toContain('Lefèvre');
    expect(text).toContain('H. L.');
    const listed = await core.call<ReportRecord[]>('reports.list');
    expect(listed.map((entry) => entry.id)).toEqual([record.id, ...before.map((entry) => entry.id)]);
  });

  it("separates the CSV with the region's list separator, not the report's language (issue 14)", async () => {
    const firstLine = async (systemLocale: string, language: 'fr' | 'en') => {
      const regional = openCore({ dataDir: core.dataDir, secrets: core.secrets, systemLocale });
      const record = await regional.call<ReportRecord>('reports.generate', { language });
      regional.close();
      return readFileSync(fileOf(record, 'csv').path, 'utf8').split('\r\n')[0]!;
    };
    expect(await firstLine('en-FR', 'en')).toMatch(/^\uFEFFPerson ref\.;Person;Role;/u);
    expect(await firstLine('en-US', 'fr')).toMatch(/^\uFEFFRéf\. personne,Personne,Fonction,/u);
  });

  it('records nothing and says why when the files cannot be written', async () => {
    const blocked = openCore({ logger: { error: (message, error) => console.error(message, error) } });
    await blocked.call('practice.save', PRACTICE);
    // A file where the reports folder should be: no folder can be made under it.
    writeFileSync(join(blocked.dataDir, 'reports'), '');
    await expect(blocked.call('reports.generate', { language: 'fr' })).rejects.toMatchObject({ code: 'report-write-failed' });
    expect(await blocked.call('reports.list')).toEqual([]);
  });
});

describe('dashboard.summary', () => {
  it("gives today's score, recorded in the history, and the last report generated", async () => {
    const summary = await core.call<DashboardSummary>('dashboard.summary', { language: 'fr' });
    const [newest] = await core.call<ReportRecord[]>('reports.list');
    expect(summary.lastReport).toEqual(newest);
    expect(summary.score.value).not.toBeNull();
    expect(summary.history.at(-1)!.score).toBe(summary.score.value);
  });
});

describe('reports.open and reports.reveal', () => {
  it('hand the desktop the path the store recorded for that report and format', async () => {
    const record = await generated('fr');
    await core.call('reports.open', { reportId: record.id, format: 'pdf' });
    await core.call('reports.open', { reportId: record.id, format: 'csv' });
    await core.call('reports.reveal', { reportId: record.id });
    expect(desktop.opened.slice(-2)).toEqual([fileOf(record, 'pdf').path, fileOf(record, 'csv').path]);
    expect(desktop.revealed.at(-1)).toBe(fileOf(record, 'pdf').path);
  });

  it('say a file is gone rather than open nothing, and still show the folder while a file is left', async () => {
    const record = await generated('fr');
    rmSync(fileOf(record, 'csv').path);
    const listed = (await core.call<ReportRecord[]>('reports.list')).find((entry) => entry.id === record.id)!;
    expect(listed.files.map((file) => [file.format, file.exists])).toEqual(expect.arrayContaining([['csv', false], ['pdf', true], ['json', true]]));

    const opened = desktop.opened.length;
    await expect(core.call('reports.open', { reportId: record.id, format: 'csv' })).rejects.toMatchObject({ code: 'report-file-missing' });
    expect(desktop.opened).toHaveLength(opened);

    rmSync(fileOf(record, 'pdf').path);
    await core.call('reports.reveal', { reportId: record.id });
    expect(desktop.revealed.at(-1)).toBe(fileOf(record, 'summary').path);
    rmSync(fileOf(record, 'summary').path);
    await core.call('reports.reveal', { reportId: record.id });
    expect(desktop.revealed.at(-1)).toBe(fileOf(record, 'json').path);
    rmSync(fileOf(record, 'json').path);
    await expect(core.call('reports.reveal', { reportId: record.id })).rejects.toMatchObject({ code: 'report-file-missing' });
  });

  it('open only a regular file with its format’s extension, whatever path the command line recorded', async () => {
    const model = await generated('fr');
    // What `hygie report --pdf x.desktop …` could have recorded, or what sits there since.
    const folder = join(core.dataDir, 'chosen-by-hand');
    mkdirSync(join(folder, 'report.json'), { recursive: true });
    writeFileSync(join(folder, 'launcher.desktop'), '[Desktop Entry]\nExec=sh -c true\n');
    writeFileSync(join(folder, 'REPORT.PDF'), readFileSync(fileOf(model, 'pdf').path));
    const record = (files: { format: 'pdf' | 'json' | 'csv'; path: string }[]) =>
      core.host.use((store) =>
        store.reports.record({ ...model, id: `${model.id.slice(0, -4)}${String(files.length).padStart(4, '0')}`, files: files.map((file) => ({ ...file, bytes: 1 })) }),
      );
    await record([
      { format: 'pdf', path: join(folder, 'launcher.desktop') },
      { format: 'json', path: join(folder, 'report.json') },
    ]);
    const refused = (await core.call<ReportRecord[]>('reports.list')).find((entry) => entry.id.endsWith('0002'))!;
    const opened = desktop.opened.length;
    for (const format of ['pdf', 'json'] as const) {
      await expect(core.call('reports.open', { reportId: refused.id, format }), format).rejects.toMatchObject({ code: 'report-file-not-a-report' });
    }
    expect(desktop.opened).toHaveLength(opened);

    // The extension is compared whatever its case: a ".PDF" the user chose opens.
    await record([{ format: 'pdf', path: join(folder, 'REPORT.PDF') }]);
    const upper = (await core.call<ReportRecord[]>('reports.list')).find((entry) => entry.id.endsWith('0001'))!;
    await core.call('reports.open', { reportId: upper.id, format: 'pdf' });
    expect(desktop.opened.at(-1)).toBe(join(folder, 'REPORT.PDF'));
  });

  it('open no symbolic link, even one named like a report', async (context) => {
    const model = await generated('fr');
    const folder = join(core.dataDir, 'linked-by-hand');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'launcher.desktop'), '[Desktop Entry]\nExec=sh -c true\n');
    try {
      symlinkSync(join(folder, 'launcher.desktop'), join(folder, 'report.csv'));
    } catch (error) {
      // Windows makes a file symlink only in Developer Mode or as administrator.
      if (process.platform === 'win32' && (error as NodeJS.ErrnoException).code === 'EPERM') {
        context.skip('skipped: Windows refuses to create a symbolic link without Developer Mode or administrator rights');
      }
      throw error;
    }
    await core.host.use((store) =>
      store.reports.record({ ...model, id: `${model.id.slice(0, -4)}9999`, files: [{ format: 'csv', path: join(folder, 'report.csv'), bytes: 1 }] }),
    );
    const opened = desktop.opened.length;
    await expect(core.call('reports.open', { reportId: `${model.id.slice(0, -4)}9999`, format: 'csv' })).rejects.toMatchObject({ code: 'report-file-not-a-report' });
    expect(desktop.opened).toHaveLength(opened);
  });

  it('refuse an unknown report, and pass on why the system could not open a file', async () => {
    await expect(core.call('reports.open', { reportId: 'no-such-report', format: 'pdf' })).rejects.toMatchObject({ code: 'report-not-found' });
    await expect(core.call('reports.reveal', { reportId: 'no-such-report' })).rejects.toMatchObject({ code: 'report-not-found' });
    const withJson = (await core.call<ReportRecord[]>('reports.list')).find((entry) => entry.files.some((file) => file.format === 'json' && file.exists))!;
    desktop.openError = 'No application is registered as handling this file';
    try {
      await expect(core.call('reports.open', { reportId: withJson.id, format: 'json' })).rejects.toMatchObject({
        code: 'report-open-failed',
        details: { reason: 'No application is registered as handling this file' },
      });
    } finally {
      desktop.openError = '';
    }
  });

  it('say the desktop is needed where there is none (the CLI, a script)', async () => {
    const [newest] = await core.call<ReportRecord[]>('reports.list');
    const headless = openCore({ dataDir: core.dataDir, secrets: core.secrets });
    await expect(headless.call('reports.open', { reportId: newest!.id, format: 'pdf' })).rejects.toMatchObject({ code: 'desktop-unavailable' });
    await expect(headless.call('reports.reveal', { reportId: newest!.id })).rejects.toMatchObject({ code: 'desktop-unavailable' });
  });
});

describe('reports.generate as a job (issue 19)', () => {
  const reportJob = async () => {
    for (;;) {
      const running = core.jobs.active().find((job) => job.kind === 'report-generate');
      if (running) return running;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  };

  it('runs as a job the page can follow while other calls answer, and Cancel leaves no file and no record', async () => {
    const before = await core.call<ReportRecord[]>('reports.list');
    const folders = () => (existsSync(join(core.dataDir, 'reports')) ? readdirSync(join(core.dataDir, 'reports')) : []);
    const foldersBefore = folders();
    const generating = generated('fr').then(
      () => null,
      (error: unknown) => error,
    );
    const job = await reportJob();
    // The main thread is free: another call answers while the report is made.
    expect(await core.call<ReportRecord[]>('reports.list')).toHaveLength(before.length);
    expect(await core.call<{ cancelled: boolean }>('jobs.cancel', { jobId: job.jobId })).toEqual({ cancelled: true });
    expect(await generating).toMatchObject({ code: 'report-cancelled' });
    expect(await core.call<ReportRecord[]>('reports.list')).toHaveLength(before.length);
    expect(folders()).toEqual(foldersBefore);
  });
});
