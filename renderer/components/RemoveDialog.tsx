import { useState, type ReactNode } from 'react';
import { toFailureText, type FailureText } from '../api/failure-text.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';

interface RemoveDialogProps {
  title: string;
  confirmLabel: string;
  pendingLabel: string;
  cancelLabel: string;
  /** The removal itself (an API call); a failure keeps the dialog open with the reason. */
  remove(): Promise<unknown>;
  onRemoved(): void;
  onClose(): void;
  /** What removing does and does not do, in plain words. */
  children: ReactNode;
}

/**
 * "Remove X?" for a row of a list: a danger ConfirmDialog that runs the removal, cannot be
 * dismissed while it runs, and shows why it failed so the user can retry or cancel.
 */
export function RemoveDialog({ title, confirmLabel, pendingLabel, cancelLabel, remove, onRemoved, onClose, children }: RemoveDialogProps) {
  const [removing, setRemoving] = useState(false);
  const [failure, setFailure] = useState<FailureText | null>(null);

  const run = async () => {
    setRemoving(true);
    setFailure(null);
    try {
      await remove();
      onRemoved();
    } catch (error) {
      setFailure(toFailureText(error));
      setRemoving(false);
    }
  };

  return (
    <ConfirmDialog
      isOpen
      onOpenChange={(open) => {
        if (!open && !removing) onClose();
      }}
      title={title}
      confirmLabel={confirmLabel}
      pendingLabel={pendingLabel}
      cancelLabel={cancelLabel}
      onConfirm={() => void run()}
      isPending={removing}
      failure={failure}
      tone="danger"
    >
      {children}
    </ConfirmDialog>
  );
}
