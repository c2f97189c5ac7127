import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CALL_NAMES, channelFor, CHANNEL_PREFIX, JOB_EVENT_CHANNEL } from '../core/api/channels.ts';
import { fail } from '../core/model/envelope.ts';
import type { Router } from '../core/api/router.ts';
import { isAppUrl } from './guards.ts';

/** Only the top frame of our own app:// page may call the core (VS Code checks the same). */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/** One `ipcMain.handle` per call of the contract, and no other channel. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, router: Router): void {
  for (const name of CALL_NAMES) {
    const channel = channelFor(name);
    if (!channel.startsWith(CHANNEL_PREFIX)) throw new Error(`channel without prefix: ${channel}`);
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(event)) return fail('forbidden-sender');
      return router.call(name, input);
    });
  }
}

/** Forward job progress to the window; the preload hands it to the renderer's subscribers. */
export function forwardJobEvents(router: Router, target: () => WebContents | undefined): () => void {
  return router.onJobEvent((event) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(JOB_EVENT_CHANNEL, event);
  });
}
