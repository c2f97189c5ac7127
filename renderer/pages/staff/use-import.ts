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
import { toFailureText, type FailureText } from '../../api/failure-text.ts';
import en from '../../i18n/en.json';
import fr from '../../i18n/fr.json';
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
      busy: null | 'updating' | 'committing';
    }
  | { step: 'done'; fileName: string; result: RosterImportResult };

type LocalFailure = 'notAFile' | 'tooLarge' | 'unreadableHere';

/** A failure met on this side, before the engine saw the file, in both languages. */
export function localFailure(kind: LocalFailure): FailureText {
  const code = kind === 'tooLarge' ? 'import-too-large' : undefined;
  return {
    ...(code ? { code } : {}),
    message: { fr: fr.staff.import[kind].message, en: en.staff.import[kind].message },
    action: { fr: fr.staff.import[kind].action, en: en.staff.import[kind].action },
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

/**
 * The import, step by step: read the file, preview it (again after each change of encoding or
 * columns), commit exactly what the last preview showed. Only the latest request may update the
 * screen, should the user change the mapping twice quickly.
 */
export function useImport({ onPreview, onImported }: ImportCallbacks) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [failure, setFailure] = useState<FailureText | null>(null);
  const latest = useRef(0);
  const stateRef = useRef(state);
  stateRef.current = state;

  const runPreview = useCallback(
    async (file: ImportFile, encoding: Encoding | 'auto', mapping: ColumnMapping | undefined, request: number) => {
      const input: RosterImportInput = { ...file, encoding, ...(mapping ? { mapping } : {}) };
      const preview = await api.staff.importPreview(input);
      if (request !== latest.current) return;
      setState({ step: 'preview', file, encoding, preview, busy: null });
      onPreview(preview);
    },
    [onPreview],
  );

  const chooseFile = useCallback(
    async (file: File) => {
      const request = ++latest.current;
      setFailure(null);
      if (file.size > MAX_IMPORT_BYTES) {
        setState({ step: 'idle' });
        setFailure(localFailure('tooLarge'));
        return;
      }
      setState({ step: 'reading', fileName: file.name });
      let contentBase64: string;
      try {
        contentBase64 = await fileToBase64(file);
      } catch {
        if (request !== latest.current) return;
        setState({ step: 'idle' });
        setFailure(localFailure('unreadableHere'));
        return;
      }
      try {
        await runPreview({ fileName: importName(file.name), contentBase64 }, 'auto', undefined, request);
      } catch (error) {
        if (request !== latest.current) return;
        setState({ step: 'idle' });
        setFailure(toFailureText(error));
      }
    },
    [runPreview],
  );

  /** Preview again with another encoding or other columns; the shown preview stays meanwhile. */
  const refine = useCallback(
    async (change: { encoding?: Encoding | 'auto'; mapping?: ColumnMapping }) => {
      const current = stateRef.current;
      if (current.step !== 'preview' || current.busy === 'committing') return;
      const request = ++latest.current;
      setFailure(null);
      setState({ ...current, busy: 'updating' });
      try {
        await runPreview(
          current.file,
          change.encoding ?? current.encoding,
          change.mapping ?? current.preview.mapping,
          request,
        );
      } catch (error) {
        if (request !== latest.current) return;
        setState({ ...current, busy: null });
        setFailure(toFailureText(error));
      }
    },
    [runPreview],
  );

  const commit = useCallback(async () => {
    const current = stateRef.current;
    if (current.step !== 'preview' || current.busy !== null) return;
    const request = ++latest.current;
    setFailure(null);
    setState({ ...current, busy: 'committing' });
    try {
      // Exactly what the preview showed: its mapping and its encoding, on the same bytes.
      const result = await api.staff.importCommit({
        ...current.file,
        mapping: current.preview.mapping,
        encoding: current.preview.encoding,
      });
      if (request !== latest.current) return;
      setState({ step: 'done', fileName: current.file.fileName, result });
      onImported(result, current.file.fileName);
    } catch (error) {
      if (request !== latest.current) return;
      setState({ ...current, busy: null });
      setFailure(toFailureText(error));
    }
  }, [onImported]);

  const reset = useCallback(() => {
    latest.current += 1;
    setFailure(null);
    setState({ step: 'idle' });
  }, []);

  const fail = useCallback((reason: FailureText) => {
    latest.current += 1;
    setState({ step: 'idle' });
    setFailure(reason);
  }, []);

  return { state, failure, chooseFile, refine, commit, reset, fail };
}
