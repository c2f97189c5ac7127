/** The id of every page's h1, where focus lands after a navigation and the skip link leads. */
export const PAGE_TITLE_ID = 'page-title';

/** Move focus to the page's title so screen readers announce the new page. */
export function focusPageTitle(): boolean {
  const title = document.getElementById(PAGE_TITLE_ID);
  if (!title) return false;
  title.focus({ preventScroll: false });
  return true;
}
