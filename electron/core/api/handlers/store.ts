import { listBackups } from '../../store/backups.ts';
import type { AreaHandlers, HandlerContext } from './context.ts';

// The encrypted store: whether it opened, its backups and data folder (store.*), and the
// journal of what was done in it (audit.*).

export function storeHandlers({ host }: HandlerContext): AreaHandlers<'store' | 'audit'> {
  return {
    'store.status': () => host.status(),
    'store.restoreBackup': ({ backupId }) => host.restoreBackup(backupId),
    'store.dataFolder': () =>
      host.use((store) => ({
        folder: store.dataDir,
        backups: listBackups(store.dataDir),
        dailyBackupFailure: store.dataFolder.dailyBackupFailure(),
        move: store.dataFolder.move(),
      })),
    'audit.list': (input) => host.use((store) => store.audit.latest(input?.limit ?? 100)),
  };
}
