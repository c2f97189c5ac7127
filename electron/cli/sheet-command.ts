import { dirname, resolve } from 'node:path';
import { sheetPersonName } from '../core/hardening/walkthrough-sheet-pdf.ts';
import { sheetDestinationProblem, staffIdForEmail, writeWalkthroughSheet } from '../core/hardening/walkthrough-sheet.ts';
import { HygieError } from '../core/model/hygie-error.ts';
import { CliProblem } from './cli-problem.ts';
import type { StoreCommandIo } from './command-io.ts';
import { configurationFrom } from './configuration.ts';
import { EXIT } from './exit-codes.ts';
import { openStoreOrExplain } from './local-store.ts';
import type { SheetCommand } from './sheet-arguments.ts';
import { SHEET_TEXTS } from './sheet-messages.ts';

// `hygie sheet --person EMAIL --pdf OUT.pdf`: the walkthrough sheet the app prints from the
// person's walkthrough page, for the person with that address on the store in HYGIE_DATA_DIR
// (opened with its key from the OS keychain, never created). Exit 0 once written; 2 for a usage
// problem, a missing store or an address nobody on the staff list has.

export type SheetIo = StoreCommandIo;

export async function sheetCommand(command: SheetCommand, io: SheetIo): Promise<number> {
  const language = io.texts.language;
  const words = SHEET_TEXTS[language];
  const configuration = configurationFrom(io.env);
  const out = resolve(io.cwd, command.pdf);

  // Checked before the store is opened: a wrong path costs nothing.
  const problem = sheetDestinationProblem(out);
  if (problem === 'not-pdf') throw new CliProblem((t) => SHEET_TEXTS[t.language].wrongExtension(out));
  if (problem === 'folder-missing') throw new CliProblem((t) => SHEET_TEXTS[t.language].folderMissing(dirname(out)));

  const store = await openStoreOrExplain(configuration, (language) => SHEET_TEXTS[language]);
  let name: string;
  try {
    const staffId = staffIdForEmail(store, command.person);
    if (staffId === null) throw new CliProblem((t) => SHEET_TEXTS[t.language].unknownPerson(command.person));
    name = sheetPersonName(store.staff.get(staffId)!);
    await writeWalkthroughSheet({ store, staffId, language, destination: out, hygieVersion: io.version, now: (io.now ?? (() => new Date()))() });
  } catch (error) {
    if (error instanceof HygieError && error.code === 'walkthrough-sheet-write-failed') {
      const reason = String(error.details?.reason ?? 'io');
      throw new CliProblem((t) => SHEET_TEXTS[t.language].unwritable(out, reason), { cause: error });
    }
    throw error;
  } finally {
    store.close();
  }
  io.output.out(words.written(name, out));
  io.output.out(words.nextStep(name));
  return EXIT.written;
}
