import { fork } from 'node:child_process';
import { constants, setPriority } from 'node:os';
import { workerFileBeside } from './worker-file.ts';
import type { ReportWorkerMessage, ReportWorkerReply } from './report-thread-protocol.ts';

// The report is built and rendered in a process of its own (report-worker.ts), so that the memory
// the PDF engine takes is given back to the system when it ends — a worker thread's native
// arenas stayed with the main process (issue 19). How that process is started is the host's: the
// core, the CLI and the tests fork Node (nodeReportProcess); the desktop app hands the core an
// Electron utility process (electron/main/report-process.ts), since core never imports 'electron'.

/** A started report process, as report-thread.ts drives it. */
export interface ReportChild {
  /** The system's id for it, once started (the benchmark reads its memory). */
  readonly pid: number | undefined;
  send(message: ReportWorkerMessage): void;
  onMessage(listener: (reply: ReportWorkerReply) => void): void;
  /** Once, when the process has ended (by itself, killed or crashed): its exit code, or the signal that ended it. */
  onExit(listener: (how: { code: number | null; signal: string | null }) => void): void;
  /** Ends it at once (a cancel, or nothing more to do). */
  kill(): void;
}

/** Starts the report process from its entry file. */
export type ReportProcessLauncher = (entry: string) => ReportChild;

/**
 * The report process's file beside this module: report-worker.ts when running from the sources
 * (tests, the CLI after `npm ci`), report-worker.cjs / .mjs where a bundle put it beside its own
 * code (electron.vite.config.ts for the app, scripts/build-cli.ts for the CLI).
 */
export function reportWorkerFile(): string {
  return workerFileBeside('report-worker', import.meta.url);
}

/**
 * The report process below normal priority: on a busy two-core computer, the window (the main
 * process) gets the processor first and the report takes what is left. Best effort: a system
 * that refuses leaves it at normal priority.
 */
export function lowerReportPriority(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    setPriority(pid, constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // Not allowed here (or the process has ended already): it runs at normal priority.
  }
}

/** Node's child_process.fork, messages as structured clones (Uint8Arrays cross as they are). */
export const nodeReportProcess: ReportProcessLauncher = (entry) => {
  // This process's own flags (heap size, --expose-gc, --cpu-prof…) go with it, as fork's default.
  const child = fork(entry, [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let exited = false;
  const exitListeners: ((how: { code: number | null; signal: string | null }) => void)[] = [];
  const exit = (code: number | null, signal: string | null) => {
    if (exited) return;
    exited = true;
    for (const listener of exitListeners) listener({ code, signal });
  };
  lowerReportPriority(child.pid);
  child.on('exit', (code, signal) => exit(code, signal));
  // Not started at all (no such program…): 'exit' may never come.
  child.on('error', () => {
    if (child.exitCode === null && child.signalCode === null && child.pid === undefined) exit(null, null);
  });
  return {
    get pid() {
      return child.pid;
    },
    send: (message) => {
      // A process that has ended already says so through onExit; the message has nowhere to go.
      if (child.connected) child.send(message);
    },
    onMessage: (listener) => void child.on('message', (reply) => listener(reply as ReportWorkerReply)),
    onExit: (listener) => void exitListeners.push(listener),
    kill: () => void child.kill(),
  };
};
