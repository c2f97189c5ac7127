import { contextExclusion, contextWords } from '../../password/context-words.ts';
import { generatePassphrase } from '../../password/passphrase.ts';
import { warmUpStrength } from '../../password/strength.ts';
import { assessForTarget, checkAccountPassword, declareAccountPassword, passwordContext, passwordResults, type PwnedCheckOptions } from '../../password/password-check.ts';
import { PasswordSittings, type SittingOptions } from '../../password/sitting.ts';
import { HygieError } from '../../model/hygie-error.ts';
import { PASSPHRASE_DEFAULT_WORDS } from '../../model/schemas/password.ts';
import type { AreaHandlers, HandlerContext } from './context.ts';

// The password audit's calls. The sittings (the in-memory keys that find reuse) belong to the
// core: createCore builds them once, passes them here, and ends them all when it closes.

/** Tuning for tests: a virtual clock for the sittings, short pwned timeouts. */
export interface PasswordCoreOptions {
  sitting?: SittingOptions;
  pwned?: PwnedCheckOptions;
}

export interface PasswordHandlerDeps {
  sittings: PasswordSittings;
  pwned?: PwnedCheckOptions | undefined;
}

export function passwordHandlers({ host, userAgent }: HandlerContext, { sittings, pwned }: PasswordHandlerDeps): AreaHandlers<'password'> {
  return {
    'password.assess': (input) => host.use((store) => assessForTarget(store, { ...input, lockout: input.lockout ?? false })),
    'password.beginSitting': ({ staffId }) =>
      host.use((store) => {
        if (!store.staff.get(staffId)) throw new HygieError('staff-not-found');
        // The person is at the desk: build the dictionaries now (~0.2 s, once) rather than on
        // their first keystroke.
        setImmediate(warmUpStrength);
        return sittings.begin(staffId);
      }),
    'password.endSitting': ({ sittingId }) => ({ ended: sittings.end(sittingId) }),
    'password.check': (input) =>
      host.use((store) =>
        checkAccountPassword(store, { ...input, lockout: input.lockout ?? false }, { sittings, userAgent, ...(pwned ? { pwned } : {}) }),
      ),
    'password.cancelCheck': ({ sittingId, accountId }) => {
      sittings.cancelChecks(sittingId, accountId);
      return { cancelled: true };
    },
    'password.declare': (input) => host.use((store) => declareAccountPassword(store, input)),
    'password.results': () => host.use((store) => passwordResults(store)),
    'password.generate': ({ lang, words, staffId }) =>
      host.use((store) => {
        // Never propose what Hygie would then refuse: the words of the practice and of the person
        // (as password.assess sees them) are left out of the draw.
        const person = staffId ? store.staff.get(staffId) : null;
        if (staffId && !person) throw new HygieError('staff-not-found');
        const exclude = contextExclusion(contextWords(passwordContext(store, person ?? null)));
        return generatePassphrase(lang, words ?? PASSPHRASE_DEFAULT_WORDS, undefined, exclude);
      }),
  };
}

export function createPasswordSittings(options: PasswordCoreOptions = {}): PasswordSittings {
  return new PasswordSittings(options.sitting);
}
