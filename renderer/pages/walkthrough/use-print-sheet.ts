import { useState } from 'react';
import type { WalkthroughSheetSaved } from '../../../electron/core/model/schemas/walkthrough.ts';
import { api } from '../../api/client.ts';
import { useAction } from '../../components/use-action.ts';

/**
 * "Print the sheet": the system's save dialog asks where (in the main process; the page never
 * sees the path), the sheet is written there in the interface's language, then it can be opened
 * in the PDF reader to print it.
 */
export function usePrintSheet(staffId: string, language: 'fr' | 'en') {
  const [saved, setSaved] = useState<WalkthroughSheetSaved | null>(null);
  const [opened, setOpened] = useState(false);
  const save = useAction();
  const open = useAction();

  const print = () =>
    void save.run(async () => {
      setSaved(null);
      setOpened(false);
      open.reset();
      setSaved(await api.walkthrough.sheet({ staffId, language }));
    });

  const openSheet = () =>
    void open.run(async () => {
      await api.walkthrough.openSheet();
      setOpened(true);
    });

  return { save, open, saved, opened, print, openSheet };
}

export type PrintSheet = ReturnType<typeof usePrintSheet>;
