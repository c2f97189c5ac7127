import { rosterToCsv } from '../../roster/export.ts';
import { previewRoster } from '../../roster/preview.ts';
import type { PreviewRow, RosterImportInput } from '../../model/schemas/roster-import.ts';
import type { Store } from '../../store/store.ts';
import type { AreaHandlers, HandlerContext } from './context.ts';

// The staff roster: people one by one, a roster file's import (preview, then commit) and its
// export as CSV.

function previewOf(store: Store, input: RosterImportInput) {
  return previewRoster(Buffer.from(input.contentBase64, 'base64'), {
    fileName: input.fileName,
    mapping: input.mapping,
    encoding: input.encoding,
    existing: store.staff.emailOwners(),
    keepAsPeople: input.keepAsPeople,
  });
}

export function staffHandlers({ host, csvDelimiter }: HandlerContext): AreaHandlers<'staff'> {
  return {
    'staff.list': () => host.use((store) => store.staff.list()),
    'staff.create': (input) => host.use((store) => store.staff.create(input)),
    'staff.update': ({ id, person }) => host.use((store) => store.staff.update(id, person)),
    'staff.remove': ({ id }) =>
      host.use((store) => {
        store.staff.remove(id);
        return { removed: true as const };
      }),
    'staff.importPreview': (input) => host.use((store) => previewOf(store, input)),
    'staff.importCommit': (input) =>
      host.use((store) =>
        // Read, check and insert in one transaction: all ready rows or none, and nobody added
        // between the duplicate check and the insert.
        store.transaction(() => {
          const preview = previewOf(store, input);
          const skipped = preview.rows
            .filter((row: PreviewRow) => row.status === 'error')
            .map((row: PreviewRow) => ({ line: row.line, issues: row.issues }));
          const { batchId, imported, shared } = store.staff.insertImported(preview.rows, {
            fileName: input.fileName,
            encoding: preview.encoding,
            skipped: skipped.length,
          });
          for (const mailbox of shared) store.sharedAccounts.save({ accountId: mailbox.accountId, name: mailbox.name, userIds: [] });
          return { batchId, imported, sharedMailboxes: shared.length, skipped };
        }),
      ),
    'staff.sharedList': () => host.use((store) => store.sharedAccounts.list()),
    'staff.sharedSave': (input) =>
      host.use((store) =>
        store.transaction(() => {
          store.sharedAccounts.save(input);
          return store.sharedAccounts.list();
        }),
      ),
    'staff.sharedRemove': ({ accountId }) =>
      host.use((store) =>
        store.transaction(() => {
          store.sharedAccounts.remove(accountId);
          return store.sharedAccounts.list();
        }),
      ),
    'staff.exportCsv': ({ language }) =>
      host.use((store) => {
        const exported = rosterToCsv(store.staff.list(), language, new Date(), csvDelimiter);
        store.audit.append('staff.export', null, { language });
        return exported;
      }),
  };
}
