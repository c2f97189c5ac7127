import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { loadPageTexts } from '../i18n/index.ts';

/**
 * A component whose code is loaded the first time it renders (a chunk of its own in the build),
 * for React.lazy from a named export: `lazyComponent(async () => (await import('./X.tsx')).X)`.
 * The pages' texts (renderer/i18n/messages.ts) come with it, fetched side by side: what the
 * window's first script leaves out is there before the component renders.
 * Render it under a <Suspense> whose fallback says it is loading (components/PageLoading.tsx).
 */
export function lazyComponent<Props extends object>(load: () => Promise<ComponentType<Props>>): LazyExoticComponent<ComponentType<Props>> {
  return lazy(async () => {
    const [component] = await Promise.all([load(), loadPageTexts()]);
    return { default: component };
  });
}
