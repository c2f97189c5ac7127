import { z } from 'zod';
import {
  DEFAULT_HIBP_BASE_URL,
  DEFAULT_PWNED_PASSWORDS_BASE_URL,
  type ServicesPatchSchema,
  type ServicesSettings,
} from '../model/schemas/services.ts';
import type { Store } from '../store/store.ts';
import { checkPwnedMirrorDir } from './pwned-mirror-dir.ts';

// Base URLs of the breach services, kept with the practice's data so that a practice group can
// point Hygie at its own mirror. The HIBP key is not here: it lives in the keychain.

const HIBP_KEY = 'services.hibpBaseUrl';
const PWNED_KEY = 'services.pwnedPasswordsBaseUrl';
const PWNED_MIRROR_DIR_KEY = 'services.pwnedPasswordsMirrorDir';

export function servicesSettings(store: Store, apiKey: string | null): ServicesSettings {
  return {
    hibpBaseUrl: store.settings.get(HIBP_KEY, DEFAULT_HIBP_BASE_URL),
    pwnedPasswordsBaseUrl: store.settings.get(PWNED_KEY, DEFAULT_PWNED_PASSWORDS_BASE_URL),
    pwnedPasswordsMirrorDir: store.settings.get<string | null>(PWNED_MIRROR_DIR_KEY, null),
    hibpApiKey: apiKey ? 'set' : 'not-set',
  };
}

export function updateServicesSettings(store: Store, patch: z.output<typeof ServicesPatchSchema>): void {
  // Checked before anything is written: a folder that is not a Pwned Passwords copy is refused.
  if (patch.pwnedPasswordsMirrorDir) checkPwnedMirrorDir(patch.pwnedPasswordsMirrorDir);
  store.transaction(() => {
    const before = servicesSettings(store, null);
    if (patch.hibpBaseUrl !== undefined) store.settings.set(HIBP_KEY, patch.hibpBaseUrl);
    if (patch.pwnedPasswordsBaseUrl !== undefined) store.settings.set(PWNED_KEY, patch.pwnedPasswordsBaseUrl);
    if (patch.pwnedPasswordsMirrorDir !== undefined) store.settings.set(PWNED_MIRROR_DIR_KEY, patch.pwnedPasswordsMirrorDir);
    const after = servicesSettings(store, null);
    store.audit.append('services.update', null, {
      hibpBaseUrl: before.hibpBaseUrl === after.hibpBaseUrl ? null : after.hibpBaseUrl,
      pwnedPasswordsBaseUrl: before.pwnedPasswordsBaseUrl === after.pwnedPasswordsBaseUrl ? null : after.pwnedPasswordsBaseUrl,
      ...(before.pwnedPasswordsMirrorDir === after.pwnedPasswordsMirrorDir
        ? {}
        : { pwnedPasswordsMirrorDir: after.pwnedPasswordsMirrorDir ?? '(none)' }),
    });
  });
}
