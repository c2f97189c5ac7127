import { randomUUID } from 'node:crypto';
import { dashboardSummary } from '../../report/dashboard-summary.ts';
import { reportJobItems, takeReportFailure, type ReportJobParams } from '../../report/report-job.ts';
import { fileStillThere, openableAs, withExists } from '../../report/report-location.ts';
import { REPORT_JOB_KIND } from '../../model/job-kinds.ts';
import type { StoreHost } from '../../store/store-host.ts';
import { HygieError } from '../../model/hygie-error.ts';
import type { ReportFileFormat, ReportRecord } from '../../model/schemas/report.ts';
import { desktopOf, type AreaHandlers, type HandlerContext } from './context.ts';

// The dashboard and the Reports page. A report is built from the store, written as PDF, JSON and
// CSV into its own folder under the data folder's reports/, and recorded (with the JSON's hash)
// in the store. The renderer names a report by id and a format, never by path: the paths come
// from the store, so a page cannot ask the desktop to open anything else. The store also holds
// the paths `hygie report` was given, so a file is only opened if it is a regular file with its
// format's extension (see openableAs).

/** Whether an HIBP key is saved: the report explains "not checked" differently without one. */
export async function hibpKeySet(host: StoreHost): Promise<boolean> {
  return (await host.secrets.get('hibp-api-key')) !== null;
}

/** The path of the report's file in that format, once it is known to be safe to hand to the desktop. */
function openablePath(record: ReportRecord, format: ReportFileFormat): string {
  const file = record.files.find((entry) => entry.format === format);
  if (!file) throw new HygieError('report-file-missing', { format });
  const state = openableAs(file.path, format);
  if (state === 'missing') throw new HygieError('report-file-missing', { format, path: file.path });
  if (state === 'not-a-report') throw new HygieError('report-file-not-a-report', { format, path: file.path });
  return file.path;
}

export function reportHandlers(context: HandlerContext): AreaHandlers<'dashboard' | 'reports'> {
  const { host, environment, csvDelimiter, jobs } = context;
  const hygieVersion = environment.appInfo.version;

  const recordOf = (reportId: string) =>
    host.use((store) => {
      const stored = store.reports.get(reportId);
      if (!stored) throw new HygieError('report-not-found', { reportId });
      return withExists(stored);
    });

  return {
    'dashboard.summary': ({ language }) =>
      host.use(async (store) =>
        dashboardSummary(store, { language, now: new Date(), hibpKeySet: await hibpKeySet(host), generatedBy: store.actor, hygieVersion }),
      ),

    // A job (report/report-job.ts): its progress comes as job events and Cancel is jobs.cancel; the
    // call answers once the job ends, with the report recorded, or why there is none.
    'reports.generate': async ({ language, anonymise, responsible, referent, preparedBy, nextReview }) => {
      const params: ReportJobParams = {
        reportId: randomUUID(),
        language,
        // The contract's default (false) is applied by the router; the type is the input's.
        anonymise: anonymise ?? false,
        at: new Date().toISOString(),
        hygieVersion,
        hibpKeySet: await hibpKeySet(host),
        csvDelimiter,
        // Who signs and prepared it, as typed (issue 18): the report prints these, never the login.
        signers: {
          ...(responsible ? { responsible } : {}),
          ...(referent ? { referent } : {}),
          ...(preparedBy ? { preparedBy } : {}),
          ...(nextReview ? { nextReview } : {}),
        },
      };
      const job = await host.use((store) => jobs.start(store, REPORT_JOB_KIND, params, reportJobItems(params)));
      const end = await jobs.finished(job.id);
      if (end === 'completed') return recordOf(params.reportId);
      const failure = takeReportFailure(params.reportId);
      if (end === 'cancelled') throw new HygieError('report-cancelled', { reportId: params.reportId });
      if (end === 'interrupted' || failure === undefined) throw new HygieError('report-interrupted', { reportId: params.reportId, end });
      throw failure;
    },

    'reports.list': () => host.use((store) => store.reports.list().map((stored) => withExists(stored))),

    'reports.open': async ({ reportId, format }) => {
      const desktop = desktopOf(context);
      const path = openablePath(await recordOf(reportId), format);
      const problem = await desktop.openPath(path);
      // Electron answers '' once the file is handed over, else why not (no application for .csv…).
      if (problem !== '') throw new HygieError('report-open-failed', { format, reason: problem.slice(0, 200) });
      return { opened: true as const };
    },

    'reports.reveal': async ({ reportId }) => {
      const desktop = desktopOf(context);
      const record = await recordOf(reportId);
      // The PDF is what people look for (the full one, then the summary); any file left shows the folder.
      const rank = (format: string) => (format === 'pdf' ? 0 : format === 'summary' ? 1 : 2);
      const file = [...record.files].sort((a, b) => rank(a.format) - rank(b.format)).find((entry) => fileStillThere(entry.path));
      if (!file) throw new HygieError('report-file-missing', { format: 'pdf' });
      desktop.showItemInFolder(file.path);
      return { revealed: true as const };
    },
  };
}
