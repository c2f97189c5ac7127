import { Icon } from './Icon.tsx';

interface SaveStatusProps {
  /** Shown while the save runs, e.g. "Saving…". */
  pending?: string | null;
  /** Shown once it succeeded, e.g. "Practice saved.". */
  done?: string | null;
}

/** The live line under a form that says "saving…" then "saved", for sight and screen readers. */
export function SaveStatus({ pending, done }: SaveStatusProps) {
  return (
    <p role="status" className="save-status">
      {pending ? (
        <span className="save-status__pending">{pending}</span>
      ) : done ? (
        <>
          <Icon name="check" />
          <span>{done}</span>
        </>
      ) : null}
    </p>
  );
}
