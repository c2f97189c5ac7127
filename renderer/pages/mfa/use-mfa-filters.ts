import { useCallback, useEffect, useRef, useState } from 'react';
import { SERVICE_IDS, type ServiceId } from '../../../electron/core/model/schemas/staff.ts';
import type { MfaMatrix, MfaMatrixRow } from '../../../electron/core/model/schemas/mfa-matrix.ts';
import { oneOf, useAddressFilters } from '../../app/use-address-filters.ts';
import { fold, matches } from '../staff/text-search.ts';

// The MFA page's filters, in the address like the Actions page's (`#/mfa?person=<id>&service=amelipro&q=dupont`):
// a person, a service, and words searched in names, roles and addresses.

/** How long typing pauses before the words go to the address. */
const ADDRESS_DELAY_MS = 250;

export interface MfaFilters {
  person: 'all' | string;
  service: ServiceId | 'all';
  q: string;
}

export function useMfaFilters(matrix: MfaMatrix | null): [MfaFilters, (change: Partial<MfaFilters>) => void] {
  const [params, setAddress] = useAddressFilters();
  // The words typed are the page's own state, written to the address once typing pauses: a write
  // per key would race the previous one (the router applies them as transitions) and lose letters.
  const [q, setQ] = useState(() => params.get('q') ?? '');
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(q);
  useEffect(() => () => clearTimeout(pending.current), []);
  const change = useCallback(
    (next: Partial<MfaFilters>) => {
      const { q: words, ...lists } = next;
      if (words !== undefined) {
        setQ(words);
        latest.current = words;
      }
      clearTimeout(pending.current);
      // A list chosen (or everything cleared) goes at once, with the words as they are now.
      if (Object.keys(lists).length > 0) setAddress({ ...lists, q: latest.current });
      else if (words !== undefined) pending.current = setTimeout(() => setAddress({ q: words }), ADDRESS_DELAY_MS);
    },
    [setAddress],
  );
  const person = params.get('person');
  const known = person !== null && (matrix === null || matrix.rows.some((row) => row.staffId === person));
  return [{ person: known ? person : 'all', service: oneOf(params.get('service'), ['all', ...SERVICE_IDS], 'all'), q }, change];
}

export function isFiltered(filters: MfaFilters): boolean {
  return filters.person !== 'all' || filters.service !== 'all' || filters.q.trim() !== '';
}

/** What the search looks in: the name, the role as shown, every address and service name of the row. */
export function rowHaystack(row: MfaMatrixRow, role: string, serviceName: (service: ServiceId) => string): string {
  return fold([row.firstName, row.lastName, role, ...row.cells.flatMap((cell) => [cell.identifier, serviceName(cell.service)])].join(' '));
}

/** The rows and services to show: a service filter keeps its column and the people who use it. */
export function filterMatrix(
  matrix: MfaMatrix,
  filters: MfaFilters,
  haystackOf: (row: MfaMatrixRow) => string,
): { rows: MfaMatrixRow[]; services: ServiceId[] } {
  const allServices = matrix.coverage.map((item) => item.service);
  const services = filters.service === 'all' ? allServices : allServices.filter((service) => service === filters.service);
  const rows = matrix.rows.filter(
    (row) =>
      (filters.person === 'all' || row.staffId === filters.person) &&
      (filters.service === 'all' || row.cells.some((cell) => cell.service === filters.service)) &&
      (filters.q.trim() === '' || matches(haystackOf(row), filters.q)),
  );
  return { rows, services };
}
