import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Profession } from '../../../electron/core/api/schemas/practice.ts';
import { isProfession, PROFESSIONS } from './practice-options.ts';

interface ProfessionSelectProps {
  value: Profession | null;
  onChange(value: Profession | null): void;
  name: string;
  className?: string;
}

/** The kind of practice, from the contract's list (react-aria Select: a button and a list box). */
export function ProfessionSelect({ value, onChange, name, className }: ProfessionSelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      name={name}
      className={className ? `form-field ${className}` : 'form-field'}
      placeholder={t('practice.fields.profession.placeholder')}
      value={value}
      onChange={(key) => onChange(isProfession(key) ? key : null)}
      isRequired
    >
      <Label className="form-field__label">{t('practice.fields.profession.label')}</Label>
      <Button className="select-field__button">
        <SelectValue className="select-field__value" />
        <span className="select-field__chevron" aria-hidden="true" />
      </Button>
      <FieldError className="form-field__error">
        {/* The hidden native <select> would word "required" in the browser's language, not ours. */}
        {({ validationDetails, validationErrors }) =>
          validationDetails.valueMissing ? t('practice.errors.professionRequired') : validationErrors.join(' ')
        }
      </FieldError>
      <Popover className="select-field__popover" offset={4}>
        <ListBox className="select-field__list">
          {PROFESSIONS.map((profession) => (
            <ListBoxItem key={profession} id={profession} className="select-field__option">
              {t(`practice.professions.${profession}`)}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
