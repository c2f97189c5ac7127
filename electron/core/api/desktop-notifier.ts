// What the desktop gives core to tell people something while they are elsewhere: a system
// notification (Electron's Notification, shown by the main process). The CLI and the tests'
// cores pass none (nothing is shown); test/main checks the main process's with a faked Electron.
// Core never imports 'electron' itself.

export interface DesktopNotice {
  title: string;
  body: string;
}

export type DesktopNotifier = (notice: DesktopNotice) => void;
