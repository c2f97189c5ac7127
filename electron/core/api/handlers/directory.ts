import { DirectoryService } from '../../mfa/directory/directory-service.ts';
import type { AreaHandlers, HandlerContext } from './context.ts';

// Microsoft 365 and Google Workspace directories: sign in, then import who has two-step
// verification. A device-code sign-in under way is held in memory only, between signInStart
// and signInPoll.

export function directoryHandlers({ host, userAgent }: HandlerContext): AreaHandlers<'directory'> {
  const directory = new DirectoryService(host.secrets, { userAgent });
  return {
    'directory.status': () => host.use((store) => directory.status(store)),
    'directory.saveSettings': (patch) => host.use((store) => directory.saveSettings(store, patch)),
    'directory.signInStart': ({ provider }) => host.use((store) => directory.signInStart(store, provider)),
    'directory.signInPoll': ({ provider }) => host.use((store) => directory.signInPoll(store, provider)),
    'directory.signInCancel': ({ provider }) => directory.signInCancel(provider),
    'directory.setGoogleCredential': (input) => host.use((store) => directory.setGoogleCredential(store, input)),
    'directory.import': ({ provider }) => host.use((store) => directory.import(store, provider)),
    'directory.disconnect': ({ provider }) => host.use((store) => directory.disconnect(store, provider)),
  };
}
