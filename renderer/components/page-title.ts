/** The id of every page's h1, where focus lands after a navigation and the skip link leads. */
export const PAGE_TITLE_ID = 'page-title';

/** Move focus to the page's title so screen readers announce the new page. */
export function focusPageTitle(): boolean {
  const title = document.getElementById(PAGE_TITLE_ID);
  if (!title) return false;
  title.focus({ preventScroll: false });
  return true;
}

/**
 * Focus the title now, or as soon as it appears (a page whose code is still loading): returns
 * what stops waiting, for an effect's cleanup. Gives up after `timeoutMs`.
 */
export function focusPageTitleOnceShown(timeoutMs = 10_000): () => void {
  if (focusPageTitle()) return () => {};
  const observer = new MutationObserver(() => {
    if (focusPageTitle()) stop();
  });
  const timer = setTimeout(stop, timeoutMs);
  function stop(): void {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}
