import { useCallback, useRef, useState } from 'react';
import {
  MAX_IMPORT_BYTES,
  RosterImportInputSchema,
  type ColumnMapping,
  type Encoding,
  type RosterImportInput,
  type RosterImportResult,
  type RosterPreview,
} from '../../../electron/core/model/schemas/roster-import.ts';
import { api } from '../../api/client.ts';
import type { FailureText } from '../../api/failure-text.ts';
import { useAction } from '../../components/use-action.ts';
import en from '../../i18n/areas/failures.en.json';
import fr from '../../i18n/areas/failures.fr.json';
import { fileToBase64 } from './file-bytes.ts';

/** The file as chosen: sent again, unchanged, with each preview and with the commit. */
interface ImportFile {
  fileName: string;
  contentBase64: string;
}

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | {
      step: 'preview';
      file: ImportFile;
      /** 'auto' until the user forces an encoding. */
      encoding: Encoding | 'auto';
      preview: RosterPreview;
      /** Lines proposed as shared mailboxes that the user says are people: sent with each preview and the commit. */
      keepAsPeople: readonly number[];
      busy: null | 'updating' | 'committing';
    }
  | { step: 'done'; fileName: string; result: RosterImportResult };

type LocalFailure = 'notAFile' | 'tooLarge' | 'unreadableHere';

/** A failure met on this side, before the engine saw the file, in both languages. */
export function localFailure(kind: LocalFailure): FailureText {
  const code = kind === 'tooLarge' ? 'import-too-large' : undefined;
  return {
    ...(code ? { code } : {}),
    message: { fr: fr.failures.import[kind].message, en: en.failures.import[kind].message },
    action: { fr: fr.failures.import[kind].action, en: en.failures.import[kind].action },
  };
}

const MAX_FILE_NAME = RosterImportInputSchema.shape.fileName.maxLength ?? Infinity;

/** The name the engine records for the import: the file's own, kept within the contract's length. */
function importName(name: string): string {
  const trimmed = name.trim();
  return trimmed === '' ? 'import.csv' : trimmed.length > MAX_FILE_NAME ? trimmed.slice(-MAX_FILE_NAME) : trimmed;
}

interface ImportCallbacks {
  onPreview: (preview: RosterPreview) => void;
  onImported: (result: RosterImportResult, fileName: string) => void;
}

/** A file that could not be read here, before the engine saw it. */
class UnreadableHere extends Error {}

/**
 * The import, step by step: read the file, preview it (again after each change of encoding or
 * columns), commit exactly what the last preview showed. Only the latest request may update the
 * screen, should the user change the mapping twice quickly (useAction keeps only the latest run).
 */
export function useImport({ onPreview, onImported }: ImportCallbacks) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const action = useAction();
  const { run, reset: drop, fail: show } = action;
  const stateRef = useRef(state);
  stateRef.current = state;

  const preview = useCallback(
    async (
      file: ImportFile,
      encoding: Encoding | 'auto',
      mapping: ColumnMapping | undefined,
      keepAsPeople: readonly number[],
      current: () => boolean,
    ) => {
      const input: RosterImportInput = { ...file, encoding, ...(mapping ? { mapping } : {}), ...(keepAsPeople.length ? { keepAsPeople: [...keepAsPeople] } : {}) };
      const answer = await api.staff.importPreview(input);
      if (!current()) return;
      setState({ step: 'preview', file, encoding, preview: answer, keepAsPeople, busy: null });
      onPreview(answer);
    },
    [onPreview],
  );

  const chooseFile = useCallback(
    async (file: File) => {
      if (file.size > MAX_IMPORT_BYTES) {
        drop();
        setState({ step: 'idle' });
        show(localFailure('tooLarge'));
        return;
      }
      await run(
        async (current) => {
          setState({ step: 'reading', fileName: file.name });
          const contentBase64 = await fileToBase64(file).catch(() => {
            throw new UnreadableHere();
          });
          await preview({ fileName: importName(file.name), contentBase64 }, 'auto', undefined, [], current);
        },
        {
          failed: (error, current) => {
            if (!current) return null;
            setState({ step: 'idle' });
            return error instanceof UnreadableHere ? localFailure('unreadableHere') : undefined;
          },
        },
      );
    },
    [run, drop, show, preview],
  );

  /**
   * Preview again with another encoding, other columns, or a proposed shared mailbox kept as a
   * person (or proposed again); the shown preview stays meanwhile.
   */
  const refine = useCallback(
    async (change: { encoding?: Encoding | 'auto'; mapping?: ColumnMapping; keepAsPeople?: readonly number[] }) => {
      const shown = stateRef.current;
      if (shown.step !== 'preview' || shown.busy === 'committing') return;
      await run(
        async (current) => {
          setState({ ...shown, busy: 'updating' });
          await preview(
            shown.file,
            change.encoding ?? shown.encoding,
            change.mapping ?? shown.preview.mapping,
            change.keepAsPeople ?? shown.keepAsPeople,
            current,
          );
        },
        {
          failed: (_error, current) => {
            if (current) setState({ ...shown, busy: null });
          },
        },
      );
    },
    [run, preview],
  );

  const commit = useCallback(async () => {
    const shown = stateRef.current;
    if (shown.step !== 'preview' || shown.busy !== null) return;
    await run(
      async (current) => {
        setState({ ...shown, busy: 'committing' });
        // Exactly what the preview showed: its mapping and its encoding, on the same bytes.
        const result = await api.staff.importCommit({
          ...shown.file,
          mapping: shown.preview.mapping,
          encoding: shown.preview.encoding,
          ...(shown.keepAsPeople.length ? { keepAsPeople: [...shown.keepAsPeople] } : {}),
        });
        if (!current()) return;
        setState({ step: 'done', fileName: shown.file.fileName, result });
        onImported(result, shown.file.fileName);
      },
      {
        failed: (_error, current) => {
          if (current) setState({ ...shown, busy: null });
        },
      },
    );
  }, [run, onImported]);

  const reset = useCallback(() => {
    drop();
    setState({ step: 'idle' });
  }, [drop]);

  const fail = useCallback(
    (reason: FailureText) => {
      drop();
      setState({ step: 'idle' });
      show(reason);
    },
    [drop, show],
  );

  /** Line `line` is a person, not a shared mailbox (`person` false: propose it as one again). */
  const keepAsPerson = useCallback(
    (line: number, person: boolean) => {
      const shown = stateRef.current;
      if (shown.step !== 'preview') return Promise.resolve();
      const others = shown.keepAsPeople.filter((kept) => kept !== line);
      return refine({ keepAsPeople: person ? [...others, line] : others });
    },
    [refine],
  );

  return { state, failure: action.failure, chooseFile, refine, keepAsPerson, commit, reset, fail };
}
