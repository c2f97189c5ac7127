import type { TFunction } from 'i18next';
import type { ReportFileFormat } from '../../../electron/core/model/schemas/report.ts';

/** File formats are names, not words: the same in every language. */
export const FORMAT_NAMES: Record<Exclude<ReportFileFormat, 'summary'>, string> = { pdf: 'PDF', json: 'JSON', csv: 'CSV' };

/** A format's name as the page shows it: the summary is a word ("Résumé d’une page"), the others their names. */
export function formatName(t: TFunction, format: ReportFileFormat): string {
  return format === 'summary' ? t('reports.formats.summaryName') : FORMAT_NAMES[format];
}

/** The order files are listed in: what people print first, then the data. */
export const FORMAT_ORDER: readonly ReportFileFormat[] = ['summary', 'pdf', 'json', 'csv'];

/** "app:jdupont" → "jdupont (application)", "cli:jdupont" → "jdupont (command line)"; anything else as it is. */
export function generatedByText(t: TFunction, generatedBy: string): string {
  const [source, ...rest] = generatedBy.split(':');
  const name = rest.join(':');
  if (!name) return generatedBy;
  if (source === 'app') return t('reports.list.byApp', { name });
  if (source === 'cli') return t('reports.list.byCli', { name });
  return generatedBy;
}

/** The folder holding a file, from its path as the engine gave it (Windows or POSIX separators). */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : path;
}
