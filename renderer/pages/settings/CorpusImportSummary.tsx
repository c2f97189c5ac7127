import { useTranslation } from 'react-i18next';
import type { CorpusImportResult } from '../../../electron/core/model/schemas/corpora.ts';
import { Icon } from '../../components/Icon.tsx';

/** Lines shown per reason before "and N more": enough to find them in the file. */
const LINES_SHOWN = 20;

/** What the import did: addresses kept, repeats, the column read, and each line refused by number. */
export function CorpusImportSummary({ result }: { result: CorpusImportResult }) {
  const { t } = useTranslation();
  const byIssue = new Map<string, number[]>();
  for (const rejected of result.rejected) {
    const lines = byIssue.get(rejected.issue) ?? [];
    lines.push(rejected.line);
    byIssue.set(rejected.issue, lines);
  }
  const column = result.column
    ? result.column.header
      ? t('sources.import.columnLabelNamed', { number: result.column.index + 1, header: result.column.header })
      : t('sources.import.columnLabel', { number: result.column.index + 1 })
    : null;
  return (
    <div className="corpus-summary">
      <p className="corpus-summary__done">
        <Icon name="check" />
        <span>{t('sources.import.done', { name: result.corpus.name, count: result.imported })}</span>
      </p>
      {column ? <p className="prose prose--muted">{t('sources.import.columnUsed', { column })}</p> : null}
      {result.duplicates > 0 ? <p className="prose prose--muted">{t('sources.import.duplicates', { count: result.duplicates })}</p> : null}
      {result.rejectedTotal > 0 ? (
        <div className="corpus-summary__rejected">
          <p className="prose">
            <Icon name="warning" className="corpus-summary__warning" />
            {t('sources.import.rejected', { count: result.rejectedTotal })}
          </p>
          <ul>
            {[...byIssue].map(([issue, lines]) => {
              const shown = lines.slice(0, LINES_SHOWN).join(', ');
              const more = lines.length - LINES_SHOWN;
              return (
                <li key={issue}>
                  {t(`sources.import.issues.${issue as 'invalid-entry' | 'empty-cell'}`)} —{' '}
                  {t('sources.import.rejectedLines', { count: lines.length, lines: shown })}
                  {more > 0 ? ` ${t('sources.import.rejectedMore', { count: more })}` : null}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
