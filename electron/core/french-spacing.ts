// French typography for texts written with ordinary spaces: a narrow no-break space (U+202F)
// before : ; ? ! and inside « », so that the sign never starts a line of its own. Screens show it;
// the PDFs print it as a no-break space (report/pdf-format.ts, printable), which Roboto has.

export function frenchSpacing(text: string): string {
  return text
    .replace(/ ([:;?!])(?=\s|$)/gu, '\u202f$1')
    .replace(/« /gu, '«\u202f')
    .replace(/ »/gu, '\u202f»');
}

/** The same, through every string and every string-returning function of a texts object. */
export function withFrenchSpacing<T>(texts: T): T {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return frenchSpacing(value);
    if (typeof value === 'function') return (...args: unknown[]) => walk((value as (...given: unknown[]) => unknown)(...args));
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item)]));
    return value;
  };
  return walk(texts) as T;
}
