import type fr from './recovery.fr.ts';
import type { Translation } from './template.ts';

// The recovery kit's words of recovery.fr.ts, in English.

export default {
  recovery: {
    kit: {
      documentTitle: 'Hygie recovery kit',
      subtitle: 'The key to the practice’s data, on paper',
      factLabels: {
        practice: 'Practice',
        computer: 'Computer',
        dataDir: 'Data folder',
        generated: 'Made on',
        by: 'By',
      },
      noPractice: 'not set up yet',
      warningTitle: 'This sheet is a key',
      warning: [
        'With this sheet and a copy of Hygie’s data, anyone can read everything Hygie keeps about the practice: the staff, their e-mail addresses, the checks’ results and their history.',
        'Keep it like a key: in a locked drawer or a safe, away from the computer. A second copy may be given to the IT provider, in a sealed envelope.',
        'Never send it by e-mail or messaging, and do not photograph it. Once the sheet is printed, delete the PDF file and empty the recycle bin.',
      ],
      wordsTitle: 'The 24 words',
      wordsLead: 'Type them in numbered order. Capitals and accents do not matter.',
      qrCaption: 'The same 24 words, for a QR code reader plugged into the computer: it types them for you.',
      whenTitle: 'When to use it',
      when: [
        'The computer broke down, was stolen or was replaced.',
        'Windows was reinstalled, or the computer’s user account was recreated.',
        'Hygie says: "{{keyMissing}}".',
      ],
      backupTitle: 'A backup is needed too',
      backup: {
        intro: 'The words alone are not enough: a copy of the data is needed too. Hygie makes one every day, encrypted, in this folder:',
        advice: 'Copy this folder regularly to a USB stick or a disk kept away from the computer: if its disk fails, that copy is what saves the data. Without this sheet, the backups cannot be read.',
      },
      stepsTitle: 'Restore on a new computer, step by step',
      steps: [
        'Install Hygie on the new computer and open it. Do not fill in the practice’s details.',
        'On the first screen, click "{{entry}}". (If Hygie says the data’s key is missing, the same button is on that screen.)',
        'Click "{{chooseFile}}" and choose the most recent backup: a hygie-….db file, copied from the "backups" folder to a USB stick or a disk.',
        'Type the 24 words on this sheet, in order, separated by spaces.',
        'Click "{{restore}}". Hygie first checks that the words open the backup: if a word is wrong, it says so and touches nothing.',
        'The practice’s data opens. Lock this sheet away again: it stays valid on the new computer.',
      ],
      itTitle: 'For the IT provider',
      it: [
        'The 24 words encode in BIP39 (checksum in the last word) the raw 256-bit key of the SQLCipher 4 database (PRAGMA key = "x\'…\'"); the French and English lists are both accepted; the QR code holds the same words in capitals without accents. When restoring, Hygie opens the backup with the key in a temporary folder before writing anything, and refuses to replace readable data. A new kit: Settings, or hygie recovery-kit --out FILE.pdf (the key does not change: every kit of one installation is the same).',
      ],
      footer: 'Hygie {{version}} · Recovery kit · Keep under lock and key',
      dialogTitle: 'Save the recovery kit',
      fileName: 'Hygie - recovery kit{{practice}} - {{day}}.pdf',
      pdfFilterName: 'PDF document',
    },
    appLabels: {
      entry: 'Restore on a new computer',
      chooseFile: 'Choose the backup file…',
      restore: 'Restore the data',
      settingsPanel: 'Recovery kit (for the IT provider)',
    },
    backupDialog: {
      title: 'Choose the Hygie backup to restore',
      filter: 'Hygie backup',
      all: 'All files',
    },
  },
} as const satisfies Translation<typeof fr>;
