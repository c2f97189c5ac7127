// Which process works on a running job, so that two processes on one data folder (the app and
// the CLI) never process the same job, and a job whose process died is taken over.

export const OWNER = `pid:${process.pid}`;

/** Whether the process named by `owner` is gone (a crash, a closed app): its job may be taken over. */
export function ownerIsGone(owner: string | null): boolean {
  if (owner === null) return true;
  const pid = /^pid:(\d+)$/u.exec(owner)?.[1];
  if (!pid) return true;
  if (Number(pid) === process.pid) return false; // this process: the runner knows whether it is live
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code !== 'EPERM';
  }
}
