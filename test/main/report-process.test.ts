import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronReportProcess } from '../../electron/main/report-process.ts';
import { generateReport, type GenerateReportOptions } from '../../electron/core/report/generate-report.ts';
import { reportWorkerFile } from '../../electron/core/report/report-process.ts';
import { placeReportFiles } from '../../electron/core/report/write-report-files.ts';
import { openStore, type Store } from '../../electron/core/store/store.ts';
import { createFakeElectron, FakeUtilityProcess } from '../support/fake-electron.ts';
import { forgetTestSecrets, testSecrets } from '../support/keychain.ts';
import { seedPractice } from '../support/practice-seed.ts';
import { sha256sum } from '../support/report-checks.ts';

// The desktop app's report process: Electron's utility process, handed to the core by the main
// process. The fake Electron's utilityProcess forks Node with process.parentPort as Electron's, so
// the report process takes the path it takes in the app.

let dataDir: string;
let store: Store;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'hygie-report-process-'));
  store = await openStore({ dataDir, secrets: testSecrets(), actor: 'test' });
  seedPractice(store, 30);
}, 120_000);

afterAll(async () => {
  store.close();
  rmSync(dataDir, { recursive: true, force: true });
  await forgetTestSecrets();
});

const options = (extra: Partial<GenerateReportOptions>): GenerateReportOptions => ({
  language: 'en',
  anonymise: false,
  now: new Date(),
  hygieVersion: '0.0.0-test',
  hibpKeySet: true,
  formats: ['pdf', 'json', 'csv'],
  csvDelimiter: ',',
  ...extra,
});
const targets = (folder: string) => ({ pdf: join(folder, 'r.pdf'), json: join(folder, 'r.json'), csv: join(folder, 'r.csv') });

describe('electronReportProcess', () => {
  it("makes the report in a utility process named for it, through Electron's parentPort", async () => {
    const fake = createFakeElectron();
    const folder = join(dataDir, 'made');
    const stages = new Set<string>();
    const { report, written } = await generateReport(
      store,
      options({ launch: electronReportProcess(fake.electron.utilityProcess), onProgress: (progress) => void stages.add(progress.stage) }),
      (rendered) => placeReportFiles(rendered, targets(folder)),
    );
    expect(fake.electron.utilityProcess.fork).toHaveBeenCalledTimes(1);
    expect(fake.electron.utilityProcess.fork).toHaveBeenCalledWith(reportWorkerFile(), [], expect.objectContaining({ serviceName: 'Hygie report' }));
    expect(report.people).toBe(30);
    expect(await sha256sum(join(folder, 'r.json'))).toBe(written.jsonSha256);
    expect(readdirSync(folder).sort()).toEqual(['r.csv', 'r.json', 'r.pdf']);
    expect([...stages]).toEqual(['reading', 'building', 'drawing', 'writing']);
  }, 120_000);

  it('gives report-process-failed, not a wait, when the utility process dies', async () => {
    const fake = createFakeElectron();
    const folder = join(dataDir, 'died');
    let child: FakeUtilityProcess | undefined;
    const fork = fake.electron.utilityProcess.fork;
    const launch = electronReportProcess({
      fork: (...args: Parameters<typeof fork>) => (child = fork(...args)),
    } as unknown as Parameters<typeof electronReportProcess>[0]);
    const generating = generateReport(
      store,
      options({
        launch,
        onProgress: (progress) => {
          if (progress.stage === 'building') child?.kill();
        },
      }),
      (rendered) => placeReportFiles(rendered, targets(folder)),
    );
    await expect(generating).rejects.toMatchObject({ code: 'report-process-failed' });
    expect(() => readdirSync(folder)).toThrow(/ENOENT/u);
  }, 120_000);
});
