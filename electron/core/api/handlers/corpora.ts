import { corpusImportResult, dropPlannedImport, planCorpusImport, type CorpusImportParams } from '../../breach/local-corpus-job.ts';
import { CORPUS_IMPORT_JOB_KIND } from '../../model/job-kinds.ts';
import { HygieError } from '../../model/hygie-error.ts';
import type { AreaHandlers, HandlerContext } from './context.ts';

// Local breach corpora. Importing one is a job: corpora.import checks the file and returns a job
// id at once; progress comes as job events; corpora.importResult gives the summary once it is done.

export function corporaHandlers({ host, jobs }: HandlerContext): AreaHandlers<'corpora'> {
  return {
    'corpora.list': () => host.use((store) => store.corpora.list()),
    'corpora.import': (input) =>
      host.use((store) => {
        const planned = planCorpusImport(store, {
          bytes: Buffer.from(input.contentBase64, 'base64'),
          fileName: input.fileName,
          name: input.name,
          breachDate: input.breachDate,
          ...(input.column !== undefined ? { column: input.column } : {}),
          today: new Date(),
        });
        try {
          const job = jobs.start(store, CORPUS_IMPORT_JOB_KIND, planned.params, planned.items);
          return { jobId: job.id, lines: planned.lines };
        } catch (error) {
          dropPlannedImport(planned.params.corpusId);
          throw error;
        }
      }),
    'corpora.importResult': ({ jobId }) =>
      host.use((store) => {
        const job = store.jobs.get(jobId);
        if (!job || job.kind !== CORPUS_IMPORT_JOB_KIND) throw new HygieError('job-not-found', { jobId });
        const result = job.state === 'completed' ? corpusImportResult((job.params as CorpusImportParams).corpusId) : null;
        if (!result) throw new HygieError('corpus-import-no-result', { state: job.state });
        return result;
      }),
    'corpora.remove': ({ id }) =>
      host.use((store) => {
        store.corpora.remove(id);
        return { removed: true as const };
      }),
  };
}
