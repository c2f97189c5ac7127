import { Button } from 'react-aria-components';

interface FormDialogFooterProps {
  /** The footer's class: each dialog keeps its own layout (sticky at the dialog's bottom). */
  className: string;
  pending: boolean;
  onCancel(): void;
  cancelLabel: string;
  saveLabel: string;
  savingLabel: string;
}

/**
 * The two buttons that end a form in a dialog: Cancel, and the form's submit button. isPending, not
 * isDisabled, on the submit button: it keeps the focus (and Escape keeps working) while saving.
 */
export function FormDialogFooter({ className, pending, onCancel, cancelLabel, saveLabel, savingLabel }: FormDialogFooterProps) {
  return (
    <div className={className}>
      <Button className="button button--secondary" isDisabled={pending} onPress={onCancel}>
        {cancelLabel}
      </Button>
      <Button type="submit" className="button button--primary" isPending={pending}>
        {pending ? savingLabel : saveLabel}
      </Button>
    </div>
  );
}
