import type fr from './errors.fr.ts';
import type { Translation } from './template.ts';

// The failures of errors.fr.ts, in English.

export default {
  errors: {
    'unknown-call': {
      message: 'This action does not exist in this version of Hygie.',
      action: 'Update Hygie; if the error persists, contact your IT provider.',
    },
    'invalid-input': {
      message: 'The information sent is incomplete or malformed.',
      action: 'Check the fields shown and try again.',
    },
    'forbidden-sender': {
      message: "Request refused: it does not come from Hygie's main window.",
      action: 'Close any unexpected window and restart Hygie.',
    },
    'preferences-unreadable': {
      message: 'Your settings (the language chosen) could not be read on this computer.',
      action: "Check that Hygie's folder is reachable (permissions, disk plugged in), then restart Hygie.",
    },
    'preferences-unwritable': {
      message: 'Your settings (the language chosen) could not be saved on this computer.',
      action: "Check that the disk has free space and that Hygie's folder is not read-only, then try again.",
    },
    'keychain-unavailable': {
      message: "Hygie cannot reach this computer's password keychain. The key that encrypts your data is kept there: without it Hygie does not start, and it never writes that key in clear.",
      action: "Log in normally and unlock the keychain (Windows: Credential Manager; macOS: Keychain Access; Linux: start your desktop's keychain, e.g. GNOME Keyring), then click Retry.",
    },
    'keychain-entry-too-large': {
      message: 'Windows Credential Manager refused to save one of Hygie’s secrets: it finds it too long. That secret was not saved.',
      action: 'Try again; if the error comes back, update Hygie and give the code below to your IT provider. Your other data is not affected.',
    },
    'database-key-missing': {
      message: "Hygie's data exists on this computer, but its key is not in this session's keychain. Hygie does not create a second database beside the first.",
      action: "Log in with the practice's usual Windows/macOS/Linux account (the key belongs to it). If the keychain was wiped, ask your IT provider to restore it.",
    },
    'database-unreadable': {
      message: "Hygie's database cannot be read: the file is damaged, truncated, or encrypted with another key. It has not been changed.",
      action: 'Restore the latest automatic backup offered below (the unreadable file is kept aside), or call your IT provider.',
    },
    'database-too-new': {
      message: 'This data was saved by a newer version of Hygie. This version cannot open it without risk of damaging it; it has not been changed.',
      action: 'Install the latest version of Hygie, or restore a backup made by this version.',
    },
    'database-busy': {
      message: "Hygie's data is in use by another program (another Hygie window or the command line).",
      action: 'Close the other program, then try again.',
    },
    'database-unwritable': {
      message: 'Hygie could not save to its database. Nothing was changed.',
      action: "Check that the disk has free space and that Hygie's folder is not read-only, then try again.",
    },
    'backup-not-found': {
      message: 'This backup is no longer in the backups folder.',
      action: 'Choose another backup from the list, or call your IT provider.',
    },
    'backup-before-migration-failed': {
      message: 'This version of Hygie must update the format of your data, and it first makes a backup of it. That backup could not be made: the update did not happen and your data has not been changed.',
      action: 'Wait a minute, then click Retry (an antivirus sometimes holds the file for a moment). If it comes back, ask your IT provider to check Hygie\'s "backups" folder (disk space, write permission, antivirus).',
    },
    'practice-not-configured': {
      message: 'The practice has not been set up yet.',
      action: 'First fill in the practice (name, address, security lead).',
    },
    'staff-not-found': {
      message: 'This person is no longer on the staff list.',
      action: 'Reload the staff list.',
    },
    'email-already-on-roster': {
      message: 'This e-mail address already belongs to another person on the list.',
      action: 'Check the address; if it is a shared mailbox, give it to one person only.',
    },
    'import-empty-file': {
      message: 'The file is empty.',
      action: 'Choose the right file, or save it again from your spreadsheet (CSV).',
    },
    'import-no-rows': {
      message: 'The file holds only the header line: nobody to import.',
      action: 'Add one line per person under the headers, then try again.',
    },
    'import-too-large': {
      message: 'The file is too large for a staff list (20 MB at most).',
      action: 'Check that this is the staff list, exported as CSV.',
    },
    'import-unreadable': {
      message: 'This file is not readable CSV text (an Excel .xlsx workbook, a PDF, or a damaged file?).',
      action: 'In your spreadsheet, choose "Save as" then "CSV", and import that file.',
    },
    'corpus-empty-file': {
      message: 'This file is empty: it holds no address to import.',
      action: 'Check that you chose the right file (one address or hash per line, or a CSV with a column of addresses).',
    },
    'corpus-unreadable': {
      message: 'This file is not readable text (a .zip or .gz archive, an Excel workbook, a PDF, or a damaged file?).',
      action: 'Unpack the archive, or save the list as text or CSV, then import that file.',
    },
    'corpus-too-large': {
      message: 'The file is too large to import at once (64 MB at most).',
      action: "Split the list into several files and import them under different names, or keep only your own domain's addresses.",
    },
    'corpus-no-entries': {
      message: 'No line of this file is an e-mail address, a SHA-1 or a SHA-256 hash: nothing was imported.',
      action: 'Check the file: one address (or hexadecimal hash) per line, or a CSV with a column holding them.',
    },
    'corpus-column-ambiguous': {
      message: 'Several columns of this file hold addresses or hashes: Hygie does not guess which one to import.',
      action: 'Choose the column to import, then import again.',
    },
    'corpus-column-not-found': {
      message: 'The chosen column does not exist in this file.',
      action: 'Choose another column, or let Hygie find it.',
    },
    'corpus-name-taken': {
      message: 'A breach source already has this name.',
      action: 'Give this list another name (for example with its date), or remove the old one first.',
    },
    'corpus-date-in-future': {
      message: 'The breach date is in the future.',
      action: 'Check the date (day, month, year): when the breach happened, or else when you learnt of it.',
    },
    'corpus-not-found': {
      message: 'This breach source no longer exists: it may already have been removed.',
      action: 'Reload the Settings page to see the current list.',
    },
    'corpus-import-interrupted': {
      message: 'The import of a list of addresses was interrupted (Hygie closed or stopped): nothing of it was kept.',
      action: 'Import the file again. For confidentiality Hygie never keeps a copy of it, so it cannot resume the import.',
    },
    'corpus-import-no-result': {
      message: 'The summary of this import is not available: the import has not finished, was cancelled, or Hygie has restarted since.',
      action: 'The list of local breach sources shows what was imported (number of addresses, lines skipped).',
    },
    'breach-no-source': {
      message: 'No breach source is set up: no Have I Been Pwned key, and no breach list imported.',
      action: 'It takes a Have I Been Pwned key or a breach list: the dashboard explains how to choose, and your IT provider sets them up in Settings › IT provider.',
    },
    'breach-no-staff': {
      message: 'Nobody to check: the staff list has no e-mail address.',
      action: 'Add the people and their e-mail addresses on the Staff page, then come back here.',
    },
    'breach-alias-unknown': {
      message: 'This address is not one of the domain’s addresses Have I Been Pwned found outside the staff list.',
      action: 'Run “Check all staff” again (Breaches), then try again from the list shown.',
    },
    'job-already-running': {
      message: 'A check of the same kind is already running.',
      action: 'Wait for it to finish (its progress shows on the page), or cancel it before starting another.',
    },
    'job-not-found': {
      message: 'This task does not exist, or no longer exists.',
      action: 'Reload the page to see the tasks running now.',
    },
    'pwned-mirror-dir-missing': {
      message: 'This folder does not exist on this computer, or Hygie cannot read it.',
      action: 'Check the full path of the folder (for example D:\\pwnedpasswords) and that the disk is plugged in.',
    },
    'pwned-mirror-dir-empty': {
      message: 'This folder holds no Pwned Passwords local copy files (files named like 5BAA6.txt).',
      action: 'Choose the folder where the official downloader wrote its files, or ask your IT provider for it.',
    },
    'practice-no-email-domain': {
      message: "The practice's e-mail domain is not filled in: there is nothing to check.",
      action: 'If your addresses have their own domain (for example cabinet-dupont.fr), enter it in Settings, first tab, then check again.',
    },
    'directory-not-configured': {
      message: 'The directory connection is not set up yet: the application (client) ID is missing.',
      action: 'Ask your IT provider for the application ID registered for Hygie, enter it under "Advanced settings", then try again.',
    },
    'directory-not-connected': {
      message: 'Hygie is not connected to this directory.',
      action: 'Connect to the directory first, then run the import again.',
    },
    'directory-session-expired': {
      message: 'Access to the directory has expired or was revoked. Hygie has forgotten that token.',
      action: 'Sign in again (or paste a new token for Google Workspace), then run the import again.',
    },
    'directory-sign-in-refused': {
      message: 'The sign-in service refused the request: the application registered for Hygie is not set up as needed.',
      action: 'Your IT provider must check the application ID and tenant, allow "public client flows" (device-code sign-in) and the AuditLog.Read.All permission with admin consent.',
    },
    'directory-device-flow-unsupported': {
      message: 'Google does not allow device-code sign-in for reading the Google Workspace directory.',
      action: "Your IT provider pastes a Google token obtained with their own OAuth client (see the Google Workspace panel's help).",
    },
    'directory-graph-permission': {
      message: 'Microsoft 365 refuses to read who registered for two-step verification: the AuditLog.Read.All permission is missing, or the signed-in account has none of the Reports Reader, Security Reader or Global Reader roles.',
      action: 'A Global Administrator grants admin consent to AuditLog.Read.All for the Hygie application and gives the account used the Reports Reader, Security Reader or Global Reader role. Then sign in again.',
    },
    'directory-graph-licence': {
      message: 'This Microsoft list (authentication methods registration) needs a Microsoft Entra ID P1 or P2 licence, which this tenant does not have.',
      action: "Without a P1/P2 licence, record each person's two-step verification through the guided walkthrough; or ask your IT provider to enable an Entra ID P1 licence (included in Microsoft 365 Business Premium).",
    },
    'directory-google-permission': {
      message: 'Google Workspace refuses to list users: the token lacks the admin.directory.user.readonly scope, or the account is not an administrator.',
      action: 'Get a token with the admin.directory.user.readonly scope, from an administrator account allowed to read users, with the Admin SDK API enabled in the Google Cloud project.',
    },
    'directory-rate-limited': {
      message: 'The directory asks to slow down (too many requests in a row).',
      action: 'Wait a minute, then try again.',
    },
    'directory-unavailable': {
      message: 'The directory service is down or overloaded at the moment.',
      action: 'Try again in a few minutes. Nothing was changed.',
    },
    'directory-timeout': {
      message: 'The directory did not answer in time.',
      action: "Check this computer's Internet connection, then try again. Nothing was changed.",
    },
    'directory-unreachable': {
      message: 'Hygie cannot reach the directory (network, firewall or service address).',
      action: 'Check the Internet connection and, under "Advanced settings", the service addresses; then try again.',
    },
    'directory-unexpected-answer': {
      message: 'The directory answered in a way Hygie does not understand. Nothing was imported.',
      action: 'Check the service addresses under "Advanced settings"; if they are right, tell your IT provider (code below).',
    },
    'walkthrough-step-unknown': {
      message: "This step is no longer part of this person's walkthrough (an account or a service changed meanwhile).",
      action: 'Reload the walkthrough: it resumes at the first step without an answer.',
    },
    'walkthrough-mfa-status-needed': {
      message: 'To answer "Done", say which two-step verification is now on for this account.',
      action: 'Pick the method that is on from the list; if it could not be turned on, answer "Not possible".',
    },
    'walkthrough-reason-needed': {
      message: 'To answer "Not possible", say why in a few words.',
      action: 'Write the reason (for example "the provider does not offer it"); it helps whoever takes this item up again.',
    },
    'walkthrough-date-needed': {
      message: 'To answer "Later", pick the day it is planned for.',
      action: 'Pick a date, today or later; the item stays pending until then and does not count as a failure.',
    },
    'shared-account-unknown': {
      message: 'This shared account no longer exists (the person who answers for it may have left the list).',
      action: 'Reload the page, then pick the account and the person who answers for it again.',
    },
    'shared-owner-has-account': {
      message: 'This person already has their own account on this service: they cannot answer for this one as well.',
      action: 'Choose someone else, or stop sharing this account and let each person use their own.',
    },
    'shared-mailbox-only-address': {
      message: 'This address is the only e-mail address of the person who answers for it today: without it, their record would have none.',
      action: 'First add their personal address on the Staff page, then change who answers for the shared mailbox.',
    },
    'shared-owner-too-many-addresses': {
      message: 'The person chosen already has ten e-mail addresses, the most a record can hold.',
      action: 'Remove an address they no longer use on the Staff page, or choose someone else.',
    },
    'walkthrough-provider-unknown': {
      message: 'This provider is not one Hygie knows for this service.',
      action: 'Pick a provider from the list, or "Other provider" if it is not there.',
    },
    'mfa-account-not-found': {
      message: 'This account no longer exists: the person may have left the list or stopped using this service.',
      action: 'Reload the Two-step verification page.',
    },
    'password-sitting-ended': {
      message: "This person's sitting has ended (left idle, or another person was chosen). Nothing was checked.",
      action: 'Choose the person at the desk again, then check the password.',
    },
    'password-check-superseded': {
      message: 'The earlier check was dropped: the password changed while it was waiting. Nothing was recorded for it.',
      action: 'Nothing to do: the check starts again by itself once typing stops.',
    },
    'account-not-found': {
      message: 'This account does not exist (any more) for this person.',
      action: 'Reload the page; add the account to the person on the Staff page if needed.',
    },
    'action-not-found': {
      message: 'This item is no longer on the list of actions: a check made in the meantime may have settled it, or the person was taken off the staff list.',
      action: 'Reload the Actions page, then choose the item from the updated list.',
    },
    'action-date-past': {
      message: 'The day chosen for "later" has already passed.',
      action: 'Choose today or a day to come.',
    },
    'report-not-found': {
      message: "This report does not exist (any more) in Hygie's data.",
      action: 'Reload the Reports page, then choose a report from the list.',
    },
    'report-file-missing': {
      message: "This report's file is no longer where it was written: it was moved or deleted.",
      action: "Look for it where it was moved, or generate a new report (the new JSON's hash will differ).",
    },
    'report-file-not-a-report': {
      message: 'Hygie will not open this file: what is at its place is not a report file of this type (another extension, a folder or a shortcut).',
      action: 'Generate a new report; open the file yourself from its folder only if you know what it holds.',
    },
    'report-open-failed': {
      message: 'The system could not open this file (no application set for this type of file?).',
      action: 'Use "Show in folder", then open the file with the program of your choice.',
    },
    'report-cancelled': {
      message: 'You stopped the report before it was done: no file was written and no report was recorded.',
      action: 'Generate the report again whenever you like.',
    },
    'report-interrupted': {
      message: 'The report was interrupted before it was done (Hygie was closing or its store was closed). No file was recorded yet.',
      action: 'It will be taken up again the next time Hygie opens, and will then appear in the list of reports.',
    },
    'report-write-failed': {
      message: "The report's files could not be written to Hygie's data folder (permissions, disk full?). No report was recorded.",
      action: "Free some disk space or check the folder's permissions, then generate the report again.",
    },
    'report-process-failed': {
      message: 'The report could not be made: the program that lays it out stopped before the end (not enough memory on this computer?). No file was written and no report was recorded.',
      action: 'Close the programs you do not need, then generate the report again. If it happens again, give the code below to your IT provider.',
    },
    'desktop-unavailable': {
      message: 'Opening a file or its folder is only possible in the Hygie desktop app.',
      action: 'Open the file from the folder shown, with the program of your choice.',
    },
    'clipboard-unavailable': {
      message: 'Hygie could not copy this text to the clipboard.',
      action: 'The text is selected: copy it with Ctrl+C (⌘C on a Mac), then paste it where it belongs.',
    },
    'file-dialog-unavailable': {
      message: 'Choosing a file is only possible in the Hygie desktop app.',
      action: 'Open the Hygie app on this computer; on the command line, give the file’s path.',
    },
    'recovery-kit-not-pdf': {
      message: 'The recovery kit is saved as a PDF, and this file name does not end in .pdf.',
      action: 'Save it again under a name that ends in .pdf.',
    },
    'recovery-kit-in-data-folder': {
      message: 'The recovery kit cannot be kept in Hygie’s data folder: whoever took the folder would have the key with it.',
      action: 'Choose another place, for example the Documents folder or a USB stick, then print the kit.',
    },
    'walkthrough-sheet-write-failed': {
      message: 'The sheet could not be saved there (permissions, disk full, USB stick removed, file open in another program?). No file was left behind.',
      action: 'Choose another place, or close the file if it is open, and try again.',
    },
    'walkthrough-sheet-not-pdf': {
      message: 'The sheet is saved as a PDF: the name chosen does not end in .pdf.',
      action: 'Keep the .pdf extension in the file name and try again.',
    },
    'walkthrough-sheet-not-saved': {
      message: 'No sheet has been saved in this session yet.',
      action: 'Click “Print the sheet” first.',
    },
    'walkthrough-sheet-open-failed': {
      message: 'The sheet is saved, but the system could not open it (no PDF reader installed?).',
      action: 'Open it from the folder you saved it in, with a PDF reader.',
    },
    'recovery-kit-write-failed': {
      message: 'The recovery kit could not be saved there (permissions, disk full, USB stick removed?). No file was left behind.',
      action: 'Choose another place and try again.',
    },
    'recovery-kit-not-saved': {
      message: 'No recovery kit has been saved since Hygie was opened.',
      action: 'Save the kit first, then open it to print it.',
    },
    'recovery-kit-open-failed': {
      message: 'The system could not open the recovery kit (no PDF reader installed?).',
      action: 'Open the file from where you saved it, with a PDF reader, then print it.',
    },
    'recovery-backup-not-chosen': {
      message: 'No backup file has been chosen.',
      action: 'Choose the backup file first, then type the 24 words.',
    },
    'recovery-backup-unreadable': {
      message: 'The chosen file cannot be read: it was moved, it is empty, or it is not an ordinary file.',
      action: 'Check that the USB stick or disk is plugged in, then choose the backup file (hygie-….db) again.',
    },
    'recovery-backup-not-hygie': {
      message: 'This file is not a Hygie backup. Nothing was changed.',
      action: 'Choose a file from Hygie’s "backups" folder (its name starts with hygie- and ends in .db).',
    },
    'recovery-backup-damaged': {
      message: 'The words do open this backup, but it is damaged. Nothing was changed.',
      action: 'Choose an older backup from the same "backups" folder, then try again with the same words.',
    },
    'recovery-words-unknown-word': {
      message: 'One of the words typed is not a recovery-kit word. Nothing was changed.',
      action: 'Compare that word with the kit’s sheet (accents and capitals do not matter), correct it, then try again.',
    },
    'recovery-words-count': {
      message: 'The recovery kit has 24 words, and that is not how many were typed. Nothing was changed.',
      action: 'Type the 24 words on the sheet, in order, separated by spaces.',
    },
    'recovery-words-checksum': {
      message: 'The 24 words are all kit words, but they do not go together: one of them is wrong, or two are swapped. Nothing was changed.',
      action: 'Read the words again one by one against the sheet, in numbered order, then try again.',
    },
    'recovery-words-wrong-backup': {
      message: 'These words do not open this backup: it comes from another Hygie installation, which has its own kit, or it is not a Hygie backup. Nothing was changed.',
      action: 'Check that the sheet and the backup come from the same practice and computer (the sheet names them), or call your IT provider.',
    },
    'recovery-data-present': {
      message: 'This computer already holds a practice’s data: Hygie does not replace it with a backup. Nothing was changed.',
      action: 'If this data really must be replaced, ask your IT provider to set it aside first.',
    },
    'recovery-local-backups-other-key': {
      message: 'This computer’s backups use another key than this kit: restoring with this kit would make them unreadable. Nothing was changed.',
      action: 'Restore one of the automatic backups offered on this screen instead, or call your IT provider.',
    },
    internal: {
      message: 'An unexpected error occurred. Nothing was lost.',
      action: 'Try again; if the error comes back, restart Hygie and tell your IT provider.',
    },
  },
} as const satisfies Translation<typeof fr>;
