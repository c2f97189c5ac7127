import { basename } from 'node:path';
import { sheetPersonName } from '../../hardening/walkthrough-sheet-pdf.ts';
import { writeWalkthroughSheet } from '../../hardening/walkthrough-sheet.ts';
import { answerStep, chooseProvider, walkthroughPlan, walkthroughProgress } from '../../hardening/walkthrough.ts';
import { HygieError } from '../../model/hygie-error.ts';
import { TEXTS } from '../../text/messages.ts';
import { fill } from '../../text/template.ts';
import { desktopOf, dialogsOf, type AreaHandlers, type HandlerContext } from './context.ts';

// The guided hardening: each person's plan of steps, their answers, and everyone's progress; and
// the sheet to print, saved where the system's save dialog says (the page never sees the path,
// only the file's name) and opened from there to print it.

/** A file name every system accepts: letters, digits, spaces and dashes from the person's name. */
function safeName(name: string): string {
  return name.normalize('NFC').replace(/[^\p{L}\p{N} -]+/gu, ' ').replace(/\s+/gu, ' ').trim().slice(0, 60) || '-';
}

export function walkthroughHandlers(context: HandlerContext): AreaHandlers<'walkthrough'> {
  const { host, environment } = context;
  let savedSheet: string | null = null;
  return {
    'walkthrough.plan': ({ staffId }) => host.use((store) => walkthroughPlan(store, staffId)),
    'walkthrough.answer': (input) => host.use((store) => answerStep(store, input)),
    'walkthrough.chooseProvider': (input) => host.use((store) => chooseProvider(store, input)),
    'walkthrough.progress': () => host.use((store) => walkthroughProgress(store)),

    'walkthrough.sheet': ({ staffId, language }) =>
      host.use(async (store) => {
        const person = store.staff.get(staffId);
        if (!person) throw new HygieError('staff-not-found');
        const texts = TEXTS[language].sheet;
        const now = new Date();
        const destination = await dialogsOf(context).chooseSavePath({
          title: texts.dialogTitle,
          defaultName: fill(texts.fileName, { name: safeName(sheetPersonName(person)), day: now.toISOString().slice(0, 10) }),
          filters: [{ name: texts.pdfFilterName, extensions: ['pdf'] }],
        });
        if (destination === null) return { saved: false as const };
        await writeWalkthroughSheet({ store, staffId, language, destination, hygieVersion: environment.appInfo.version, now });
        savedSheet = destination;
        return { saved: true as const, fileName: basename(destination) };
      }),

    'walkthrough.openSheet': async () => {
      const desktop = desktopOf(context);
      if (savedSheet === null) throw new HygieError('walkthrough-sheet-not-saved');
      const problem = await desktop.openPath(savedSheet);
      if (problem !== '') throw new HygieError('walkthrough-sheet-open-failed', { reason: problem.slice(0, 200) });
      return { opened: true as const };
    },
  };
}
