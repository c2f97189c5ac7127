// `window.hygie` is installed by the preload (electron/preload) through contextBridge, or by the
// end-to-end harness. Optional here: if it is missing, the client says so plainly.
import type { HygieBridge } from '../../electron/core/api/bridge-types.ts';

declare global {
  interface Window {
    readonly hygie?: HygieBridge;
  }
}

export {};
