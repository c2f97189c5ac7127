// The words of the files Hygie writes for people to open, in French: the staff list's export (its
// columns are read back by roster/header-mapping.ts), the names of a report's files, and the note left beside the data an older
// version kept elsewhere (store/data-folder-move.ts writes it in both languages, French first).

export default {
  files: {
    rosterExport: {
      headers: ['Nom', 'Prénom', 'E-mail', 'Fonction', 'Services'],
      baseName: 'hygie-personnel',
    },
    /** A report's three files: hygie-rapport-2026-03-02.pdf, .json, .csv (report/report-location.ts). */
    reportBaseName: 'hygie-rapport',
    /** Added to the base name for the one-page summary (issue 18). */
    summarySuffix: '-resume',
    leftoverNote: [
      'Ancienne copie des données d’Hygie, déplacées le {{when}} vers :',
      '  {{to}}',
      'Hygie se sert désormais de ce dossier-là et ne lit plus ces fichiers. Vous pouvez supprimer ce dossier',
      'quand Hygie fonctionne bien ; Hygie ne le supprime jamais lui-même. Attention : les rapports (dossier « reports »)',
      'ne sont pas chiffrés. La base hygie.db l’est, avec la clé du trousseau de Windows.',
    ],
  },
} as const;
