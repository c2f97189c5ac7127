import { useTranslation } from 'react-i18next';
import type { DirectoryImportSummary } from '../../../electron/core/model/schemas/directory.ts';
import { formatShortDateTime } from '../../components/format.ts';

/** "Last import on …: 3 people found, 1 status updated, 2 addresses without a match", each count in its own plural. */
export function DirectoryLastImport({ summary }: { summary: DirectoryImportSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <p className="prose prose--muted">
      {t('directory.lastImport', {
        date: formatShortDateTime(summary.at, i18n.language),
        matched: t('directory.lastImportCounts.matched', { count: summary.matched }),
        updated: t('directory.lastImportCounts.updated', { count: summary.updated }),
        unmatched: t('directory.lastImportCounts.unmatched', { count: summary.unmatched }),
      })}
    </p>
  );
}
