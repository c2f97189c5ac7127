import type { NotCheckedReason } from '../core/model/schemas/breach.ts';
import type { RowIssue } from '../core/model/schemas/roster-import.ts';
import type { Language } from './language.ts';

// Every sentence the `hygie` command prints, French first and English equal. The renderer's
// i18n files live in the browser side, which the CLI may not import; the errors both share come
// from core's error-messages.ts. Problems tell the user what to fix; none prints a stack.

export interface CliTexts {
  language: Language;
  help(version: string): string;
  usage: {
    unknownCommand(command: string): string;
    noCommand: string;
    badOption(detail: string): string;
    missingRoster: string;
    badLanguage(value: string): string;
    extraArgument(value: string): string;
    seeHelp: string;
  };
  config: {
    badBaseUrl(variable: string, value: string): string;
    badApiKey: string;
    noApiKey(service: string): string;
    keychainUnreachable(service: string): string;
    rosterMissing(path: string): string;
    rosterUnreadable(path: string): string;
    rosterNotAFile(path: string): string;
    rosterNoEmailColumn(headers: string): string;
    rosterNothingToCheck: string;
    jsonFolderMissing(path: string): string;
    jsonUnwritable(path: string): string;
    keyRejected: string;
    storeProblem(message: string, action: string, dataDir: string): string;
    storeKeychain(dataDir: string, service: string): string;
  };
  unexpected(message: string): string;
  rowIssue(issue: RowIssue): string;
  fileWarning: { 'replacement-characters': string; 'malformed-quotes': string };
  reason: Record<NotCheckedReason, string>;
  /** A rate-limited address: when HIBP takes requests again (an ISO time), in local time. */
  retryAfter(retryAt: string): string;
  summary: {
    /** ' : ' in French, ': ' in English. */
    colon: string;
    title(version: string): string;
    roster(file: string, emails: number, people: number, skipped: number): string;
    skippedLine(line: number, reasons: string): string;
    hibpRange: string;
    hibpDirect: string;
    /** The key's plan could not be read and no earlier mode was known: HIBP was not asked. */
    hibpPlanUnread: string;
    corpus(name: string): string;
    sources: string;
    breachedHeading(count: number): string;
    notCheckedHeading(count: number): string;
    cleanHeading(count: number): string;
    totals(checked: number, total: number, breached: number, clean: number, notChecked: number): string;
    cancelled(count: number): string;
    nextStepsBreached: string;
    nextStepsNotChecked: string;
    jsonWritten(path: string): string;
  };
  progress: {
    starting(total: number, seconds: number | null): string;
    line(done: number, total: number, email: string, verdict: string): string;
    bar(done: number, total: number, remainingSeconds: number | null, email: string): string;
    breached: string;
    clean: string;
    notChecked(reason: string): string;
    cancelling: string;
  };
}

function duration(seconds: number, language: Language): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return language === 'fr' ? `${hours} h ${String(rest).padStart(2, '0')}` : `${hours} h ${rest} min`;
}

/** Why an address was not checked; when HIBP said how long to wait, when to run again instead. */
export function notCheckedText(breach: { reason?: NotCheckedReason | undefined; retryAt?: string | undefined }, texts: CliTexts): string {
  if (breach.reason === 'rate-limited' && breach.retryAt) return texts.retryAfter(breach.retryAt);
  return texts.reason[breach.reason ?? 'unavailable'];
}

/** "10:32" today, "10:32 (6 January)" on another day: when an address can be checked again. */
function clockTime(iso: string, language: Language): { time: string; day: string | null } {
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  const date = new Date(iso);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(date);
  const sameDay = date.toDateString() === new Date().toDateString();
  return { time, day: sameDay ? null : new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' }).format(date) };
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count > 1 || count === 0 ? many : one}`;
}

function percent(done: number, total: number): number {
  return total === 0 ? 100 : Math.floor((done / total) * 100);
}

const FR: CliTexts = {
  language: 'fr',
  help: (version) => `hygie ${version} — audit de sécurité des comptes d'un cabinet médical

Utilisation :
  hygie audit --roster FICHIER [--json SORTIE] [--pdf SORTIE] [--lang fr|en]
  hygie password [--policy cnil|anssi|nist|hipaa] [--json] [--lang fr|en]
  hygie report --pdf SORTIE [--json SORTIE] [--csv SORTIE] [--lang fr|en] [--anonymise]
  hygie recovery-kit --out SORTIE.pdf [--lang fr|en]
  hygie --help | --version

hygie audit
  Lit la liste du personnel (CSV ou texte tabulé, comme l'import de l'application), vérifie chaque
  adresse e-mail dans Have I Been Pwned et dans les listes locales du cabinet, affiche un bilan et,
  avec --json, écrit le résultat détaillé dans SORTIE.

  --roster FICHIER   la liste du personnel (obligatoire)
  --json SORTIE      écrire le rapport JSON dans ce fichier
  --pdf SORTIE       écrire aussi le rapport de conformité en PDF (fuites seulement), et à côté
                     le JSON dont il imprime l'empreinte SHA-256 (SORTIE sans .pdf + .report.json)
  --lang fr|en       langue des messages (par défaut : celle du système)
  -h, --help         afficher cette aide
  -v, --version      afficher la version

hygie password
  Lit un mot de passe sur l'entrée standard (rien ne s'affiche au clavier ; par un tube : la
  première ligne), affiche sa robustesse, les règles de la politique avec leurs explications et
  s'il figure dans Pwned Passwords (seuls 5 caractères de son empreinte SHA-1 sont envoyés).
  Rien n'est enregistré. Les mots du cabinet (nom, ville) sont essayés si HYGIE_DATA_DIR en contient.

  --policy NOM       cnil, anssi, nist ou hipaa (par défaut : celle du cabinet, sinon cnil)
  --json             résultat en JSON sur la sortie standard
  Codes de sortie : 0 conforme et absent des fuites ; 1 non conforme ou présent dans des
  fuites ; 3 conforme, mais la recherche dans les fuites n'a pas pu aboutir ; 2 utilisation.

hygie report
  Le rapport de conformité du cabinet, tiré des données de Hygie (HYGIE_DATA_DIR) comme la page
  Rapports de l'application : score, constats par gravité avec action, responsable et échéance,
  fuites, double authentification, mots de passe (jamais le mot de passe), parcours de
  sécurisation, ce qui n'a pas été vérifié et pourquoi, références, bloc de signature. Le pied de
  chaque page du PDF porte le SHA-256 du JSON (sha256sum le vérifie). Le rapport est ajouté à la
  liste des rapports de l'application. Aucune donnée n'est créée : sans données Hygie, rien à faire.

  --pdf SORTIE       le rapport PDF (obligatoire)
  --json SORTIE      ses données JSON (par défaut : à côté du PDF, SORTIE sans .pdf + .json)
  --csv SORTIE       une ligne par personne et par compte
  --lang fr|en       langue des messages et du rapport
  --anonymise        initiales à la place des noms, adresses masquées (pour un auditeur extérieur)
  Codes de sortie : 0 rapport écrit et enregistré ; 2 utilisation, configuration ou données absentes.

hygie recovery-kit
  Le kit de récupération, comme Réglages › Kit de récupération : un PDF à imprimer avec la clé
  des données de Hygie (HYGIE_DATA_DIR) en 24 mots et en QR code, et les étapes pour restaurer une
  sauvegarde sur un nouvel ordinateur. Ce fichier est une clé : imprimez-le, rangez la feuille sous
  clé, supprimez le fichier. Les mots ne sont jamais affichés. Noté dans le journal de Hygie.

  --out SORTIE.pdf   où écrire le kit (obligatoire ; pas dans le dossier des données)
  --lang fr|en       langue des messages et du kit (liste de mots française ou anglaise)
  Codes de sortie : 0 kit écrit ; 2 utilisation, configuration ou données absentes.

Configuration (variables d'environnement) :
  HIBP_API_KEY          clé d'API Have I Been Pwned (sinon : celle enregistrée dans Hygie, trousseau du système)
  HYGIE_HIBP_BASE_URL   adresse de l'API HIBP (par défaut https://haveibeenpwned.com/api/v3)
  HYGIE_PWNED_BASE_URL  adresse de Pwned Passwords (par défaut https://api.pwnedpasswords.com)
  HYGIE_DATA_DIR        dossier des données de Hygie (listes locales de fuites, rapport)

Codes de sortie de hygie audit :
  0  toutes les adresses vérifiées, aucune compromise
  1  au moins une adresse compromise
  2  erreur d'utilisation ou de configuration (le message dit quoi corriger)
  3  certaines adresses n'ont pas pu être vérifiées, aucune compromise
`,
  usage: {
    unknownCommand: (command) => `Commande inconnue : « ${command} ». Les commandes sont « audit », « password », « report » et « recovery-kit ».`,
    noCommand: 'Indiquez une commande : hygie audit --roster FICHIER.',
    badOption: (detail) => `Option non reconnue ou incomplète : ${detail}`,
    missingRoster: 'Indiquez la liste du personnel : hygie audit --roster FICHIER.',
    badLanguage: (value) => `Langue inconnue : « ${value} ». Choisissez --lang fr ou --lang en.`,
    extraArgument: (value) => `Argument en trop : « ${value} ». Le fichier se donne avec --roster FICHIER.`,
    seeHelp: 'Voir : hygie --help',
  },
  config: {
    badBaseUrl: (variable, value) =>
      `${variable} n'est pas une adresse utilisable : « ${value} ». Donnez une adresse https:// (http:// seulement vers cet ordinateur), sans identifiant ni paramètre, ou retirez la variable pour utiliser le service officiel.`,
    badApiKey:
      "HIBP_API_KEY n'a pas la forme d'une clé Have I Been Pwned (32 caractères hexadécimaux). Copiez à nouveau la clé depuis votre compte haveibeenpwned.com.",
    noApiKey: (service) =>
      `Aucune clé d'API Have I Been Pwned : HIBP_API_KEY n'est pas définie et le trousseau (service « ${service} ») n'en contient pas. Définissez HIBP_API_KEY, ou enregistrez la clé dans Hygie (Réglages › Services).`,
    keychainUnreachable: (service) =>
      `HIBP_API_KEY n'est pas définie et le trousseau du système (service « ${service} ») est injoignable. Définissez HIBP_API_KEY, ou ouvrez une session de bureau et déverrouillez le trousseau (Linux : GNOME Keyring ; macOS : Trousseau d'accès ; Windows : Gestionnaire d'identification).`,
    rosterMissing: (path) => `Liste du personnel introuvable : ${path}. Vérifiez le chemin donné à --roster.`,
    rosterUnreadable: (path) => `Impossible de lire ${path} (droits d'accès ?). Vérifiez le fichier donné à --roster.`,
    rosterNotAFile: (path) =>
      `${path} n'est pas un fichier ordinaire (c'est un dossier, un périphérique ou un tube) : il n'a pas été lu. Donnez à --roster le chemin du fichier CSV de la liste du personnel.`,
    rosterNoEmailColumn: (headers) =>
      `Aucune colonne d'adresses e-mail reconnue dans la liste (en-têtes : ${headers}). Nommez la colonne « E-mail » ou « Courriel », puis relancez.`,
    rosterNothingToCheck: "Aucune ligne de la liste ne contient d'adresse à vérifier (voir les lignes ignorées ci-dessus). Corrigez le fichier puis relancez.",
    jsonFolderMissing: (path) => `Le dossier du rapport JSON n'existe pas : ${path}. Créez-le ou choisissez un autre chemin pour --json.`,
    jsonUnwritable: (path) => `Impossible d'écrire le rapport JSON dans ${path} (droits, disque plein ?). Choisissez un autre chemin pour --json.`,
    keyRejected:
      "Have I Been Pwned refuse la clé d'API (401). Vérifiez HIBP_API_KEY, ou la clé enregistrée dans Hygie (Réglages › Services), dans votre compte haveibeenpwned.com.",
    storeProblem: (message, action, dataDir) =>
      `Données de Hygie (${dataDir}) : ${message} ${action} Pour vérifier sans les listes locales, donnez à HYGIE_DATA_DIR un dossier sans données Hygie.`,
    storeKeychain: (dataDir, service) =>
      `Les listes locales de fuites (${dataDir}) ne peuvent pas être ouvertes : le trousseau du système (service « ${service} ») est injoignable. Déverrouillez le trousseau, ou donnez à HYGIE_DATA_DIR un dossier sans données Hygie pour vérifier avec HIBP seul.`,
  },
  unexpected: (message) => `Erreur inattendue : ${message}. Relancez ; si elle revient, prévenez votre prestataire informatique.`,
  rowIssue: (issue) => {
    const value = issue.value ?? '';
    switch (issue.code) {
      case 'missing-name':
        return 'nom manquant';
      case 'missing-email':
        return 'adresse e-mail manquante';
      case 'invalid-email':
        return `adresse e-mail invalide : « ${value} »`;
      case 'duplicate-in-file':
        return `même e-mail que la ligne ${issue.otherLine ?? '?'} : ${value}`;
      case 'duplicate-existing':
        return `déjà dans la liste (${issue.existingName ?? ''}) : ${value}`;
      case 'too-many-emails':
        return `trop d'adresses e-mail (${value}) : 10 au plus par personne`;
      case 'cell-too-long':
        return `cellule trop longue pour être un nom ou une adresse : « ${value} »`;
    }
  },
  fileWarning: {
    'replacement-characters':
      'Attention : certains caractères de la liste semblent incorrects (« � ») ; enregistrez-la de nouveau en CSV UTF-8 ou Windows-1252.',
    'malformed-quotes':
      "Attention : un guillemet ouvert n'est jamais refermé dans la liste ; des lignes ont pu être lues comme une seule cellule.",
  },
  reason: {
    'no-key': "aucune clé d'API HIBP",
    'invalid-key': "clé d'API HIBP refusée (401) : vérifiez-la dans votre compte haveibeenpwned.com",
    blocked: "accès bloqué par HIBP (403) : réessayez plus tard depuis un autre réseau, ou contactez HIBP avec l'identifiant Cloudflare",
    'bad-request': "adresse refusée par HIBP (400) : vérifiez l'adresse",
    'rate-limited': 'trop de requêtes (429) malgré les nouvelles tentatives : relancez plus tard',
    unavailable: 'service indisponible (5xx) : relancez plus tard',
    timeout: 'délai dépassé : relancez plus tard',
    network: 'service injoignable (réseau, DNS, TLS) : vérifiez la connexion Internet',
    malformed: 'réponse illisible du service : relancez plus tard',
    cancelled: 'interrompu avant la vérification',
  },
  retryAfter: (retryAt) => {
    const { time, day } = clockTime(retryAt, 'fr');
    return `HIBP demande d'attendre : relancez après ${time}${day ? ` (le ${day})` : ''}`;
  },
  summary: {
    colon: ' : ',
    title: (version) => `Hygie ${version} — vérification des fuites de données`,
    roster: (file, emails, people, skipped) =>
      `Liste : ${file} — ${plural(emails, 'adresse', 'adresses')} (${plural(people, 'personne', 'personnes')})${
        skipped > 0 ? ` ; ${plural(skipped, 'ligne ignorée', 'lignes ignorées')} :` : ''
      }`,
    skippedLine: (line, reasons) => `  ligne ${line} : ${reasons}`,
    hibpRange:
      "Have I Been Pwned, recherche par préfixe : seuls les 6 premiers caractères de l'empreinte SHA-1 de chaque adresse sont envoyés.",
    hibpDirect: "Have I Been Pwned, recherche par adresse : chaque adresse est envoyée à HIBP (chiffrée en TLS), la clé ne permettant pas la recherche par préfixe.",
    hibpPlanUnread:
      "Have I Been Pwned : l'abonnement de la clé n'a pas pu être lu, donc aucune adresse n'a été envoyée (on ne sait pas s'il permet la recherche par préfixe).",
    corpus: (name) => `liste locale « ${name} »`,
    sources: 'Sources :',
    breachedHeading: (count) => `Compromises (${count}) — à traiter en priorité`,
    notCheckedHeading: (count) => `Non vérifiées (${count}) — à ne pas considérer comme sûres`,
    cleanHeading: (count) => `Sans fuite connue (${count})`,
    totals: (checked, total, breached, clean, notChecked) =>
      `Bilan : ${checked} vérifiée${checked > 1 ? 's' : ''} sur ${total} — ${breached} compromise${breached > 1 ? 's' : ''}, ${clean} sans fuite connue, ${notChecked} non vérifiée${notChecked > 1 ? 's' : ''}.`,
    cancelled: (count) => `Interrompu : ${plural(count, "adresse n'a", "adresses n'ont")} pas été vérifiée${count > 1 ? 's' : ''}.`,
    nextStepsBreached:
      'Que faire : pour chaque adresse compromise, changez le mot de passe de la boîte et partout où il était réutilisé, activez la double authentification, et vérifiez les règles de transfert de la boîte.',
    nextStepsNotChecked: 'Les adresses non vérifiées ne sont pas sûres pour autant : corrigez la cause indiquée et relancez hygie audit.',
    jsonWritten: (path) => `Rapport JSON : ${path}`,
  },
  progress: {
    starting: (total, seconds) =>
      `Vérification de ${plural(total, 'adresse', 'adresses')}${seconds !== null && seconds >= 1 ? ` (environ ${duration(seconds, 'fr')})` : ''}…`,
    line: (done, total, email, verdict) => `[${done}/${total}] ${email} : ${verdict}`,
    bar: (done, total, remaining, email) =>
      `[${done}/${total}] ${percent(done, total)} %${remaining !== null && done < total ? ` — reste environ ${duration(remaining, 'fr')}` : ''}${email ? ` — ${email}` : ''}`,
    breached: 'compromise',
    clean: 'sans fuite connue',
    notChecked: (reason) => `non vérifiée (${reason})`,
    cancelling: 'Interruption demandée : les adresses restantes sont marquées non vérifiées…',
  },
};

const EN: CliTexts = {
  language: 'en',
  help: (version) => `hygie ${version} — security audit of a medical practice's accounts

Usage:
  hygie audit --roster FILE [--json OUT] [--pdf OUT] [--lang fr|en]
  hygie password [--policy cnil|anssi|nist|hipaa] [--json] [--lang fr|en]
  hygie report --pdf OUT [--json OUT] [--csv OUT] [--lang fr|en] [--anonymise]
  hygie recovery-kit --out OUT.pdf [--lang fr|en]
  hygie --help | --version

hygie audit
  Reads the staff list (CSV or tab-separated text, like the app's import), checks every e-mail
  address against Have I Been Pwned and the practice's local lists, prints a summary and, with
  --json, writes the detailed result to OUT.

  --roster FILE   the staff list (required)
  --json OUT      write the JSON report to this file
  --pdf OUT       also write the compliance report as a PDF (breaches only), and next to it the
                  JSON whose SHA-256 it prints (OUT without .pdf + .report.json)
  --lang fr|en    language of the messages (default: the system's)
  -h, --help      show this help
  -v, --version   show the version

hygie password
  Reads one password from standard input (nothing is shown as you type; through a pipe: the
  first line), prints its strength, the policy's rules with their explanations, and whether it
  is in Pwned Passwords (only 5 characters of its SHA-1 hash are sent). Nothing is saved. The
  practice's words (name, city) are tried when HYGIE_DATA_DIR holds them.

  --policy NAME   cnil, anssi, nist or hipaa (default: the practice's, else cnil)
  --json          the result as JSON on standard output
  Exit codes: 0 passes and is in no breach; 1 fails or is in breaches; 3 passes, but the breach
  lookup could not be done; 2 usage.

hygie report
  The practice's compliance report, from Hygie's data (HYGIE_DATA_DIR) as the app's Reports page
  builds it: score, findings by severity with action, owner and due date, breaches, two-factor
  authentication, passwords (never a password), the hardening walkthrough, what was not checked
  and why, references, a signature block. Every PDF page's footer carries the JSON's SHA-256
  (sha256sum checks it). The report is added to the app's list of reports. No data is created:
  without Hygie data there is nothing to report on.

  --pdf OUT       the PDF report (required)
  --json OUT      its JSON data (default: next to the PDF, OUT without .pdf + .json)
  --csv OUT       one row per person and account
  --lang fr|en    language of the messages and of the report
  --anonymise     initials instead of names, addresses masked (for an outside auditor)
  Exit codes: 0 report written and recorded; 2 usage, configuration or no data.

hygie recovery-kit
  The recovery kit, as Settings › Recovery kit makes it: a PDF to print with the key of Hygie's
  data (HYGIE_DATA_DIR) as 24 words and a QR code, and the steps to restore a backup on a new
  computer. This file is a key: print it, lock the sheet away, delete the file. The words are
  never printed on screen. Noted in Hygie's journal.

  --out OUT.pdf   where to write the kit (required; not inside the data folder)
  --lang fr|en    language of the messages and of the kit (French or English word list)
  Exit codes: 0 kit written; 2 usage, configuration or no data.

Configuration (environment variables):
  HIBP_API_KEY          Have I Been Pwned API key (else: the one saved in Hygie, in the system keychain)
  HYGIE_HIBP_BASE_URL   HIBP API address (default https://haveibeenpwned.com/api/v3)
  HYGIE_PWNED_BASE_URL  Pwned Passwords address (default https://api.pwnedpasswords.com)
  HYGIE_DATA_DIR        Hygie's data folder (local breach lists, report)

Exit codes of hygie audit:
  0  every address checked, none breached
  1  at least one address breached
  2  usage or configuration error (the message says what to fix)
  3  some addresses could not be checked, none breached
`,
  usage: {
    unknownCommand: (command) => `Unknown command: "${command}". The commands are "audit", "password", "report" and "recovery-kit".`,
    noCommand: 'Give a command: hygie audit --roster FILE.',
    badOption: (detail) => `Unknown or incomplete option: ${detail}`,
    missingRoster: 'Give the staff list: hygie audit --roster FILE.',
    badLanguage: (value) => `Unknown language: "${value}". Use --lang fr or --lang en.`,
    extraArgument: (value) => `Unexpected argument: "${value}". Give the file with --roster FILE.`,
    seeHelp: 'See: hygie --help',
  },
  config: {
    badBaseUrl: (variable, value) =>
      `${variable} is not a usable address: "${value}". Give an https:// address (http:// only to this computer), with no user name or query, or unset the variable to use the official service.`,
    badApiKey:
      'HIBP_API_KEY does not look like a Have I Been Pwned key (32 hexadecimal characters). Copy the key again from your haveibeenpwned.com account.',
    noApiKey: (service) =>
      `No Have I Been Pwned API key: HIBP_API_KEY is not set and the keychain (service "${service}") holds none. Set HIBP_API_KEY, or save the key in Hygie (Settings › Services).`,
    keychainUnreachable: (service) =>
      `HIBP_API_KEY is not set and the system keychain (service "${service}") cannot be reached. Set HIBP_API_KEY, or log in to a desktop session and unlock the keychain (Linux: GNOME Keyring; macOS: Keychain Access; Windows: Credential Manager).`,
    rosterMissing: (path) => `Staff list not found: ${path}. Check the path given to --roster.`,
    rosterUnreadable: (path) => `Cannot read ${path} (permissions?). Check the file given to --roster.`,
    rosterNotAFile: (path) =>
      `${path} is not a regular file (it is a folder, a device or a pipe): it was not read. Give --roster the path of the staff list's CSV file.`,
    rosterNoEmailColumn: (headers) =>
      `No e-mail column recognised in the staff list (headers: ${headers}). Name the column "Email", then run again.`,
    rosterNothingToCheck: 'No line of the staff list holds an address to check (see the skipped lines above). Fix the file and run again.',
    jsonFolderMissing: (path) => `The JSON report's folder does not exist: ${path}. Create it or choose another path for --json.`,
    jsonUnwritable: (path) => `Cannot write the JSON report to ${path} (permissions, disk full?). Choose another path for --json.`,
    keyRejected:
      'Have I Been Pwned refuses the API key (401). Check HIBP_API_KEY, or the key saved in Hygie (Settings › Services), against your haveibeenpwned.com account.',
    storeProblem: (message, action, dataDir) =>
      `Hygie's data (${dataDir}): ${message} ${action} To check without the local lists, set HYGIE_DATA_DIR to a folder with no Hygie data.`,
    storeKeychain: (dataDir, service) =>
      `The local breach lists (${dataDir}) cannot be opened: the system keychain (service "${service}") cannot be reached. Unlock the keychain, or set HYGIE_DATA_DIR to a folder with no Hygie data to check with HIBP alone.`,
  },
  unexpected: (message) => `Unexpected error: ${message}. Run again; if it comes back, tell your IT provider.`,
  rowIssue: (issue) => {
    const value = issue.value ?? '';
    switch (issue.code) {
      case 'missing-name':
        return 'missing name';
      case 'missing-email':
        return 'missing e-mail address';
      case 'invalid-email':
        return `invalid e-mail address: "${value}"`;
      case 'duplicate-in-file':
        return `same e-mail as line ${issue.otherLine ?? '?'}: ${value}`;
      case 'duplicate-existing':
        return `already on the list (${issue.existingName ?? ''}): ${value}`;
      case 'too-many-emails':
        return `too many e-mail addresses (${value}): 10 per person at most`;
      case 'cell-too-long':
        return `cell too long to be a name or an address: "${value}"`;
    }
  },
  fileWarning: {
    'replacement-characters':
      'Warning: some characters of the staff list look wrong ("�"); save it again as UTF-8 or Windows-1252 CSV.',
    'malformed-quotes': 'Warning: a quote is opened and never closed in the staff list; some lines may have been read as one cell.',
  },
  reason: {
    'no-key': 'no HIBP API key',
    'invalid-key': 'HIBP API key refused (401): check it in your haveibeenpwned.com account',
    blocked: 'access blocked by HIBP (403): try again later from another network, or contact HIBP with the Cloudflare ray id',
    'bad-request': 'address refused by HIBP (400): check the address',
    'rate-limited': 'too many requests (429) despite retries: run again later',
    unavailable: 'service unavailable (5xx): run again later',
    timeout: 'timed out: run again later',
    network: 'service unreachable (network, DNS, TLS): check the Internet connection',
    malformed: 'unreadable answer from the service: run again later',
    cancelled: 'cancelled before it was checked',
  },
  retryAfter: (retryAt) => {
    const { time, day } = clockTime(retryAt, 'en');
    return `HIBP asks to wait: run again after ${time}${day ? ` on ${day}` : ''}`;
  },
  summary: {
    colon: ': ',
    title: (version) => `Hygie ${version} — data breach check`,
    roster: (file, emails, people, skipped) =>
      `Staff list: ${file} — ${plural(emails, 'address', 'addresses')} (${plural(people, 'person', 'people')})${
        skipped > 0 ? `; ${plural(skipped, 'line skipped', 'lines skipped')}:` : ''
      }`,
    skippedLine: (line, reasons) => `  line ${line}: ${reasons}`,
    hibpRange: "Have I Been Pwned, prefix search: only the first 6 characters of each address's SHA-1 hash are sent.",
    hibpDirect: "Have I Been Pwned, search by address: each address is sent to HIBP (over TLS), as the key's plan has no prefix search.",
    hibpPlanUnread:
      "Have I Been Pwned: the key's plan could not be read, so no address was sent (whether it allows the prefix search is unknown).",
    corpus: (name) => `local list "${name}"`,
    sources: 'Sources:',
    breachedHeading: (count) => `Breached (${count}) — deal with these first`,
    notCheckedHeading: (count) => `Not checked (${count}) — do not consider these safe`,
    cleanHeading: (count) => `No known breach (${count})`,
    totals: (checked, total, breached, clean, notChecked) =>
      `Summary: ${checked} of ${total} checked — ${breached} breached, ${clean} with no known breach, ${notChecked} not checked.`,
    cancelled: (count) => `Cancelled: ${plural(count, 'address was', 'addresses were')} not checked.`,
    nextStepsBreached:
      "What to do: for each breached address, change the mailbox's password and every password it was reused for, turn on two-factor authentication, and check the mailbox's forwarding rules.",
    nextStepsNotChecked: 'Addresses not checked are not safe for all that: fix the cause shown and run hygie audit again.',
    jsonWritten: (path) => `JSON report: ${path}`,
  },
  progress: {
    starting: (total, seconds) =>
      `Checking ${plural(total, 'address', 'addresses')}${seconds !== null && seconds >= 1 ? ` (about ${duration(seconds, 'en')})` : ''}…`,
    line: (done, total, email, verdict) => `[${done}/${total}] ${email}: ${verdict}`,
    bar: (done, total, remaining, email) =>
      `[${done}/${total}] ${percent(done, total)}%${remaining !== null && done < total ? ` — about ${duration(remaining, 'en')} left` : ''}${email ? ` — ${email}` : ''}`,
    breached: 'breached',
    clean: 'no known breach',
    notChecked: (reason) => `not checked (${reason})`,
    cancelling: 'Cancelling: the remaining addresses are marked not checked…',
  },
};

export const CLI_TEXTS: Record<Language, CliTexts> = { fr: FR, en: EN };
