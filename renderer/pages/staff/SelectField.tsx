import type { Key } from 'react-aria-components';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text } from 'react-aria-components';
import { Glyph } from './Glyph.tsx';

export interface SelectOption<K extends string> {
  id: K;
  label: string;
}

interface SelectFieldProps<K extends string> {
  label: string;
  description?: string;
  options: readonly SelectOption<K>[];
  value: K;
  onChange: (value: K) => void;
  isDisabled?: boolean;
  className?: string;
}

/** A labelled react-aria Select over a fixed list of string ids. */
export function SelectField<K extends string>(props: SelectFieldProps<K>) {
  const { label, description, options, value, onChange, isDisabled, className } = props;
  const known = new Set<Key>(options.map((option) => option.id));
  return (
    <Select
      className={className ? `staff-select ${className}` : 'staff-select'}
      value={value}
      onChange={(key) => {
        if (key !== null && known.has(key)) onChange(key as K);
      }}
      isDisabled={isDisabled}
    >
      <Label className="staff-field__label">{label}</Label>
      <Button className="staff-select__button">
        <SelectValue className="staff-select__value" />
        <Glyph name="chevronDown" className="staff-select__chevron" />
      </Button>
      {description ? (
        <Text slot="description" className="staff-field__hint">
          {description}
        </Text>
      ) : null}
      <Popover className="staff-popover" placement="bottom start">
        <ListBox className="staff-listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="staff-listbox__item" textValue={option.label}>
              <Glyph name="tick" className="staff-listbox__tick" />
              <span>{option.label}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
