// The breach date as a secretary types it (12/03/2024, 12.03.2024, or 2024-03-12) → the engine's
// YYYY-MM-DD, or null when it is not a real calendar day.

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

export function parseBreachDate(raw: string): string | null {
  const text = raw.trim();
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(text);
  if (french) return iso(Number(french[3]), Number(french[2]), Number(french[1]));
  const isoText = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(text);
  if (isoText) return iso(Number(isoText[1]), Number(isoText[2]), Number(isoText[3]));
  return null;
}

/** A CSV column's label from the engine's `corpus-column-ambiguous` details. */
export interface OfferedColumn {
  index: number;
  header: string | null;
}

export function offeredColumns(details: Record<string, unknown> | undefined): OfferedColumn[] {
  try {
    const parsed: unknown = JSON.parse(String(details?.columns ?? '[]'));
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (column): column is OfferedColumn =>
        typeof column === 'object' && column !== null && Number.isInteger((column as OfferedColumn).index),
    );
  } catch {
    return [];
  }
}
