import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ACTION_AREAS, type ActionArea, type ActionList } from '../../../electron/core/model/schemas/actions.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { isFiltered, SHOW_OPTIONS, type ActionFilters as Filters, type Show } from './use-action-filters.ts';

const SHOW_LABELS: Record<Show, 'showAll' | 'showFound' | 'showToCheck'> = { all: 'showAll', found: 'showFound', 'to-check': 'showToCheck' };

/** Who, which area, and found problems or what is still to check: three lists, and a way back to everything. */
export function ActionFilters({ list, filters, onChange }: { list: ActionList; filters: Filters; onChange(change: Partial<Filters>): void }) {
  const { t } = useTranslation();
  const hasPractice = list.actions.some((item) => item.person === null) || list.toCheck.some((item) => item.person === null);
  return (
    <div className="action-filters" role="group" aria-label={t('actions.filters.label')}>
      <SelectField
        label={t('actions.filters.person')}
        className="action-filters__field"
        value={filters.person}
        onChange={(person) => onChange({ person })}
        options={[
          { id: 'all', label: t('actions.filters.everyone') },
          ...list.people.map((person) => ({ id: person.id, label: person.name })),
          ...(hasPractice ? [{ id: 'practice', label: t('actions.filters.practice') }] : []),
        ]}
      />
      <SelectField<ActionArea | 'all'>
        label={t('actions.filters.area')}
        className="action-filters__field"
        value={filters.area}
        onChange={(area) => onChange({ area })}
        options={[{ id: 'all', label: t('actions.filters.allAreas') }, ...ACTION_AREAS.map((area) => ({ id: area, label: t(`actions.areas.${area}`) }))]}
      />
      <SelectField<Show>
        label={t('actions.filters.show')}
        className="action-filters__field"
        value={filters.show}
        onChange={(show) => onChange({ show })}
        options={SHOW_OPTIONS.map((show) => ({ id: show, label: t(`actions.filters.${SHOW_LABELS[show]}`) }))}
      />
      {isFiltered(filters) ? (
        <Button className="button button--secondary button--small action-filters__clear" onPress={() => onChange({ person: 'all', area: 'all', show: 'all' })}>
          {t('actions.filters.clear')}
        </Button>
      ) : null}
    </div>
  );
}
