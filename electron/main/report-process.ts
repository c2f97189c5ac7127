import type * as Electron from 'electron';
import { lowerReportPriority, type ReportProcessLauncher } from '../core/report/report-process.ts';
import type { ReportWorkerReply } from '../core/report/report-thread-protocol.ts';

// The desktop app's report process: Electron's utility process (a Chromium-launched child with
// Node, the equivalent of child_process.fork — docs/references.md), handed to the core, which
// never imports 'electron'. The report process speaks to it through process.parentPort
// (core/report/report-worker.ts). It is ended when its report is made, its memory with it.

type UtilityProcessApi = Pick<typeof Electron.utilityProcess, 'fork'>;

export function electronReportProcess(utilityProcess: UtilityProcessApi): ReportProcessLauncher {
  return (entry) => {
    // Named in the system's task manager and in app.getAppMetrics(); its output goes to the app's.
    const child = utilityProcess.fork(entry, [], { serviceName: 'Hygie report', stdio: 'inherit' });
    // Its pid is known once it has started: below normal priority then, the window first.
    child.once('spawn', () => lowerReportPriority(child.pid));
    return {
      get pid() {
        return child.pid;
      },
      send: (message) => child.postMessage(message),
      onMessage: (listener) => void child.on('message', (reply: unknown) => listener(reply as ReportWorkerReply)),
      // Electron gives the exit code only (a process ended by a signal has a code too).
      onExit: (listener) => void child.once('exit', (code: number) => listener({ code, signal: null })),
      kill: () => void child.kill(),
    };
  };
}
