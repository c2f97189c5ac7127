import { Icon } from './Icon.tsx';

interface SaveStatusProps {
  /** Shown while the save runs, e.g. "Saving…". */
  pending?: string | null;
  /** Shown once it succeeded, e.g. "Practice saved.". */
  done?: string | null;
  /** Takes no room while it has nothing to say (a page-level line rather than one under a form). */
  collapse?: boolean;
}

/** The live line under a form that says "saving…" then "saved", for sight and screen readers. */
export function SaveStatus({ pending, done, collapse = false }: SaveStatusProps) {
  return (
    <p role="status" className={collapse ? 'save-status save-status--collapse' : 'save-status'}>
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
