import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A component whose code is loaded the first time it renders (a chunk of its own in the build),
 * for React.lazy from a named export: `lazyComponent(async () => (await import('./X.tsx')).X)`.
 * Render it under a <Suspense> whose fallback says it is loading (components/PageLoading.tsx).
 */
export function lazyComponent<Props extends object>(load: () => Promise<ComponentType<Props>>): LazyExoticComponent<ComponentType<Props>> {
  return lazy(async () => ({ default: await load() }));
}
