import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { MfaMatrix } from '../../../electron/core/model/schemas/mfa-matrix.ts';
import type { ServiceId } from '../../../electron/core/model/schemas/staff.ts';
import { SearchBox } from '../../components/SearchBox.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { displayName } from '../staff/labels.ts';
import { isFiltered, type MfaFilters as Filters } from './use-mfa-filters.ts';

/** Words to search, one person, one service, and a way back to everything. */
export function MfaFilters({ matrix, filters, onChange }: { matrix: MfaMatrix; filters: Filters; onChange(change: Partial<Filters>): void }) {
  const { t } = useTranslation();
  const people = [...matrix.rows].map((row) => ({ id: row.staffId, label: displayName(row) })).sort((a, b) => a.label.localeCompare(b.label, 'fr'));
  return (
    <div className="action-filters mfa-filters" role="group" aria-label={t('mfa.filters.label')}>
      <SearchBox
        className="mfa-filters__search"
        label={t('mfa.filters.search')}
        placeholder={t('mfa.filters.searchPlaceholder')}
        clearLabel={t('mfa.filters.clearSearch')}
        value={filters.q}
        onChange={(q) => onChange({ q })}
      />
      <SelectField
        label={t('mfa.filters.person')}
        className="action-filters__field"
        value={filters.person}
        onChange={(person) => onChange({ person })}
        options={[{ id: 'all', label: t('mfa.filters.everyone') }, ...people]}
      />
      <SelectField<ServiceId | 'all'>
        label={t('mfa.filters.service')}
        className="action-filters__field"
        value={filters.service}
        onChange={(service) => onChange({ service })}
        options={[
          { id: 'all', label: t('mfa.filters.allServices') },
          ...matrix.coverage.map((item) => ({ id: item.service, label: t(`staff.services.${item.service}`) })),
        ]}
      />
      {isFiltered(filters) ? (
        <Button className="button button--secondary button--small action-filters__clear" onPress={() => onChange({ person: 'all', service: 'all', q: '' })}>
          {t('mfa.filters.clear')}
        </Button>
      ) : null}
    </div>
  );
}
