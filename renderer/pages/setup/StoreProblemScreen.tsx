import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../electron/core/model/schemas/store-status.ts';
import { api } from '../../api/client.ts';
import type { FailureText } from '../../api/failure-text.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { formatDateTime, formatTime } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Panel } from '../../components/Panel.tsx';
import { ProviderDetails } from '../../components/ProviderDetails.tsx';
import { useAction } from '../../components/use-action.ts';
import { BackupList } from './BackupList.tsx';
import { RestoreEntry } from './RestoreEntry.tsx';
import { StandaloneScreen } from './StandaloneScreen.tsx';

/** What the store gate does for this screen; both resolve to whether the data is still out of reach. */
export interface StoreProblemActions {
  retry(): Promise<'opened' | 'unavailable'>;
  /** Throws the call's failure (e.g. backup-not-found); the dialog says it. */
  restore(backupId: string): Promise<'opened' | 'unavailable'>;
}

interface StoreProblemScreenProps extends StoreProblemActions {
  failure: FailureText;
  backups: readonly BackupInfo[];
  /** "Restore on a new computer" with a backup and the recovery kit's words. */
  onRestoreWithKit(): void;
}

/** Where the recovery kit can help: the data's key is missing, or the data cannot be read. */
const KIT_CAN_HELP = new Set(['database-key-missing', 'database-unreadable']);

type Notice = { kind: 'still-failing'; at: Date } | { kind: 'restore-still-failing' } | null;

/** Where Hygie's data lives, for the IT provider; nothing is shown if even that cannot be asked. */
function useDataDir(): string | null {
  const [dataDir, setDataDir] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    api.app.info().then(
      (info) => {
        if (!cancelled) setDataDir(info.dataDir);
      },
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return dataDir;
}

/**
 * Hygie cannot open its data (no keychain, a damaged or too-new database, another program
 * holding it): say why and what to do, offer Retry, and the automatic backups when one can help.
 * Nothing here deletes anything: a restored backup sets the unreadable file aside.
 */
export function StoreProblemScreen({ failure, backups, retry, restore, onRestoreWithKit }: StoreProblemScreenProps) {
  const { t, i18n } = useTranslation();
  const dataDir = useDataDir();
  const [retrying, setRetrying] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [chosen, setChosen] = useState<BackupInfo | null>(null);
  const restoral = useAction();
  const { busy: restoring, failure: restoreFailure } = restoral;

  const onRetry = async () => {
    setRetrying(true);
    setNotice(null);
    try {
      if ((await retry()) === 'unavailable') setNotice({ kind: 'still-failing', at: new Date() });
    } finally {
      setRetrying(false);
    }
  };

  const onConfirmRestore = async () => {
    if (!chosen) return;
    await restoral.run(async () => {
      const outcome = await restore(chosen.id);
      if (outcome === 'unavailable') {
        setChosen(null);
        setNotice({ kind: 'restore-still-failing' });
      }
    });
  };

  const chosenDate = chosen ? formatDateTime(chosen.takenAt, i18n.language) : '';

  return (
    <StandaloneScreen className="store-problem">
      <PageHeader title={t('storeProblem.title')} lead={t('storeProblem.lead')} />
      <ErrorBanner error={failure} />
      <div className="store-problem__retry">
        <Button className="button button--primary" isPending={retrying} onPress={() => void onRetry()}>
          {retrying ? t('storeProblem.retrying') : t('storeProblem.retry')}
        </Button>
        <p role="status" className="store-problem__notice">
          {notice?.kind === 'still-failing'
            ? t('storeProblem.stillFailing', { time: formatTime(notice.at, i18n.language) })
            : notice?.kind === 'restore-still-failing'
              ? t('storeProblem.restoreStillFailing')
              : null}
        </p>
      </div>

      {backups.length > 0 ? (
        <Panel title={t('storeProblem.backups.title')} icon="clock">
          <p className="prose">{t('storeProblem.backups.lead')}</p>
          <BackupList
            backups={backups}
            onRestore={(backup) => {
              restoral.fail(null);
              setChosen(backup);
            }}
          />
        </Panel>
      ) : null}

      {failure.code && KIT_CAN_HELP.has(failure.code) ? (
        <RestoreEntry title={t('recovery.restore.problemTitle')} lead={t('recovery.restore.problemLead')} onRestore={onRestoreWithKit} />
      ) : null}

      {dataDir ? (
        <ProviderDetails className="store-problem__details">
          <p>{t('storeProblem.dataDirHint')}</p>
          <p>
            {t('storeProblem.dataDir')} <code className="long-value">{dataDir}</code>
          </p>
        </ProviderDetails>
      ) : null}

      <ConfirmDialog
        isOpen={chosen !== null}
        onOpenChange={(open) => {
          if (!open && !restoring) setChosen(null);
        }}
        title={t('storeProblem.confirm.title', { date: chosenDate })}
        confirmLabel={t('storeProblem.confirm.confirm')}
        pendingLabel={t('storeProblem.confirm.restoring')}
        cancelLabel={t('storeProblem.confirm.cancel')}
        onConfirm={() => void onConfirmRestore()}
        isPending={restoring}
        failure={restoreFailure}
      >
        <p className="prose">{t('storeProblem.confirm.body', { date: chosenDate })}</p>
        <p className="prose">{t('storeProblem.confirm.keptAside')}</p>
      </ConfirmDialog>
    </StandaloneScreen>
  );
}
