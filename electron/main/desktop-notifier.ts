import type * as Electron from 'electron';
import type { DesktopNotifier } from '../core/api/desktop-notifier.ts';

// The core's desktop notifications, shown by the main process with Electron's Notification (the
// renderer never shows one: its permission requests are all denied, guards.ts). Clicking one
// brings Hygie's window forward, restored if it was minimised (a start in the background).
// Where the system has no notifications, nothing is shown: the page says it all anyway.

type NotificationClass = Pick<typeof Electron.Notification, 'isSupported'> &
  (new (options: Electron.NotificationConstructorOptions) => Pick<Electron.Notification, 'show' | 'on'>);

export function electronNotifier(Notification: NotificationClass, window: () => Electron.BrowserWindow | undefined): DesktopNotifier {
  return (notice) => {
    if (!Notification.isSupported()) return;
    const shown = new Notification({ title: notice.title, body: notice.body });
    shown.on('click', () => {
      const target = window();
      if (!target) return;
      if (target.isMinimized()) target.restore();
      target.show();
      target.focus();
    });
    shown.show();
  };
}
