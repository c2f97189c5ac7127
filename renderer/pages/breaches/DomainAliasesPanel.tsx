import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DomainAlias, DomainWatch } from '../../../electron/core/model/schemas/breach-check.ts';
import { api } from '../../api/client.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Panel } from '../../components/Panel.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useAction } from '../../components/use-action.ts';

// The addresses of the practice's verified domain that HIBP found (in a breach or a stealer log)
// but that are not on the staff list: former staff, shared boxes, typos. Each can be added to
// the staff (a new person with that mailbox) or set aside; set-aside ones stay listed, folded.

interface DomainAliasesPanelProps {
  domains: DomainWatch;
  /** Something changed (a person added, an address set aside): the page reads the results again. */
  onChanged: () => void;
}

function AddToStaffForm({ alias, onDone, onCancel }: { alias: DomainAlias; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState(alias.alias);
  const action = useAction();
  const submit = () =>
    void action.run(async () => {
      await api.breach.addAliasToStaff({ address: alias.address, firstName, lastName });
      onDone();
    });
  return (
    <Form
      className="alias-form"
      aria-label={t('watch.aliases.formTitle', { address: alias.address })}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="inline-row">
        <TextInputField label={t('watch.aliases.firstName')} value={firstName} onChange={setFirstName} />
        <TextInputField label={t('watch.aliases.lastName')} value={lastName} onChange={setLastName} isRequired />
      </div>
      <div className="button-row">
        <Button type="submit" className="button button--primary" isDisabled={action.busy || lastName.trim() === ''}>
          <Icon name="plus" />
          {action.busy ? t('watch.aliases.saving') : t('watch.aliases.save')}
        </Button>
        <Button className="button button--secondary" onPress={onCancel}>
          {t('watch.aliases.cancel')}
        </Button>
      </div>
      {action.failure ? <ErrorBanner error={action.failure} /> : null}
    </Form>
  );
}

function AliasItem({ alias, onChanged, announce }: { alias: DomainAlias; onChanged: () => void; announce: (text: string) => void }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const action = useAction();
  const setIgnored = (ignore: boolean) =>
    void action.run(async () => {
      await api.breach.ignoreAlias({ address: alias.address, ignore });
      announce(t(ignore ? 'watch.aliases.ignored' : 'watch.aliases.restored', { address: alias.address }));
      onChanged();
    });
  return (
    <li className="result-item alias-item" data-alias={alias.address}>
      <div className="split-row">
        <p className="result-item__name">{alias.address}</p>
        <StatusChip tone={alias.stealerLogWebsites.length > 0 ? 'danger' : 'warning'} label={t('watch.aliases.chip')} />
      </div>
      {alias.breaches.length > 0 ? <p>{t('watch.aliases.foundIn', { names: alias.breaches.map((breach) => breach.title).join(', ') })}</p> : null}
      {alias.stealerLogWebsites.length > 0 ? <p className="alias-item__stolen">{t('watch.aliases.stealerLogs', { websites: alias.stealerLogWebsites.join(', ') })}</p> : null}
      {adding ? (
        <AddToStaffForm
          alias={alias}
          onCancel={() => setAdding(false)}
          onDone={() => {
            announce(t('watch.aliases.added', { address: alias.address }));
            onChanged();
          }}
        />
      ) : (
        <div className="button-row">
          {alias.ignored ? (
            <Button className="button button--secondary" aria-label={t('watch.aliases.restoreLabel', { address: alias.address })} onPress={() => setIgnored(false)} isDisabled={action.busy}>
              {t('watch.aliases.restore')}
            </Button>
          ) : (
            <>
              <Button className="button button--secondary" aria-label={t('watch.aliases.addLabel', { address: alias.address })} onPress={() => setAdding(true)}>
                <Icon name="plus" />
                {t('watch.aliases.add')}
              </Button>
              <Button className="button button--secondary" aria-label={t('watch.aliases.ignoreLabel', { address: alias.address })} onPress={() => setIgnored(true)} isDisabled={action.busy}>
                {t('watch.aliases.ignore')}
              </Button>
            </>
          )}
        </div>
      )}
      {action.failure ? <ErrorBanner error={action.failure} /> : null}
    </li>
  );
}

export function DomainAliasesPanel({ domains, onChanged }: DomainAliasesPanelProps) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const open = domains.aliasesNotOnRoster.filter((alias) => !alias.ignored);
  const ignored = domains.aliasesNotOnRoster.filter((alias) => alias.ignored);
  if (domains.aliasesNotOnRoster.length === 0) return null;
  return (
    <Panel title={t('watch.aliases.title')} icon="staff" className="alias-panel">
      <p className="prose">{t('watch.aliases.lead')}</p>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {open.length > 0 ? (
        <ul className="result-list">
          {open.map((alias) => (
            <AliasItem key={alias.address} alias={alias} onChanged={onChanged} announce={setAnnouncement} />
          ))}
        </ul>
      ) : null}
      {ignored.length > 0 ? (
        <details className="disclosure alias-panel__ignored">
          <summary>{t('watch.aliases.ignoredTitle', { count: ignored.length })}</summary>
          <ul className="result-list">
            {ignored.map((alias) => (
              <AliasItem key={alias.address} alias={alias} onChanged={onChanged} announce={setAnnouncement} />
            ))}
          </ul>
        </details>
      ) : null}
    </Panel>
  );
}
