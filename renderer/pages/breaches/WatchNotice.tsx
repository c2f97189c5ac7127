import { api } from '../../api/client.ts';
import { useLoad } from '../../app/use-load.ts';
import { NewBreachNotice } from './NewBreachNotice.tsx';

/** The watch's notice of a new breach (without a key), read on its own: the Breaches page hosts it with one line. */
export function WatchNotice() {
  const { state, set } = useLoad(api.watch.status);
  if (state.status !== 'ready') return null;
  return <NewBreachNotice status={state.value} onDismissed={set} />;
}
