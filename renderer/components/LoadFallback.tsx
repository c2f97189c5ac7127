import type { FailureText } from '../api/failure-text.ts';
import { ErrorBanner } from './ErrorBanner.tsx';

interface LoadFallbackProps {
  /** A load not (yet) ready: still on its way, or failed. */
  state: { status: 'loading' } | { status: 'failed'; failure: FailureText };
  /** The sentence shown while it loads ("Loading the results…"). */
  loading: string;
  onRetry: () => void;
}

/** What stands in for a page's content until its data is there: a line while it loads, or the failure and a retry. */
export function LoadFallback({ state, loading, onRetry }: LoadFallbackProps) {
  if (state.status === 'failed') return <ErrorBanner error={state.failure} onRetry={onRetry} />;
  return (
    <p className="prose prose--muted" aria-busy="true">
      {loading}
    </p>
  );
}
