import { useCallback, useState } from 'react';
import { Button, Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { MfaMatrix } from '../../../electron/core/model/schemas/mfa-matrix.ts';
import type { SharedAccount } from '../../../electron/core/model/schemas/shared-account.ts';
import type { StaffMember } from '../../../electron/core/model/schemas/staff.ts';
import { api } from '../../api/client.ts';
import { useLoad } from '../../app/use-load.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Panel } from '../../components/Panel.tsx';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useAction } from '../../components/use-action.ts';
import { displayName } from './labels.ts';

// Shared mailboxes (accueil@) and shared accounts: a name, the service, the person who answers for
// it (its walkthrough is theirs) and the others who use it. A personal login shared by several
// people is said plainly, with the fix; the Actions page lists it too.

interface SharedAccountsPanelProps {
  members: readonly StaffMember[];
  refreshKey: unknown;
  /** A mailbox handed to someone else moves its address to their record: the roster must be read again. */
  onOwnerChanged(): void;
}

/** Loaded with the roster: `refreshKey` changes when the roster does. */
export function SharedAccountsPanel({ members, refreshKey, onOwnerChanged }: SharedAccountsPanelProps) {
  const { t } = useTranslation();
  const fetch = useCallback(() => api.staff.sharedList(), []);
  const { state, set } = useLoad(fetch, refreshKey);
  // Everyone's accounts are read only when the form opens: a 10,000-person roster must not wait for them.
  const [matrix, setMatrix] = useState<MfaMatrix | null>(null);
  const [accountId, setAccountId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [users, setUsers] = useState<string[]>([]);
  // Who answers for it: its owner until another person is chosen (the account then moves to them).
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const action = useAction<'save' | 'remove' | 'open'>();
  if (state.status !== 'ready' || members.length === 0) return null;
  const shared = state.value;
  const accounts = (matrix?.rows ?? []).flatMap((row) =>
    row.cells.map((cell) => ({
      id: cell.accountId,
      ownerId: row.staffId,
      label: `${displayName(row)} — ${t(`staff.services.${cell.service}`)}${cell.identifier ? ` ${cell.identifier}` : ''}`,
    })),
  );
  const chosen = accounts.find((account) => account.id === accountId) ?? null;

  const pick = (id: string) => {
    setAccountId(id);
    const existing = shared.find((account) => account.accountId === id);
    setName(existing?.name ?? '');
    setUsers(existing?.users.map((user) => user.id) ?? []);
    setOwnerId(null);
  };
  const owner = ownerId ?? chosen?.ownerId ?? null;
  // The former owner usually still reads the mailbox: ticked as a user, which can be undone.
  const chooseOwner = (id: string) => {
    if (!chosen) return;
    const others = users.filter((user) => user !== id && user !== chosen.ownerId);
    setUsers(id === chosen.ownerId ? others : [...others, chosen.ownerId]);
    setOwnerId(id === chosen.ownerId ? null : id);
  };
  const save = () =>
    void action.run(
      async () => {
        const moved = ownerId !== null && ownerId !== chosen?.ownerId;
        const list = await api.staff.sharedSave({
          accountId: accountId!,
          name: name.trim(),
          userIds: users.filter((user) => user !== owner),
          ...(moved ? { ownerId } : {}),
        });
        set(list);
        // The account is the new owner's now: the list of accounts and the roster say so.
        if (moved) {
          setMatrix(await api.mfa.matrix());
          const member = members.find((candidate) => candidate.id === ownerId);
          setAnnouncement(t('staff.shared.ownerChanged', { name: member ? displayName(member) : '' }));
          onOwnerChanged();
        } else setAnnouncement('');
        setAccountId(null);
        setName('');
        setUsers([]);
        setOwnerId(null);
      },
      { label: 'save' },
    );
  const remove = (account: SharedAccount) =>
    void action.run(async () => set(await api.staff.sharedRemove({ accountId: account.accountId })), { label: 'remove' });
  const openForm = (then?: string) =>
    void action.run(
      async () => {
        setMatrix(await api.mfa.matrix());
        if (then) pick(then);
      },
      { label: 'open' },
    );

  return (
    <Panel title={t('staff.shared.title')} icon="staff">
      <p className="prose">{t('staff.shared.lead')}</p>
      {shared.length === 0 ? (
        <p className="prose prose--muted">{t('staff.shared.empty')}</p>
      ) : (
        <ul className="staff-shared-list">
          {shared.map((account) => (
            <li key={account.accountId} className="staff-shared-list__item">
              <div>
                <p className="data-table__name">
                  {account.name} <span className="data-table__hint">— {t(`staff.services.${account.service}`)} {account.identifier}</span>
                </p>
                <p className="data-table__hint">
                  {t('staff.shared.owner', { name: account.owner.name })}
                  {account.users.length > 0 ? ` · ${t('staff.shared.users', { names: account.users.map((user) => user.name).join(', ') })}` : ''}
                </p>
                {account.personalCredential ? (
                  <p className="inline-row">
                    <StatusChip tone="danger" label={t('staff.shared.personal')} />
                    <span className="data-table__hint">{account.service === 'amelipro' ? t('staff.shared.fixAmelipro') : t('staff.shared.fix')}</span>
                  </p>
                ) : null}
              </div>
              <div className="inline-row">
                <Button className="button button--secondary button--small" onPress={() => (matrix ? pick(account.accountId) : openForm(account.accountId))}>
                  {t('staff.shared.edit')}
                </Button>
                <Button className="button button--secondary button--small" isDisabled={action.pending !== null} onPress={() => remove(account)}>
                  <Icon name="cross" />
                  {t('staff.shared.remove', { name: account.name })}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {matrix === null ? (
        <Button className="button button--secondary" isPending={action.pending === 'open'} onPress={() => openForm()}>
          <Icon name="plus" />
          {t('staff.shared.add')}
        </Button>
      ) : null}
      <div className="staff-shared-form" hidden={matrix === null}>
        <SelectField
          label={t('staff.shared.account')}
          description={t('staff.shared.accountHint')}
          options={accounts.map((account) => ({ id: account.id, label: account.label }))}
          value={accountId}
          placeholder={t('staff.shared.accountPlaceholder')}
          onChange={pick}
        />
        {chosen ? (
          <>
            <TextInputField label={t('staff.shared.name')} description={t('staff.shared.nameHint')} value={name} onChange={setName} maxLength={120} />
            <SelectField
              label={t('staff.shared.ownerLabel')}
              description={t('staff.shared.ownerHint')}
              options={members.map((member) => ({ id: member.id, label: displayName(member) }))}
              value={owner}
              onChange={chooseOwner}
            />
            <CheckboxGroup className="staff-checkbox-group" value={users} onChange={setUsers}>
              <Label className="form-field__label">{t('staff.shared.usersLabel')}</Label>
              <Text slot="description" className="staff-hint">
                {t('staff.shared.usersHint')}
              </Text>
              <div className="staff-checkbox-group__options">
                {members
                  .filter((member) => member.id !== owner)
                  .map((member) => (
                    <Checkbox key={member.id} value={member.id} className="checkbox">
                      <span className="checkbox__box" aria-hidden="true">
                        <Icon name="check" className="checkbox__tick" />
                      </span>
                      <span>{displayName(member)}</span>
                    </Checkbox>
                  ))}
              </div>
            </CheckboxGroup>
            <Button className="button button--secondary" isDisabled={!name.trim()} isPending={action.pending === 'save'} onPress={save}>
              {t('staff.shared.save')}
            </Button>
          </>
        ) : null}
      </div>
      {action.failure ? <ErrorBanner error={action.failure} /> : null}
      <SaveStatus done={announcement} collapse />
    </Panel>
  );
}
