import type { ReactNode } from 'react';
import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  type Key,
} from 'react-aria-components';
import { Icon } from './Icon.tsx';

export interface SelectOption<K extends string> {
  id: K;
  label: string;
}

interface SelectFieldProps<K extends string> {
  label: string;
  /** One sentence under the field. */
  description?: ReactNode;
  options: readonly SelectOption<K>[];
  /** null: nothing chosen yet, the placeholder shows. */
  value: K | null;
  onChange(value: K): void;
  placeholder?: string;
  name?: string;
  isRequired?: boolean;
  /** Said when a required choice is missing: the hidden native <select> would word it in the browser's language. */
  requiredMessage?: string;
  isDisabled?: boolean;
  className?: string;
}

/**
 * A labelled react-aria Select over a fixed list of string ids: a button that looks like a text
 * field, its list box in a popover, and the description and validation message tied to it.
 */
export function SelectField<K extends string>(props: SelectFieldProps<K>) {
  const { label, description, options, value, onChange, requiredMessage, className, ...select } = props;
  const known = new Set<Key>(options.map((option) => option.id));
  return (
    <Select
      {...select}
      className={className ? `form-field select-field ${className}` : 'form-field select-field'}
      value={value}
      onChange={(key) => {
        if (key !== null && known.has(key)) onChange(key as K);
      }}
    >
      <Label className="form-field__label">{label}</Label>
      <Button className="select-field__button">
        <SelectValue className="select-field__value" />
        <Icon name="chevronDown" className="select-field__chevron" />
      </Button>
      {description ? (
        <Text slot="description" className="form-field__description">
          {description}
        </Text>
      ) : null}
      <FieldError className="form-field__error">
        {({ validationDetails, validationErrors }) =>
          validationDetails.valueMissing && requiredMessage ? requiredMessage : validationErrors.join(' ')
        }
      </FieldError>
      <Popover className="select-field__popover" placement="bottom start" offset={4}>
        <ListBox className="select-field__list" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="select-field__option" textValue={option.label}>
              <Icon name="check" className="select-field__tick" />
              <span>{option.label}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
