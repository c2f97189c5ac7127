import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

// A page's filters kept in the address (`#/actions?person=<id>&area=mfa`, `#/mfa?service=amelipro&q=dupont`):
// a link can open a filtered page, and going back restores it. Each page reads the values it knows
// and treats anything else (a person since removed, a made-up value) as "everything".

/** The value, when it is one of the options; else the fallback. */
export function oneOf<T extends string>(value: string | null, options: readonly T[], fallback: T): T {
  return value !== null && (options as readonly string[]).includes(value) ? (value as T) : fallback;
}

/**
 * The address's parameters, and a way to change some of them: the others stay, "all" or an empty
 * text removes a parameter, and the change replaces the history entry (typing does not flood it).
 */
export function useAddressFilters(): [URLSearchParams, (change: Readonly<Record<string, string | undefined>>) => void] {
  const [params, setParams] = useSearchParams();
  const change = useCallback(
    (next: Readonly<Record<string, string | undefined>>) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          for (const [key, value] of Object.entries(next)) {
            if (value === undefined) continue;
            if (value === 'all' || value === '') updated.delete(key);
            else updated.set(key, value);
          }
          return updated;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [params, change];
}
