import type { IconName } from '../components/Icon.tsx';

/** Every page of the app, in sidebar order. `id` names its texts: `nav.<id>` and `pages.<id>.*`. */
export const PAGE_IDS = [
  'dashboard',
  'actions',
  'staff',
  'breaches',
  'passwords',
  'mfa',
  'walkthrough',
  'reports',
  'settings',
] as const;

export type PageId = (typeof PAGE_IDS)[number];

export interface NavEntry {
  id: PageId;
  /** Route path inside the hash: `#/staff` is path `/staff`. */
  path: string;
  icon: IconName;
}

export function pathOf(id: PageId): string {
  return id === 'dashboard' ? '/' : `/${id}`;
}

export const NAVIGATION: readonly NavEntry[] = PAGE_IDS.map((id) => ({ id, path: pathOf(id), icon: id }));

/** "Je pense être piratée": always in the sidebar, apart from the pages (HackedPage). */
export const HACKED_PATH = '/hacked';
