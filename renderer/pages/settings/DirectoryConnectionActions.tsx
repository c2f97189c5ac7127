import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DirectoryImportResult as Result, DirectoryProvider, DirectoryStatus } from '../../../electron/core/model/schemas/directory.ts';
import { api } from '../../api/client.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { useAction } from '../../components/use-action.ts';
import { DirectoryImportResult } from './DirectoryImportResult.tsx';

interface DirectoryConnectionActionsProps {
  provider: DirectoryProvider;
  onStatus(next: DirectoryStatus): void;
  /** Something went to the audit log. */
  onChanged(): void;
}

/** Once connected: import the MFA status (the one main action), or disconnect. */
export function DirectoryConnectionActions({ provider, onStatus, onChanged }: DirectoryConnectionActionsProps) {
  const { t } = useTranslation();
  const action = useAction<'importing' | 'disconnecting'>();
  const { pending: busy, failure } = action;
  const [result, setResult] = useState<Result | null>(null);

  const run = async (kind: 'importing' | 'disconnecting', work: () => Promise<void>) => {
    const ok = await action.run(async () => {
      await work();
      return true;
    }, { label: kind });
    // A refused token is forgotten by the engine: show the connection as it now is.
    if (!ok) await api.directory.status().then(onStatus, () => undefined);
    onChanged();
  };

  const importStatus = () =>
    void run('importing', async () => {
      setResult(null);
      setResult(await api.directory.import({ provider }));
      onStatus(await api.directory.status());
    });

  const disconnect = () =>
    void run('disconnecting', async () => {
      setResult(null);
      onStatus(await api.directory.disconnect({ provider }));
    });

  return (
    <>
      <div className="button-row">
        <Button className="button button--primary" isDisabled={busy !== null} onPress={importStatus}>
          {busy === 'importing' ? t('directory.importing') : t('directory.import')}
        </Button>
        <Button className="button button--secondary button--danger-text" isDisabled={busy !== null} onPress={disconnect}>
          {busy === 'disconnecting' ? t('directory.disconnecting') : t('directory.disconnect')}
        </Button>
      </div>
      <SaveStatus pending={busy === 'importing' ? t('directory.importing') : null} />
      {failure ? <ErrorBanner error={failure} /> : null}
      {result ? <DirectoryImportResult result={result} /> : null}
    </>
  );
}
