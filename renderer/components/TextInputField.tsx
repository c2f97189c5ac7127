import { useEffect, useRef, type ReactNode } from 'react';
import { FieldError, Input, Label, Text, TextField, type TextFieldProps } from 'react-aria-components';

interface TextInputFieldProps extends Omit<TextFieldProps, 'children' | 'className'> {
  label: string;
  /** The label is for screen readers only, e.g. in a list of fields that a heading names. */
  isLabelHidden?: boolean;
  /** Shown after the label, lighter: e.g. "optional". */
  labelNote?: string;
  /** One sentence under the field: an example, or why it is asked. */
  description?: ReactNode;
  className?: string;
  inputClassName?: string;
  /** For secrets and codes: no spell-check, no autocorrection, no capitalisation. */
  verbatim?: boolean;
  placeholder?: string;
  /** The caller's own message for an `isInvalid` field, in place of react-aria's validation errors. */
  errorMessage?: string;
}

/**
 * A labelled text field (react-aria TextField): label, input, description and the validation
 * message, tied together for screen readers. Errors come from `validate`, `isRequired`, a
 * surrounding Form's `validationErrors` (the engine's answer), or `isInvalid` with `errorMessage`.
 */
export function TextInputField(props: TextInputFieldProps) {
  const { label, isLabelHidden, labelNote, description, className, inputClassName, verbatim, placeholder, ...rest } = props;
  const { errorMessage, ...field } = rest;
  const inputRef = useRef<HTMLInputElement>(null);
  const { value } = field;
  useEffect(() => {
    // Once a field shows an error, its message follows the value as it is typed, instead of
    // changing on blur. A message that vanishes on blur moves the buttons below it between the
    // press and the release of a click on them, and the click is lost. react-aria commits a
    // field's validation on the input's native change event.
    const input = inputRef.current;
    if (input?.getAttribute('aria-invalid') === 'true') input.dispatchEvent(new Event('change', { bubbles: true }));
  }, [value]);
  return (
    <TextField {...field} className={className ? `form-field ${className}` : 'form-field'}>
      <Label className={isLabelHidden ? 'visually-hidden' : 'form-field__label'}>
        {label}
        {labelNote ? <span className="form-field__note"> ({labelNote})</span> : null}
      </Label>
      <Input
        ref={inputRef}
        className={inputClassName ? `form-field__input ${inputClassName}` : 'form-field__input'}
        placeholder={placeholder}
        {...(verbatim ? { spellCheck: false, autoCorrect: 'off', autoCapitalize: 'off' } : {})}
      />
      {description ? (
        <Text slot="description" className="form-field__description">
          {description}
        </Text>
      ) : null}
      <FieldError className="form-field__error">{errorMessage}</FieldError>
    </TextField>
  );
}
