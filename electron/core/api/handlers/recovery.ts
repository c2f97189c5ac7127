import { basename } from 'node:path';
import { statSync } from 'node:fs';
import { KIT_TEXTS } from '../../recovery/recovery-kit-texts.ts';
import { writeRecoveryKit } from '../../recovery/recovery-kit.ts';
import { restoreWithRecoveryWords } from '../../recovery/recovery-restore.ts';
import { TEXTS } from '../../text/messages.ts';
import { HygieError } from '../../model/hygie-error.ts';
import { dialogsOf, type AreaHandlers, type HandlerContext } from './context.ts';

// Settings › Recovery kit, and "Restore on a new PC" on the start screen. The paths come from the
// system's dialogs, through the main process, and stay here: the page learns a file's name, never
// its path, and never the words. What was chosen lives in memory for this session only.

export function recoveryHandlers(context: HandlerContext): AreaHandlers<'recovery'> {
  const { host, environment } = context;
  let savedKit: string | null = null;
  let chosenBackup: string | null = null;
  // One restore at a time: a second press while the first closes and replaces the store must wait.
  let restoring = false;

  return {
    'recovery.saveKit': ({ language }) =>
      host.use(async (store) => {
        const texts = KIT_TEXTS[language];
        const day = new Date().toISOString().slice(0, 10);
        const destination = await dialogsOf(context).chooseSavePath({
          title: texts.dialogTitle,
          defaultName: texts.fileName(store.practice.get()?.name ?? null, day),
          filters: [{ name: texts.pdfFilterName, extensions: ['pdf'] }],
        });
        if (destination === null) return { saved: false as const };
        await writeRecoveryKit({ store, secrets: host.secrets, language, destination, hygieVersion: environment.appInfo.version, now: new Date() });
        savedKit = destination;
        return { saved: true as const, fileName: basename(destination) };
      }),

    'recovery.openKit': async () => {
      if (!environment.desktop) throw new HygieError('desktop-unavailable');
      if (savedKit === null) throw new HygieError('recovery-kit-not-saved');
      const problem = await environment.desktop.openPath(savedKit);
      if (problem !== '') throw new HygieError('recovery-kit-open-failed', { reason: problem.slice(0, 200) });
      return { opened: true as const };
    },

    'recovery.chooseBackup': async ({ language }) => {
      const texts = TEXTS[language].recovery.backupDialog;
      const path = await dialogsOf(context).chooseOpenPath({
        title: texts.title,
        filters: [
          { name: texts.filter, extensions: ['db'] },
          { name: texts.all, extensions: ['*'] },
        ],
      });
      if (path === null) return { chosen: false as const };
      let stat;
      try {
        stat = statSync(path);
      } catch (error) {
        throw new HygieError('recovery-backup-unreadable', { reason: (error as NodeJS.ErrnoException).code ?? 'io' }, { cause: error });
      }
      if (!stat.isFile() || stat.size === 0) throw new HygieError('recovery-backup-unreadable', { reason: stat.isFile() ? 'empty' : 'not-a-file' });
      chosenBackup = path;
      return { chosen: true as const, fileName: basename(path), sizeBytes: stat.size, modifiedAt: stat.mtime.toISOString() };
    },

    'recovery.restore': async ({ words }) => {
      if (chosenBackup === null) throw new HygieError('recovery-backup-not-chosen');
      if (restoring) throw new HygieError('database-busy', { reason: 'restore-running' });
      restoring = true;
      try {
        const status = await restoreWithRecoveryWords(host, chosenBackup, words, new Date());
        if (status.state === 'ready') chosenBackup = null;
        return status;
      } finally {
        restoring = false;
      }
    },
  };
}
