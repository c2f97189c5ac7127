import type { SecretStore } from '../../store/secret-store.ts';
import type { Store } from '../../store/store.ts';
import { servicesSettings } from '../../settings/services-settings.ts';
import type { HibpMode } from './decide-mode.ts';

// The practice's HIBP account as one breach check uses it: the key (from the keychain, read once
// for the whole check), the API's base URL (a setting), and what the last check with it used —
// the mode and the plan's name, remembered so that the page can say whether addresses were sent
// and a check whose plan cannot be read keeps that mode instead of guessing.

export interface LastHibpMode {
  mode: HibpMode;
  plan: string | null;
  hibpBaseUrl: string;
  at: string;
}

export interface HibpAccount {
  /** null: no key saved; HIBP is not asked. */
  apiKey: string | null;
  baseUrl: string;
  /** The last check's mode and plan, whatever base URL it used (see previousModeOf). */
  remembered: LastHibpMode | null;
}

/** Where the last check's mode is remembered. */
const LAST_MODE_KEY = 'breach.lastHibpMode';

export function lastHibpMode(store: Store): LastHibpMode | null {
  return store.settings.get<LastHibpMode | null>(LAST_MODE_KEY, null);
}

/** One keychain read, one settings read: everything a check needs to know about the account. */
export async function readHibpAccount(secrets: SecretStore, store: Store): Promise<HibpAccount> {
  const apiKey = await secrets.get('hibp-api-key');
  return { apiKey, baseUrl: servicesSettings(store, apiKey).hibpBaseUrl, remembered: lastHibpMode(store) };
}

/** The mode the last check used, only if it asked the same HIBP (a mirror is another account). */
export function previousModeOf(account: HibpAccount): HibpMode | undefined {
  return account.remembered && account.remembered.hibpBaseUrl === account.baseUrl ? account.remembered.mode : undefined;
}

/**
 * Remembers the mode a check used. A mode kept from last time (the plan could not be read now)
 * keeps last time's plan name.
 */
export function rememberHibpMode(store: Store, account: HibpAccount, used: { mode: HibpMode; plan: string | null; planRead: boolean }, at: Date): void {
  const previous = account.remembered;
  const plan = used.planRead ? used.plan : previous?.mode === used.mode ? previous.plan : null;
  const remembered: LastHibpMode = { mode: used.mode, plan, hibpBaseUrl: account.baseUrl, at: at.toISOString() };
  store.settings.set(LAST_MODE_KEY, remembered);
}
