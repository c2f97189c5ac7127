import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { PasswordResults } from '../../../electron/core/model/schemas/password.ts';
import { Icon } from '../../components/Icon.tsx';
import { Panel } from '../../components/Panel.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { displayName } from '../staff/labels.ts';

interface SittingPickerProps {
  persons: PasswordResults['persons'];
  starting: boolean;
  onStart(staffId: string): void;
  /** The no-typing alternative: the chosen person answers four questions per account. */
  onDeclare(staffId: string): void;
}

/** "Who is at the desk?": one person at a time checks their own accounts. */
export function SittingPicker({ persons, starting, onStart, onDeclare }: SittingPickerProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <Panel title={t('passwords.sitting.pickerTitle')} icon="staff" className="pw-picker">
      <p className="prose">{t('passwords.sitting.pickerLead')}</p>
      <Form
        className="pw-picker__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (chosen) onStart(chosen);
        }}
      >
        <SelectField
          label={t('passwords.sitting.person')}
          placeholder={t('passwords.sitting.placeholder')}
          options={persons.map((person) => ({ id: person.staffId, label: displayName(person) }))}
          value={chosen}
          onChange={setChosen}
        />
        <Button type="submit" className="button button--primary" isDisabled={!chosen || starting}>
          <Icon name="arrowRight" />
          {starting ? t('passwords.sitting.starting') : t('passwords.sitting.start')}
        </Button>
      </Form>
      <div className="pw-picker__declare">
        <p className="prose prose--muted">{t('passwords.declare.title')}</p>
        <p className="text-hint">{t('passwords.declare.counts')}</p>
        <Button className="button button--secondary" isDisabled={!chosen} onPress={() => chosen && onDeclare(chosen)}>
          <Icon name="check" />
          {t('passwords.declare.open')}
        </Button>
        {chosen ? null : <p className="text-hint">{t('passwords.declare.choose')}</p>}
      </div>
    </Panel>
  );
}
