import type { ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { FailureText } from '../api/failure-text.ts';
import { ErrorBanner } from './ErrorBanner.tsx';

interface ConfirmDialogProps {
  isOpen: boolean;
  onOpenChange(isOpen: boolean): void;
  title: string;
  /** What will happen, in plain words; paragraphs. */
  children: ReactNode;
  confirmLabel: string;
  /** Shown on the confirm button while the action runs. */
  pendingLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  isPending?: boolean;
  /** Why the action failed; the dialog stays open so the user can retry or cancel. */
  failure?: FailureText | null;
  /** 'danger' for an action that deletes or replaces something. */
  tone?: 'default' | 'danger';
}

/**
 * "Are you sure?" as a modal alert dialog (react-aria Modal + Dialog): focus is trapped inside,
 * Escape cancels, focus returns to the button that opened it. Cancel comes first and has focus,
 * so Enter alone never confirms a destructive action.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { isOpen, onOpenChange, title, children, confirmLabel, pendingLabel, cancelLabel, onConfirm } = props;
  const { isPending = false, failure = null, tone = 'default' } = props;
  return (
    <ModalOverlay
      className="dialog-backdrop"
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={!isPending}
      isKeyboardDismissDisabled={isPending}
    >
      <Modal className="dialog-modal">
        <Dialog role="alertdialog" className="confirm-dialog">
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          <div className="confirm-dialog__body">{children}</div>
          {failure ? <ErrorBanner error={failure} /> : null}
          <div className="confirm-dialog__actions">
            <Button
              className="button button--secondary"
              autoFocus
              isDisabled={isPending}
              onPress={() => onOpenChange(false)}
            >
              {cancelLabel}
            </Button>
            <Button
              className={tone === 'danger' ? 'button button--danger' : 'button button--primary'}
              isPending={isPending}
              onPress={onConfirm}
            >
              {isPending ? pendingLabel : confirmLabel}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
