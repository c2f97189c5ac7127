import { useId, useState, type FormEvent } from 'react';
import { Button, FileTrigger, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CorpusImportInputSchema, type CorpusImportResult } from '../../../electron/core/model/schemas/corpora.ts';
import { ApiFailure } from '../../api/client.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { formatBytes } from '../../components/format.ts';
import { useAction } from '../../components/use-action.ts';
import { fileToBase64 } from '../staff/file-bytes.ts';
import { CorpusImportProgressView } from './CorpusImportProgressView.tsx';
import { CorpusImportSummary } from './CorpusImportSummary.tsx';
import { offeredColumns, parseBreachDate, type OfferedColumn } from './corpus-date.ts';
import { useCorpusImport, type CorpusImportEnd } from './use-corpus-import.ts';

/** What the file picker offers; another kind of file still goes to the engine, which explains. */
const ACCEPTED = ['.txt', '.csv', '.tsv', '.lst', 'text/plain', 'text/csv', 'text/tab-separated-values'];

interface CorpusImportFormProps {
  onImported(result: CorpusImportResult): void;
}

/**
 * "Import a list": a file, a name and a breach date. When several CSV columns could hold the
 * addresses, the engine refuses to guess and the form asks which one. The import runs as a job:
 * a progress bar with the time left and Cancel, then the summary.
 */
export function CorpusImportForm({ onImported }: CorpusImportFormProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [date, setDate] = useState('');
  const [columns, setColumns] = useState<OfferedColumn[]>([]);
  const [column, setColumn] = useState<string | null>(null);
  const startAction = useAction();
  const { busy: starting, failure } = startAction;
  const [fileMissing, setFileMissing] = useState(false);
  const [result, setResult] = useState<CorpusImportResult | null>(null);
  const [cancelled, setCancelled] = useState(false);

  const ended = (end: CorpusImportEnd) => {
    if (end.outcome === 'completed') {
      setResult(end.result);
      setFile(null);
      setName('');
      setDate('');
      setColumns([]);
      setColumn(null);
      onImported(end.result);
    } else if (end.outcome === 'cancelled') {
      setCancelled(true);
    } else {
      startAction.fail(end.failure);
    }
  };
  const importJob = useCorpusImport(ended);
  const busy = starting || importJob.progress !== null;

  const chooseFile = (chosen: File) => {
    setFile(chosen);
    setFileMissing(false);
    setColumns([]);
    setColumn(null);
    setResult(null);
    startAction.fail(null);
    setCancelled(false);
    // The file's name is a fair first guess at the breach's name.
    if (name.trim() === '') setName(chosen.name.replace(/\.[^.]+$/u, ''));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const breachDate = parseBreachDate(date);
    if (!file) {
      setFileMissing(true);
      return;
    }
    if (!breachDate || name.trim() === '') return;
    setResult(null);
    setCancelled(false);
    await startAction.run(
      async () =>
        importJob.start({
          fileName: file.name,
          contentBase64: await fileToBase64(file),
          name: name.trim(),
          breachDate,
          ...(column !== null ? { column: Number(column) } : {}),
        }),
      {
        failed: (error) => {
          // Several columns could hold the addresses: the form asks which one.
          if (error instanceof ApiFailure && error.code === 'corpus-column-ambiguous') {
            setColumns(offeredColumns(error.error.details));
          }
        },
      },
    );
  };

  const columnLabel = (offered: OfferedColumn) =>
    offered.header
      ? t('sources.import.columnLabelNamed', { number: offered.index + 1, header: offered.header })
      : t('sources.import.columnLabel', { number: offered.index + 1 });

  return (
    <section className="settings-subsection" aria-labelledby={headingId}>
      <div className="settings-subsection__head">
        <h3 id={headingId} className="settings-subsection__title">
          {t('sources.import.title')}
        </h3>
      </div>
      <p className="prose">{t('sources.import.explanation')}</p>
      <Form className="form-stack" onSubmit={(event) => void submit(event)}>
        <div className="form-field corpus-form__file">
          <span className="form-field__label" id={`${headingId}-file`}>
            {t('sources.import.file')}
          </span>
          <div className="inline-row">
            <FileTrigger
              acceptedFileTypes={ACCEPTED}
              onSelect={(files) => {
                const chosen = files?.[0];
                if (chosen) chooseFile(chosen);
              }}
            >
              <Button className="button button--secondary" isDisabled={busy} aria-describedby={`${headingId}-file-name`}>
                <Icon name="upload" />
                {file ? t('sources.import.chooseAgain') : t('sources.import.choose')}
              </Button>
            </FileTrigger>
            <span id={`${headingId}-file-name`} className="corpus-form__file-name">
              {file ? t('sources.import.chosen', { file: file.name, size: formatBytes(file.size, i18n.language) }) : t('sources.import.noFile')}
            </span>
          </div>
          {fileMissing ? (
            <p className="form-field__error" role="alert">
              {t('sources.import.fileRequired')}
            </p>
          ) : null}
        </div>
        <TextInputField
          name="corpusName"
          isRequired
          label={t('sources.import.name')}
          description={t('sources.import.nameHint')}
          value={name}
          onChange={setName}
          validate={(value) => (value.trim() === '' ? t('sources.import.nameRequired') : null)}
          maxLength={CorpusImportInputSchema.shape.name.maxLength ?? undefined}
        />
        <TextInputField
          name="breachDate"
          isRequired
          inputMode="numeric"
          label={t('sources.import.date')}
          description={t('sources.import.dateHint')}
          placeholder={i18n.language === 'en' ? 'DD/MM/YYYY' : 'JJ/MM/AAAA'}
          value={date}
          onChange={setDate}
          validate={(value) => (parseBreachDate(value) ? null : t('sources.import.dateInvalid'))}
          inputClassName="corpus-form__date"
        />
        {columns.length > 1 ? (
          <SelectField
            label={t('sources.import.column')}
            description={t('sources.import.columnHint')}
            options={columns.map((offered) => ({ id: String(offered.index), label: columnLabel(offered) }))}
            value={column}
            onChange={(value) => {
              setColumn(value);
              startAction.fail(null);
            }}
            isRequired
            requiredMessage={t('sources.import.columnHint')}
          />
        ) : null}
        {importJob.progress ? (
          <CorpusImportProgressView progress={importJob.progress} cancelling={importJob.cancelling} onCancel={() => void importJob.cancel()} />
        ) : null}
        {/* Stays mounted while the job runs: the pending announcement points at it. */}
        <div className="button-row">
          {/* The file is not a form field: say it is missing even when the browser stops the submit for another field. */}
          <Button
            type="submit"
            className="button button--primary"
            isPending={starting}
            isDisabled={importJob.progress !== null}
            onPress={() => setFileMissing(file === null)}
          >
            {busy ? t('sources.import.importing') : t('sources.import.submit')}
          </Button>
        </div>
      </Form>
      <div role="status" className="corpus-form__status">
        {result ? <CorpusImportSummary result={result} /> : null}
        {cancelled ? <p className="prose">{t('sources.import.cancelled')}</p> : null}
      </div>
      {failure ? <ErrorBanner error={failure} /> : null}
    </section>
  );
}
