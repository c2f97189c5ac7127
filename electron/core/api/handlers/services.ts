import { readHibpAccount } from '../../breach/hibp/hibp-account.ts';
import { checkSubscription } from '../../breach/hibp/subscription-status.ts';
import { servicesSettings, updateServicesSettings } from '../../settings/services-settings.ts';
import type { AreaHandlers, HandlerContext } from './context.ts';

// Settings › Breach services: where checks go, and the HIBP key, which lives in the keychain
// only; the page learns whether one is set and what testing it said.

export function servicesHandlers({ host, userAgent }: HandlerContext): AreaHandlers<'services'> {
  return {
    'services.get': () => host.use(async (store) => servicesSettings(store, await host.secrets.get('hibp-api-key'))),
    'services.set': (patch) =>
      host.use(async (store) => {
        updateServicesSettings(store, patch);
        return servicesSettings(store, await host.secrets.get('hibp-api-key'));
      }),
    'services.setHibpKey': ({ apiKey }) =>
      host.use(async (store) => {
        await host.secrets.set('hibp-api-key', apiKey);
        store.audit.append('services.hibp-key.set', null, { where: 'keychain' });
        return servicesSettings(store, await host.secrets.get('hibp-api-key'));
      }),
    'services.removeHibpKey': () =>
      host.use(async (store) => {
        await host.secrets.delete('hibp-api-key');
        store.audit.append('services.hibp-key.remove');
        return servicesSettings(store, await host.secrets.get('hibp-api-key'));
      }),
    'services.testHibpKey': () =>
      host.use(async (store) => {
        const { apiKey, baseUrl } = await readHibpAccount(host.secrets, store);
        if (!apiKey) return { result: 'not-set' as const };
        const result = await checkSubscription({ baseUrl, apiKey, userAgent });
        store.audit.append('services.hibp-key.test', null, { result: result.result });
        return result;
      }),
  };
}
