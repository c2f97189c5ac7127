import { useEffect, useRef, type ReactNode } from 'react';
import { FieldError, Input, Label, Text, TextField, type TextFieldProps } from 'react-aria-components';

interface TextInputFieldProps extends Omit<TextFieldProps, 'children' | 'className'> {
  label: string;
  /** Shown after the label, lighter: e.g. "optional". */
  labelNote?: string;
  /** One sentence under the field: an example, or why it is asked. */
  description?: ReactNode;
  className?: string;
  inputClassName?: string;
  /** For secrets and codes: no spell-check, no autocorrection, no capitalisation. */
  verbatim?: boolean;
  placeholder?: string;
}

/**
 * A labelled text field (react-aria TextField): label, input, description and the validation
 * message, tied together for screen readers. Errors come from `validate`, `isRequired` or a
 * surrounding Form's `validationErrors` (the engine's answer).
 */
export function TextInputField(props: TextInputFieldProps) {
  const { label, labelNote, description, className, inputClassName, verbatim, placeholder, ...field } = props;
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
      <Label className="form-field__label">
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
      <FieldError className="form-field__error" />
    </TextField>
  );
}
