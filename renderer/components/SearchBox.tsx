import { Button, Input, Label, SearchField } from 'react-aria-components';
import { Icon } from './Icon.tsx';

interface SearchBoxProps {
  label: string;
  placeholder: string;
  /** The clear button's name ("Effacer la recherche"). */
  clearLabel: string;
  value: string;
  onChange(value: string): void;
  className?: string;
  /** A data attribute on the input, to find it again (e.g. to put the focus back there). */
  inputData?: string;
}

/** A labelled search field with its magnifier and a clear button; Escape clears it too (react-aria). */
export function SearchBox({ label, placeholder, clearLabel, value, onChange, className, inputData }: SearchBoxProps) {
  return (
    <SearchField className={className ? `staff-search ${className}` : 'staff-search'} value={value} onChange={onChange}>
      <Label className="form-field__label">{label}</Label>
      <div className="staff-search__box">
        <Icon name="search" className="staff-search__icon" />
        <Input className="staff-search__input" placeholder={placeholder} {...(inputData ? { [`data-${inputData}`]: '' } : {})} />
        <Button className="staff-search__clear" aria-label={clearLabel}>
          <Icon name="close" />
        </Button>
      </div>
    </SearchField>
  );
}
