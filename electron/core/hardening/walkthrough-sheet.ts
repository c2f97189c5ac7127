import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { HygieError } from '../model/hygie-error.ts';
import type { Store } from '../store/store.ts';
import type { Language } from '../text/template.ts';
import { walkthroughPlan } from './walkthrough.ts';
import { renderSheetOffThread } from './walkthrough-sheet-thread.ts';

// Writing one person's printed sheet to the one path the user chose (the app's save dialog, or
// `hygie sheet --pdf`). The plan is the walkthrough's own, read from the store at that moment; the
// PDF is drawn in a worker thread (walkthrough-sheet-thread.ts says why).

export type SheetDestinationProblem = 'not-pdf' | 'folder-missing';

/** Why the sheet may not be written at `path` (absolute), or null when it may. */
export function sheetDestinationProblem(path: string): SheetDestinationProblem | null {
  if (extname(path).toLowerCase() !== '.pdf') return 'not-pdf';
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return 'folder-missing';
  return null;
}

export interface SheetWrite {
  store: Store;
  staffId: string;
  language: Language;
  /** Absolute path, checked with sheetDestinationProblem. */
  destination: string;
  hygieVersion: string;
  now: Date;
}

/** Write the sheet; a failed write leaves no file behind, nor half of one. */
export async function writeWalkthroughSheet({ store, staffId, language, destination, hygieVersion, now }: SheetWrite): Promise<void> {
  const problem = sheetDestinationProblem(destination);
  if (problem === 'not-pdf') throw new HygieError('walkthrough-sheet-not-pdf');
  if (problem === 'folder-missing') throw new HygieError('walkthrough-sheet-write-failed', { reason: 'folder-missing' });
  const plan = walkthroughPlan(store, staffId);
  const pdf = await renderSheetOffThread({
    plan,
    language,
    practiceName: store.practice.get()?.name ?? null,
    generatedAt: now.toISOString(),
    hygieVersion,
  });
  try {
    writeFileSync(destination, pdf);
  } catch (error) {
    removeQuietly(destination);
    throw new HygieError('walkthrough-sheet-write-failed', { reason: (error as NodeJS.ErrnoException).code ?? 'io' }, { cause: error });
  }
}

/** Remove what a failed write left, if anything; the failure being reported is the one that matters. */
function removeQuietly(path: string): void {
  try {
    if (existsSync(path) && statSync(path).isFile()) rmSync(path, { force: true });
  } catch {
    // Nothing more can be done here; the caller reports why the write failed.
  }
}

/** The person whose address this is (any of their addresses, any case), or null. */
export function staffIdForEmail(store: Store, email: string): string | null {
  const wanted = email.trim().toLowerCase();
  const person = store.staff.list().find((member) => member.emails.some((address) => address.toLowerCase() === wanted));
  return person?.id ?? null;
}
