import type fr from './cli-keychain.fr.ts';
import type { Translation } from './template.ts';

// The sentences of cli-keychain.fr.ts, in English.

export default {
  cliKeychain: {
    'windows-network-logon': 'Cause: Windows refuses the Credential Manager to this session (error 1312, ERROR_NO_SUCH_LOGON_SESSION). A network logon — an SSH connection, a scheduled task set to "Do not store password" — has no access to the saved credentials. Run the command in a session opened at the computer or by Remote Desktop, or in a scheduled task of the Windows account that uses Hygie, set to "Run whether user is logged on or not" with the password stored. For hygie audit alone, HIBP_API_KEY with HYGIE_DATA_DIR set to an empty folder does without the keychain (and without the breach lists).',
    'macos-no-user-interaction': "Cause: macOS could not show its permission prompt (errSecInteractionNotAllowed, -25308). The keys were created by Hygie.app; macOS asks before another program (here node) reads them, and cannot ask over SSH or without a screen. Run the command in Terminal in the session logged in at the Mac and answer \"Allow\" (or \"Always Allow\", which lets any script run by this node read Hygie's keys, over SSH too once the keychain is unlocked with security unlock-keychain). For hygie audit alone, HIBP_API_KEY with HYGIE_DATA_DIR set to an empty folder does without the keychain (and without the breach lists).",
    'macos-denied': 'Cause: the keychain\'s permission prompt was answered "Deny" (or closed): macOS did not let node read Hygie\'s keys. Run the command again and choose "Allow".',
  },
} as const satisfies Translation<typeof fr>;
