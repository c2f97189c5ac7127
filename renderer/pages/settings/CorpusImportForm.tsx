import { useId, useState, type FormEvent } from 'react';
import { Button, FileTrigger, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CorpusImportResult } from '../../../electron/core/api/schemas/corpora.ts';
import { api, ApiFailure } from '../../api/client.ts';
import { toFailureText, type FailureText } from '../../api/failure-text.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { formatBytes } from '../../components/format.ts';
import { fileToBase64 } from '../staff/file-bytes.ts';
import { CorpusImportSummary } from './CorpusImportSummary.tsx';
import { offeredColumns, parseBreachDate, type OfferedColumn } from './corpus-date.ts';

/** What the file picker offers; another kind of file still goes to the engine, which explains. */
const ACCEPTED = ['.txt', '.csv', '.tsv', '.lst', 'text/plain', 'text/csv', 'text/tab-separated-values'];

interface CorpusImportFormProps {
  onImported(result: CorpusImportResult): void;
}

/**
 * "Import a list": a file, a name and a breach date. When several CSV columns could hold the
 * addresses, the engine refuses to guess and the form asks which one.
 */
export function CorpusImportForm({ onImported }: CorpusImportFormProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [date, setDate] = useState('');
  const [columns, setColumns] = useState<OfferedColumn[]>([]);
  const [column, setColumn] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FailureText | null>(null);
  const [fileMissing, setFileMissing] = useState(false);
  const [result, setResult] = useState<CorpusImportResult | null>(null);

  const chooseFile = (chosen: File) => {
    setFile(chosen);
    setFileMissing(false);
    setColumns([]);
    setColumn(null);
    setResult(null);
    setFailure(null);
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
    setBusy(true);
    setFailure(null);
    setResult(null);
    try {
      const imported = await api.corpora.import({
        fileName: file.name,
        contentBase64: await fileToBase64(file),
        name: name.trim(),
        breachDate,
        ...(column !== null ? { column: Number(column) } : {}),
      });
      setResult(imported);
      setFile(null);
      setName('');
      setDate('');
      setColumns([]);
      setColumn(null);
      onImported(imported);
    } catch (error) {
      if (error instanceof ApiFailure && error.code === 'corpus-column-ambiguous') {
        setColumns(offeredColumns(error.error.details));
      }
      setFailure(toFailureText(error));
    } finally {
      setBusy(false);
    }
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
          maxLength={120}
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
              setFailure(null);
            }}
            isRequired
            requiredMessage={t('sources.import.columnHint')}
          />
        ) : null}
        <div className="button-row">
          {/* The file is not a form field: say it is missing even when the browser stops the submit for another field. */}
          <Button type="submit" className="button button--primary" isPending={busy} onPress={() => setFileMissing(file === null)}>
            {busy ? t('sources.import.importing') : t('sources.import.submit')}
          </Button>
        </div>
      </Form>
      <div role="status" className="corpus-form__status">
        {result ? <CorpusImportSummary result={result} /> : null}
      </div>
      {failure ? <ErrorBanner error={failure} /> : null}
    </section>
  );
}
