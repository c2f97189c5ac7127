import { useId, useMemo, useState, type ReactNode } from 'react';
import {
  Button,
  Cell,
  Column,
  Menu,
  MenuItem,
  MenuTrigger,
  Popover,
  Row,
  Table,
  TableBody,
  TableHeader,
  type SortDescriptor,
} from 'react-aria-components';
import { ShowMore } from './ShowMore.tsx';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../electron/core/model/schemas/staff.ts';
import { Panel } from '../../components/Panel.tsx';
import { ChipList, EmailList } from './EmailList.tsx';
import { Icon } from '../../components/Icon.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { displayName, roleText } from './labels.ts';
import { fold, matches } from './text-search.ts';

/** Finds the search box, e.g. to put the focus back there after a removal. */
export const SEARCH_INPUT_SELECTOR = 'input[data-staff-search]';

/** Rows drawn at once: a 10,000-person roster stays quick to filter, sort and scroll. */
export const ROSTER_PAGE_SIZE = 100;

interface Entry {
  member: StaffMember;
  name: string;
  role: string;
  /** Name, e-mails and role, folded once per list (see fold). */
  haystack: string;
}

interface RosterSectionProps {
  members: readonly StaffMember[];
  onEdit: (member: StaffMember) => void;
  onRemove: (member: StaffMember) => void;
  /** Shown in place of the table while nobody is on the list. */
  emptyState: ReactNode;
}

function SortIndicator({ direction }: { direction: SortDescriptor['direction'] | undefined }) {
  return (
    <Icon
      name={direction === 'ascending' ? 'sortAscending' : direction === 'descending' ? 'sortDescending' : 'sortNone'}
      className={direction ? 'staff-table__sort staff-table__sort--active' : 'staff-table__sort'}
    />
  );
}

export function RosterSection({ members, onEdit, onRemove, emptyState }: RosterSectionProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortDescriptor>({ column: 'name', direction: 'ascending' });
  const [limit, setLimit] = useState(ROSTER_PAGE_SIZE);

  const entries = useMemo<Entry[]>(
    () =>
      members.map((member) => {
        const name = displayName(member);
        const role = roleText(t, member);
        return { member, name, role, haystack: fold([name, role, ...member.emails].join(' ')) };
      }),
    // t changes with the language: role names are searched in the language shown.
    [members, t],
  );

  const shown = useMemo(() => {
    const collator = new Intl.Collator(i18n.language === 'en' ? 'en' : 'fr', { sensitivity: 'base', numeric: true });
    const byName = (a: Entry, b: Entry) =>
      collator.compare(a.member.lastName, b.member.lastName) ||
      collator.compare(a.member.firstName, b.member.firstName) ||
      collator.compare(a.member.id, b.member.id);
    const compare =
      sort.column === 'role' ? (a: Entry, b: Entry) => collator.compare(a.role, b.role) || byName(a, b) : byName;
    const filtered = query.trim() === '' ? [...entries] : entries.filter((entry) => matches(entry.haystack, query));
    filtered.sort(sort.direction === 'descending' ? (a, b) => compare(b, a) : compare);
    return filtered;
  }, [entries, query, sort, i18n.language]);

  const visible = shown.slice(0, limit);
  const remaining = shown.length - visible.length;
  const total = members.length;
  const count =
    query.trim() === ''
      ? t('staff.list.count', { count: total })
      : t('staff.list.countFiltered', { matches: shown.length, count: total });

  return (
    <Panel
      title={t('staff.list.title')}
      icon="staff"
      headingId={headingId}
      aside={
        // Said politely as the search narrows the list (a status message, WCAG 4.1.3).
        <span className="staff-count" aria-live="polite">
          {count}
        </span>
      }
    >
      {total === 0 ? (
        emptyState
      ) : (
        <>
          <SearchBox
            label={t('staff.list.search')}
            placeholder={t('staff.list.searchPlaceholder')}
            clearLabel={t('staff.list.clearSearch')}
            inputData="staff-search"
            value={query}
            onChange={(value) => {
              setQuery(value);
              setLimit(ROSTER_PAGE_SIZE);
            }}
          />

          <div className="staff-table-wrap">
            <Table
              className="staff-table"
              aria-labelledby={headingId}
              sortDescriptor={sort}
              onSortChange={(next) => {
                setSort(next);
                setLimit(ROSTER_PAGE_SIZE);
              }}
            >
              <TableHeader className="staff-table__head">
                <Column id="name" isRowHeader allowsSorting className="staff-table__column staff-table__column--name">
                  {({ sortDirection }) => (
                    <span className="staff-table__heading">
                      {t('staff.list.columns.name')}
                      <SortIndicator direction={sortDirection} />
                    </span>
                  )}
                </Column>
                <Column id="role" allowsSorting className="staff-table__column">
                  {({ sortDirection }) => (
                    <span className="staff-table__heading">
                      {t('staff.list.columns.role')}
                      <SortIndicator direction={sortDirection} />
                    </span>
                  )}
                </Column>
                <Column id="emails" className="staff-table__column">
                  {t('staff.list.columns.emails')}
                </Column>
                <Column id="services" className="staff-table__column">
                  {t('staff.list.columns.services')}
                </Column>
                <Column id="actions" className="staff-table__column staff-table__column--actions">
                  <span className="visually-hidden">{t('staff.list.columns.actions')}</span>
                </Column>
              </TableHeader>
              <TableBody
                items={visible}
                className="staff-table__body"
                renderEmptyState={() => <p className="staff-table__empty">{t('staff.list.noMatch', { query: query.trim() })}</p>}
              >
                {(entry) => (
                  <Row id={entry.member.id} className="staff-table__row">
                    <Cell className="staff-table__cell staff-table__cell--name">{entry.name}</Cell>
                    <Cell className="staff-table__cell">{entry.role}</Cell>
                    <Cell className="staff-table__cell">
                      <EmailList emails={entry.member.emails} />
                    </Cell>
                    <Cell className="staff-table__cell">
                      {entry.member.services.length === 0 ? (
                        <span className="staff-muted">{t('staff.list.noServices')}</span>
                      ) : (
                        <ChipList labels={entry.member.services.map((service) => t(`staff.services.${service}`))} />
                      )}
                    </Cell>
                    <Cell className="staff-table__cell staff-table__cell--actions">
                      <div className="staff-row-actions">
                        <Button
                          className="staff-icon-button"
                          aria-label={t('staff.list.editLabel', { name: entry.name })}
                          onPress={() => onEdit(entry.member)}
                        >
                          <Icon name="pencil" />
                          <span aria-hidden="true">{t('staff.list.edit')}</span>
                        </Button>
                        {/* Removing is rare and cannot be undone from here: behind the row's menu, not a red button on every row. */}
                        <MenuTrigger>
                          <Button className="staff-icon-button" aria-label={t('staff.list.moreLabel', { name: entry.name })}>
                            <Icon name="more" />
                          </Button>
                          <Popover className="row-menu" placement="bottom end">
                            <Menu className="row-menu__list" onAction={() => onRemove(entry.member)}>
                              <MenuItem id="remove" className="row-menu__item row-menu__item--danger" textValue={t('staff.list.remove')}>
                                <Icon name="trash" />
                                <span>{t('staff.list.remove')}</span>
                              </MenuItem>
                            </Menu>
                          </Popover>
                        </MenuTrigger>
                      </div>
                    </Cell>
                  </Row>
                )}
              </TableBody>
            </Table>
          </div>

          {remaining > 0 ? (
            <ShowMore
              status={t('staff.list.showing', { shown: visible.length, count: shown.length })}
              label={t('staff.list.showMore', { count: Math.min(ROSTER_PAGE_SIZE, remaining) })}
              onMore={() => setLimit((current) => current + ROSTER_PAGE_SIZE)}
            />
          ) : null}
        </>
      )}
    </Panel>
  );
}
