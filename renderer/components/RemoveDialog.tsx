import type { ReactNode } from 'react';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { useAction } from './use-action.ts';

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
  const removal = useAction();
  const removing = removal.busy;

  const run = () =>
    removal.run(async () => {
      await remove();
      onRemoved();
    });

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
      failure={removal.failure}
      tone="danger"
    >
      {children}
    </ConfirmDialog>
  );
}
