import { ACTION_AREAS, type ActionArea, type ActionItem, type ActionList, type ActionToCheck } from '../../../electron/core/model/schemas/actions.ts';
import { oneOf, useAddressFilters } from '../../app/use-address-filters.ts';

// The Actions page's filters live in the address (`#/actions?person=<id>&area=mfa&show=to-check`,
// app/use-address-filters.ts): the dashboard links straight to a filtered list.

export const SHOW_OPTIONS = ['all', 'found', 'to-check'] as const;
export type Show = (typeof SHOW_OPTIONS)[number];

/** Everyone, the practice itself (its domain), or one person's store id. */
export type PersonFilter = 'all' | 'practice' | string;

export interface ActionFilters {
  person: PersonFilter;
  area: ActionArea | 'all';
  show: Show;
}

/** The filters in the address, and a way to change one (the others stay; history is not flooded). */
export function useActionFilters(list: ActionList | null): [ActionFilters, (change: Partial<ActionFilters>) => void] {
  const [params, change] = useAddressFilters();
  const person = params.get('person');
  const known = person === 'practice' || (person !== null && (list === null || list.people.some((entry) => entry.id === person)));
  const filters: ActionFilters = {
    person: known ? person! : 'all',
    area: oneOf(params.get('area'), ['all', ...ACTION_AREAS], 'all'),
    show: oneOf(params.get('show'), SHOW_OPTIONS, 'all'),
  };
  return [filters, change];
}

function matches(item: { person: { id: string } | null; area: ActionArea }, filters: ActionFilters): boolean {
  if (filters.area !== 'all' && item.area !== filters.area) return false;
  if (filters.person === 'all') return true;
  if (filters.person === 'practice') return item.person === null;
  return item.person?.id === filters.person;
}

export function filterActions(actions: readonly ActionItem[], filters: ActionFilters): ActionItem[] {
  return filters.show === 'to-check' ? [] : actions.filter((item) => matches(item, filters));
}

export function filterToCheck(items: readonly ActionToCheck[], filters: ActionFilters): ActionToCheck[] {
  return filters.show === 'found' ? [] : items.filter((item) => matches(item, filters));
}

export function isFiltered(filters: ActionFilters): boolean {
  return filters.person !== 'all' || filters.area !== 'all' || filters.show !== 'all';
}
