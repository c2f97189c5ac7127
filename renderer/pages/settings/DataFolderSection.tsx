import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFailure, DataFolder, DataFolderMove } from '../../../electron/core/model/schemas/store-status.ts';
import { api } from '../../api/client.ts';
import { useLoad } from '../../app/use-load.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Panel } from '../../components/Panel.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';

/** The system's code, said as the cause an IT provider can act on. */
type FailureCause = 'locked' | 'not-a-folder' | 'disk-full' | 'read-only' | 'missing' | 'other';

function causeOf(code: string): FailureCause {
  if (['EBUSY', 'EPERM', 'EACCES'].includes(code)) return 'locked';
  if (['ENOTDIR', 'EEXIST'].includes(code)) return 'not-a-folder';
  if (code === 'ENOSPC') return 'disk-full';
  if (code === 'EROFS') return 'read-only';
  if (code === 'ENOENT') return 'missing';
  return 'other';
}

/** One "label: value" row of a facts list. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A daily backup that failed: plain words first, what the IT provider needs folded below. */
function BackupFailureNotice({ failure }: { failure: BackupFailure }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <div className="callout callout--warning data-folder__failure">
      <p className="data-folder__headline">{t('dataFolder.failure.headline', { date: date(failure.firstFailedAt) })}</p>
      <p>{t('dataFolder.failure.reassure')}</p>
      <p>{t('dataFolder.failure.todo')}</p>
      <details className="disclosure data-folder__details">
        <summary className="disclosure__summary">{t('dataFolder.failure.details')}</summary>
        <dl className="facts disclosure__body">
          <Fact label={t('dataFolder.failure.cause')}>
            {t(`dataFolder.failure.causes.${causeOf(failure.code)}`, { code: failure.code })}
          </Fact>
          <Fact label={t('dataFolder.failure.code')}>
            <code>{failure.code}</code>
          </Fact>
          <Fact label={t('dataFolder.failure.backupsFolder')}>
            <code className="path">{failure.folder}</code>
          </Fact>
          <Fact label={t('dataFolder.failure.since')}>{date(failure.firstFailedAt)}</Fact>
          <Fact label={t('dataFolder.failure.last')}>{date(failure.lastFailedAt)}</Fact>
          <Fact label={t('dataFolder.failure.attempts')}>{failure.attempts}</Fact>
        </dl>
      </details>
    </div>
  );
}

/** The move out of Windows' roaming profile: done (where the old copy is), or not yet (why). */
function MoveNotice({ move }: { move: DataFolderMove }) {
  const { t, i18n } = useTranslation();
  const date = formatDateTime(move.at, i18n.language);
  if (move.state === 'failed') {
    return (
      <div className="callout callout--warning data-folder__move">
        <p>{t('dataFolder.move.failed')}</p>
        <details className="disclosure data-folder__details">
          <summary className="disclosure__summary">{t('dataFolder.move.failedDetails')}</summary>
          <dl className="facts disclosure__body">
            <Fact label={t('dataFolder.move.from')}>
              <code className="path">{move.from}</code>
            </Fact>
            <Fact label={t('dataFolder.move.to')}>
              <code className="path">{move.to}</code>
            </Fact>
            <Fact label={t('dataFolder.move.code')}>
              <code>{move.code}</code>
            </Fact>
          </dl>
        </details>
      </div>
    );
  }
  return (
    <details className="disclosure data-folder__details">
      <summary className="disclosure__summary">{t('dataFolder.move.movedTitle')}</summary>
      <div className="disclosure__body prose">
        <p>{t('dataFolder.move.moved', { date, to: move.to })}</p>
        <p>{move.leftover ? t('dataFolder.move.leftover', { leftover: move.leftover }) : t('dataFolder.move.leftoverPending', { from: move.from })}</p>
      </div>
    </details>
  );
}

function DataFolderFacts({ value }: { value: DataFolder }) {
  const { t, i18n } = useTranslation();
  const latest = value.backups[0];
  return (
    <dl className="facts">
      <Fact label={t('dataFolder.latest')}>
        {latest
          ? t('dataFolder.latestValue', { date: formatDateTime(latest.takenAt, i18n.language), reason: t(`dataFolder.reasons.${latest.reason}`) })
          : value.dailyBackupFailure
            ? t('dataFolder.noneShort')
            : t('dataFolder.none')}
      </Fact>
      <Fact label={t('dataFolder.kept')}>{value.backups.length}</Fact>
      <Fact label={t('dataFolder.folder')}>
        <code className="path">{value.folder}</code>
      </Fact>
    </dl>
  );
}

/**
 * Where the data is and whether it is backed up. A daily backup that failed is a warning here,
 * never a reason for Hygie not to open (core/store/store.ts).
 */
export function DataFolderSection() {
  const { t } = useTranslation();
  const { state, reload } = useLoad(api.store.dataFolder);
  let chip = null;
  if (state.status === 'ready') {
    const { dailyBackupFailure, backups } = state.value;
    chip = dailyBackupFailure ? (
      <StatusChip tone="warning" label={t('dataFolder.status.failed')} />
    ) : backups.length > 0 ? (
      <StatusChip tone="success" label={t('dataFolder.status.ok')} />
    ) : (
      <StatusChip tone="neutral" label={t('dataFolder.status.none')} />
    );
  }
  return (
    <Panel title={t('dataFolder.title')} icon="clock" aside={chip} className="data-folder">
      {state.status === 'loading' ? (
        <p className="prose prose--muted">{t('dataFolder.loading')}</p>
      ) : state.status === 'failed' ? (
        <ErrorBanner error={state.failure} onRetry={() => void reload()} />
      ) : (
        <div className="stack">
          <p className="prose">{t('dataFolder.lead')}</p>
          {state.value.dailyBackupFailure ? <BackupFailureNotice failure={state.value.dailyBackupFailure} /> : null}
          <DataFolderFacts value={state.value} />
          {state.value.move ? <MoveNotice move={state.value.move} /> : null}
        </div>
      )}
    </Panel>
  );
}
