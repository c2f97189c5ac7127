import { useCallback, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { RosterImportResult, RosterPreview } from '../../electron/core/model/schemas/roster-import.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import { api } from '../api/client.ts';
import { useLoad } from '../app/use-load.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Icon } from '../components/Icon.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { focusPageTitle } from '../components/page-title.ts';
import { Panel } from '../components/Panel.tsx';
import { useAction } from '../components/use-action.ts';
import { downloadText } from './staff/download.ts';
import { ImportDropZone } from './staff/ImportDropZone.tsx';
import { ImportPreview } from './staff/ImportPreview.tsx';
import { ImportSummary } from './staff/ImportSummary.tsx';
import { displayName } from './staff/labels.ts';
import { PersonDialog } from './staff/PersonDialog.tsx';
import { RemoveDialog } from './staff/RemoveDialog.tsx';
import { SharedAccountsPanel } from './staff/SharedAccountsPanel.tsx';
import { RosterSection, SEARCH_INPUT_SELECTOR } from './staff/RosterSection.tsx';
import { useImport } from './staff/use-import.ts';

/** Which dialog is open: adding (member null), editing, or confirming a removal. */
type OpenDialog = { kind: 'person'; member: StaffMember | null } | { kind: 'remove'; member: StaffMember } | null;

export function StaffPage() {
  const { t, i18n } = useTranslation();
  // Reloaded after each change; the list on screen stays until the new one is there.
  const { state: roster, reload } = useLoad(api.staff.list);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [announcement, setAnnouncement] = useState('');
  const exporting = useAction();

  const onPreview = useCallback(
    (preview: RosterPreview) =>
      setAnnouncement(
        t('staff.announce.previewReady', {
          ready: t('staff.preview.ready', { count: preview.totals.ready }),
          errors: t('staff.preview.errors', { count: preview.totals.errors }),
        }),
      ),
    [t],
  );
  const onImported = useCallback(
    (result: RosterImportResult) => {
      void reload();
      setAnnouncement(
        t('staff.announce.imported', {
          imported: t('staff.summary.imported', { count: result.imported }),
          skipped: t('staff.summary.skipped', { count: result.skipped.length }),
        }),
      );
    },
    [reload, t],
  );
  const importer = useImport({ onPreview, onImported });
  const { state: importState } = importer;

  const exportCsv = () =>
    exporting.run(async () => {
      const file = await api.staff.exportCsv({ language: i18n.language === 'en' ? 'en' : 'fr' });
      downloadText(file.content, file.fileName, file.mediaType);
      setAnnouncement(t('staff.announce.exported', { fileName: file.fileName }));
    });

  const saved = (member: StaffMember, change: 'added' | 'updated') => {
    setDialog(null);
    void reload();
    setAnnouncement(t(change === 'added' ? 'staff.announce.added' : 'staff.announce.updated', { name: displayName(member) }));
  };

  const removed = (member: StaffMember) => {
    setDialog(null);
    void reload().then(() => {
      // The row and its button are gone: go on from the search field, or the page title.
      const search = document.querySelector<HTMLInputElement>(SEARCH_INPUT_SELECTOR);
      if (search) search.focus();
      else focusPageTitle();
    });
    setAnnouncement(t('staff.announce.removed', { name: displayName(member) }));
  };

  const openAdd = () => setDialog({ kind: 'person', member: null });
  const members = roster.status === 'ready' ? roster.value : [];
  const hasPeople = members.length > 0;

  const emptyState = (
    <div className="staff-empty">
      <p className="staff-empty__title">{t('staff.list.empty.title')}</p>
      <p className="prose">{t('staff.list.empty.body')}</p>
      <Button className="button button--primary" onPress={openAdd}>
        <Icon name="plus" />
        {t('staff.actions.add')}
      </Button>
      <p className="staff-note">
        <Icon name="bulb" className="staff-note__icon" />
        <span>{t('staff.list.empty.why')}</span>
      </p>
    </div>
  );

  return (
    <>
      <PageHeader title={t('pages.staff.title')} lead={t('pages.staff.lead')} />

      <div className="staff-top">
        {hasPeople ? (
          <div className="staff-toolbar">
            <Button className="button button--primary" onPress={openAdd}>
              <Icon name="plus" />
              {t('staff.actions.add')}
            </Button>
            <Button className="button button--secondary" onPress={() => void exportCsv()} isDisabled={exporting.busy}>
              <Icon name="download" />
              {exporting.busy ? t('staff.actions.exporting') : t('staff.actions.export')}
            </Button>
          </div>
        ) : null}
        <p role="status" className="staff-status">
          {importState.step === 'reading' ? (
            <span className="staff-status__progress">
              <Icon name="clock" className="staff-status__icon" />
              <span>{t('staff.announce.reading', { fileName: importState.fileName })}</span>
            </span>
          ) : announcement ? (
            <>
              <Icon name="check" className="staff-status__icon" />
              <span>{announcement}</span>
            </>
          ) : null}
        </p>
        {exporting.failure ? <ErrorBanner error={exporting.failure} onRetry={() => void exportCsv()} /> : null}
      </div>

      {importState.step === 'preview' ? (
        <ImportPreview
          preview={importState.preview}
          encodingChoice={importState.encoding}
          busy={importState.busy}
          failure={importer.failure}
          onEncoding={(encoding) => void importer.refine({ encoding })}
          onMapping={(mapping) => void importer.refine({ mapping })}
          keptAsPeople={importState.keepAsPeople}
          onKeepAsPerson={(line, person) => void importer.keepAsPerson(line, person)}
          onCommit={() => void importer.commit()}
          onCancel={() => {
            importer.reset();
            setAnnouncement(t('staff.announce.importCancelled'));
          }}
        />
      ) : null}

      {importState.step === 'done' ? (
        <ImportSummary fileName={importState.fileName} result={importState.result} onClose={importer.reset} />
      ) : null}

      {roster.status === 'loading' ? (
        <Panel title={t('staff.list.title')} icon="staff">
          <p className="prose prose--muted" aria-busy="true">
            {t('staff.list.loading')}
          </p>
        </Panel>
      ) : roster.status === 'failed' ? (
        <ErrorBanner error={roster.failure} onRetry={() => void reload()} />
      ) : (
        <RosterSection
          members={members}
          emptyState={emptyState}
          onEdit={(member) => setDialog({ kind: 'person', member })}
          onRemove={(member) => setDialog({ kind: 'remove', member })}
        />
      )}
      <SharedAccountsPanel members={members} refreshKey={roster.status === 'ready' ? roster.value : null} onOwnerChanged={() => void reload()} />

      {importState.step !== 'preview' ? (
        <ImportDropZone
          reading={importState.step === 'reading'}
          failure={importer.failure}
          onFile={(file) => {
            // A failure is said by the error banner (an alert); no earlier success line lingers.
            setAnnouncement('');
            void importer.chooseFile(file);
          }}
          onFailure={(failure) => {
            setAnnouncement('');
            importer.fail(failure);
          }}
        />
      ) : null}

      {dialog?.kind === 'person' ? (
        <PersonDialog member={dialog.member} onClose={() => setDialog(null)} onSaved={saved} />
      ) : null}
      {dialog?.kind === 'remove' ? (
        <RemoveDialog member={dialog.member} onClose={() => setDialog(null)} onRemoved={removed} />
      ) : null}
    </>
  );
}
