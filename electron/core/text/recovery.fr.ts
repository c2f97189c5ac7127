// The recovery kit's words, in French, written for the person who will one day restore the data:
// a secretary with a new computer, or the IT provider. The steps name the app's own buttons
// (appLabels: renderer/i18n/areas/recovery.*.json; a test checks they agree), so the sheet never
// sends anyone looking for a button that is not there. backupDialog: the dialog that picks the
// backup to restore.

export default {
  recovery: {
    kit: {
      documentTitle: 'Kit de récupération Hygie',
      subtitle: 'La clé des données du cabinet, sur papier',
      factLabels: {
        practice: 'Cabinet',
        computer: 'Ordinateur',
        dataDir: 'Dossier des données',
        generated: 'Fait le',
        by: 'Par',
      },
      noPractice: 'pas encore renseigné',
      warningTitle: 'Cette feuille est une clé',
      warning: [
        'Avec cette feuille et une copie des données d’Hygie, n’importe qui peut lire tout ce qu’Hygie garde sur le cabinet : le personnel, les adresses e-mail, les résultats des vérifications et leur historique.',
        'Rangez-la comme une clé : dans un tiroir fermé à clé ou un coffre, loin de l’ordinateur. Une seconde copie peut être confiée au prestataire informatique, sous enveloppe fermée.',
        'Ne l’envoyez jamais par e-mail, par SMS ni par WhatsApp, ne la photographiez pas. Une fois la feuille imprimée, supprimez le fichier PDF et videz la corbeille.',
      ],
      wordsTitle: 'Les 24 mots',
      wordsLead: 'À taper dans l’ordre des numéros. Les majuscules et les accents ne comptent pas.',
      qrCaption: 'Les mêmes 24 mots, pour un lecteur de QR code branché sur l’ordinateur : il les tape à votre place.',
      whenTitle: 'Quand s’en servir',
      when: [
        'L’ordinateur est en panne, volé ou remplacé.',
        'Windows a été réinstallé, ou la session de l’ordinateur a été recréée.',
        'Hygie affiche : « {{keyMissing}} ».',
      ],
      backupTitle: 'Il faut aussi une sauvegarde',
      backup: {
        intro: 'Les mots seuls ne suffisent pas : il faut aussi une copie des données. Hygie en fait une chaque jour, chiffrée, dans ce dossier :',
        advice: 'Copiez régulièrement ce dossier sur une clé USB ou un disque rangé ailleurs que l’ordinateur : si son disque lâche, c’est cette copie qui sauve les données. Sans cette feuille, les sauvegardes restent illisibles.',
      },
      stepsTitle: 'Restaurer sur un nouvel ordinateur, étape par étape',
      steps: [
        'Installez Hygie sur le nouvel ordinateur et ouvrez-le. Ne remplissez pas la fiche du cabinet.',
        'Sur le premier écran, cliquez sur « {{entry}} ». (Si Hygie dit que la clé des données manque, le même bouton est sur cet écran.)',
        'Cliquez sur « {{chooseFile}} » et choisissez la sauvegarde la plus récente : un fichier hygie-….db, copié du dossier « backups » sur une clé USB ou un disque.',
        'Tapez les 24 mots de cette feuille, dans l’ordre, séparés par des espaces.',
        'Cliquez sur « {{restore}} ». Hygie vérifie d’abord que les mots ouvrent la sauvegarde : si un mot est faux, il le dit et ne touche à rien.',
        'Les données du cabinet s’ouvrent. Rangez de nouveau cette feuille sous clé : elle reste valable sur le nouvel ordinateur.',
      ],
      itTitle: 'Pour le prestataire informatique',
      it: [
        "Les 24 mots encodent en BIP39 (somme de contrôle dans le dernier mot) la clé brute de 256 bits de la base SQLCipher 4 (PRAGMA key = \"x'…'\"), listes française et anglaise acceptées ; le QR code contient les mêmes mots en capitales sans accents. À la restauration, Hygie ouvre la sauvegarde avec la clé dans un dossier temporaire avant d’écrire quoi que ce soit, et refuse de remplacer des données lisibles. Nouveau kit : Réglages, ou hygie recovery-kit --out FICHIER.pdf (la clé ne change pas : tous les kits d’une installation sont identiques).",
      ],
      footer: 'Hygie {{version}} · Kit de récupération · À garder sous clé',
      dialogTitle: 'Enregistrer le kit de récupération',
      fileName: 'Hygie - kit de récupération{{practice}} - {{day}}.pdf',
      pdfFilterName: 'Document PDF',
    },
    appLabels: {
      entry: 'Restaurer sur un nouvel ordinateur',
      chooseFile: 'Choisir le fichier de sauvegarde…',
      restore: 'Restaurer les données',
      settingsPanel: 'Kit de récupération (pour le prestataire informatique)',
    },
    backupDialog: {
      title: 'Choisir la sauvegarde d’Hygie à restaurer',
      filter: 'Sauvegarde d’Hygie',
      all: 'Tous les fichiers',
    },
  },
} as const;
