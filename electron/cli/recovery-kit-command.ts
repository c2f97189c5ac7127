import { dirname, resolve } from 'node:path';
import { HygieError } from '../core/model/hygie-error.ts';
import { kitDestinationProblem, writeRecoveryKit } from '../core/recovery/recovery-kit.ts';
import { CliProblem } from './cli-problem.ts';
import type { StoreCommandIo } from './command-io.ts';
import { configurationFrom } from './configuration.ts';
import { EXIT } from './exit-codes.ts';
import { openStoreOrExplain } from './local-store.ts';
import type { RecoveryKitCommand } from './recovery-kit-arguments.ts';
import { RECOVERY_KIT_TEXTS } from './recovery-kit-messages.ts';

// `hygie recovery-kit --out FILE.pdf`: the recovery kit of the practice's store (HYGIE_DATA_DIR),
// as Settings › Recovery kit writes it, to that file and nowhere else. The store is opened with
// its key from the OS keychain (which proves the key is the one that opens the data) and never
// created. The words are in the PDF only: nothing printed here holds them.

export type RecoveryKitIo = StoreCommandIo;

export async function recoveryKitCommand(command: RecoveryKitCommand, io: RecoveryKitIo): Promise<number> {
  const language = io.texts.language;
  const words = RECOVERY_KIT_TEXTS[language];
  const configuration = configurationFrom(io.env);
  const out = resolve(io.cwd, command.out);

  // Checked before the store is opened: a wrong path costs nothing.
  const problem = kitDestinationProblem(out, configuration.dataDir);
  if (problem === 'not-pdf') throw new CliProblem((t) => RECOVERY_KIT_TEXTS[t.language].wrongExtension(out));
  if (problem === 'folder-missing') throw new CliProblem((t) => RECOVERY_KIT_TEXTS[t.language].folderMissing(dirname(out)));
  if (problem === 'in-data-folder') throw new CliProblem((t) => RECOVERY_KIT_TEXTS[t.language].inDataFolder(out, configuration.dataDir));

  const store = await openStoreOrExplain(configuration, (language) => RECOVERY_KIT_TEXTS[language]);
  try {
    await writeRecoveryKit({
      store,
      secrets: configuration.secrets,
      language,
      destination: out,
      hygieVersion: io.version,
      now: (io.now ?? (() => new Date()))(),
    });
  } catch (error) {
    if (error instanceof HygieError && error.code === 'recovery-kit-write-failed') {
      const reason = String(error.details?.reason ?? 'io');
      throw new CliProblem((t) => RECOVERY_KIT_TEXTS[t.language].unwritable(out, reason), { cause: error });
    }
    throw error;
  } finally {
    store.close();
  }
  io.output.out(words.written(out));
  io.output.out(words.keepLikeAKey);
  io.output.out(words.recorded);
  return EXIT.written;
}
