import { useId } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../electron/core/model/schemas/store-status.ts';
import { formatBytes, formatDateTime } from '../../components/format.ts';

function BackupItem({ backup, latest, onRestore }: { backup: BackupInfo; latest: boolean; onRestore(): void }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  return (
    <li className="backup-list__item">
      <div className="backup-list__text">
        <p id={titleId} className="backup-list__date">
          {t('storeProblem.backups.takenAt', { date: formatDateTime(backup.takenAt, i18n.language) })}
          {latest ? <span className="tag">{t('storeProblem.backups.latest')}</span> : null}
        </p>
        <p className="backup-list__meta">
          <span>{t(`storeProblem.backups.reason.${backup.reason}`)}</span>
          <span aria-hidden="true"> · </span>
          <span>{t('storeProblem.backups.size', { size: formatBytes(backup.sizeBytes, i18n.language) })}</span>
        </p>
      </div>
      <Button className="button button--secondary" aria-describedby={titleId} onPress={onRestore}>
        {t('storeProblem.backups.restore')}
      </Button>
    </li>
  );
}

/** The automatic backups that could replace an unreadable database, newest first. */
export function BackupList({ backups, onRestore }: { backups: readonly BackupInfo[]; onRestore(backup: BackupInfo): void }) {
  const { t } = useTranslation();
  return (
    <ul className="backup-list" aria-label={t('storeProblem.backups.listLabel')}>
      {backups.map((backup, index) => (
        <BackupItem key={backup.id} backup={backup} latest={index === 0} onRestore={() => onRestore(backup)} />
      ))}
    </ul>
  );
}
