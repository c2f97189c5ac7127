import type { ColumnMapping, FILE_ISSUE_CODES, RosterField } from '../model/schemas/roster-import.ts';
import { normaliseKey } from './normalise-text.ts';

// Recognises the columns of a roster from its headers, in French and English, however they are
// accented, cased or punctuated ("E-mail", "Adresse mail :", "PRÉNOM").

type FileIssue = (typeof FILE_ISSUE_CODES)[number];

/** Headers as written in practices' files, compared once normalised (see normaliseKey). */
const EXACT_HEADERS: Readonly<Record<RosterField, readonly string[]>> = {
  lastName: ['nom', 'nom de famille', 'nom d usage', 'nom de naissance', 'last name', 'lastname', 'surname', 'family name'],
  firstName: ['prenom', 'prenoms', 'first name', 'firstname', 'given name', 'forename'],
  fullName: [
    'nom complet',
    'nom et prenom',
    'nom prenom',
    'prenom nom',
    'prenom et nom',
    'identite',
    'name',
    'full name',
    'fullname',
    'personne',
    'salarie',
  ],
  email: [
    'e mail',
    'email',
    'courriel',
    'mail',
    'mel',
    'adresse e mail',
    'adresse email',
    'adresse mail',
    'adresse courriel',
    'adresse electronique',
    'email address',
    'e mail address',
    'emails',
    'e mails',
    'adresses e mail',
    'adresses mail',
  ],
  role: ['fonction', 'role', 'poste', 'profession', 'metier', 'job title', 'job', 'title', 'position', 'qualite'],
  services: ['services', 'comptes', 'accounts', 'services utilises', 'comptes en ligne'],
};

/** Words that, anywhere in a header not matched exactly, still say which column it is. */
const LOOSE_WORDS: readonly (readonly [RosterField, readonly string[]])[] = [
  ['email', ['e mail', 'email', 'mail', 'courriel', 'emails']],
  ['firstName', ['prenom', 'first name', 'given name']],
  ['lastName', ['nom de famille', 'last name', 'surname', 'family name']],
  ['role', ['fonction', 'poste', 'metier', 'role', 'profession', 'job title']],
];

const EXACT_LOOKUP = new Map<string, RosterField>(
  (Object.entries(EXACT_HEADERS) as [RosterField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [name, field] as const),
  ),
);

export const EMPTY_MAPPING: ColumnMapping = {
  lastName: null,
  firstName: null,
  fullName: null,
  email: null,
  role: null,
  services: null,
};

/** The first column for each field: exact names first, then headers merely containing a telling word. */
export function detectMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = { ...EMPTY_MAPPING };
  const keys = headers.map(normaliseKey);
  const used = new Set<number>();

  keys.forEach((key, index) => {
    const field = EXACT_LOOKUP.get(key);
    if (field !== undefined && mapping[field] === null) {
      mapping[field] = index;
      used.add(index);
    }
  });
  for (const [field, words] of LOOSE_WORDS) {
    if (mapping[field] !== null) continue;
    const index = keys.findIndex(
      (key, column) => !used.has(column) && words.some((word) => ` ${key} `.includes(` ${word} `)),
    );
    if (index !== -1) {
      mapping[field] = index;
      used.add(index);
    }
  }
  // A lone "Nom" beside no first-name column holds the whole name ("Jean DUPONT").
  if (mapping.lastName !== null && mapping.firstName === null && mapping.fullName === null) {
    const key = keys[mapping.lastName];
    if (key === 'nom') {
      mapping.fullName = mapping.lastName;
      mapping.lastName = null;
    }
  }
  return mapping;
}

/** What the mapping lacks to import anyone; the user can fix it by choosing columns. */
export function mappingIssues(mapping: ColumnMapping): FileIssue[] {
  const issues: FileIssue[] = [];
  if (mapping.email === null) issues.push('no-email-column');
  if (mapping.lastName === null && mapping.fullName === null) issues.push('no-name-column');
  return issues;
}
