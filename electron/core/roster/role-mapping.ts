import { STAFF_ROLES, type StaffRole } from '../model/schemas/staff.ts';
import { collapseSpaces, normaliseKey } from './normalise-text.ts';
import { ROLE_LABELS } from './role-labels.ts';

// The role column as practices fill it: "Médecin", "IDE", "Secrétaire médicale", "Préparatrice",
// "GP". Compared without accents or case; feminine forms listed alongside.

export interface MappedRole {
  role: StaffRole;
  /** The text as written, kept only when it maps to 'other'. */
  roleLabel: string | null;
  recognised: boolean;
}

/** Normalised words and phrases (see normaliseKey) for each role. */
const ROLE_WORDS: Readonly<Record<StaffRole, readonly string[]>> = {
  physician: [
    'medecin',
    'medecins',
    'docteur',
    'docteure',
    'dr',
    'generaliste',
    'medecin generaliste',
    'medecin specialiste',
    'medecin traitant',
    'physician',
    'doctor',
    'gp',
    'general practitioner',
  ],
  pharmacist: [
    'pharmacien',
    'pharmacienne',
    'pharmacien titulaire',
    'pharmacienne titulaire',
    'pharmacien adjoint',
    'pharmacienne adjointe',
    'docteur en pharmacie',
    'pharmacist',
    'titulaire',
  ],
  nurse: ['infirmier', 'infirmiere', 'infirmier e', 'ide', 'idel', 'ipa', 'nurse', 'registered nurse'],
  secretary: [
    'secretaire',
    'secretaire medical',
    'secretaire medicale',
    'accueil',
    'agent d accueil',
    'hote d accueil',
    'hotesse d accueil',
    'assistant administratif',
    'assistante administrative',
    'receptionist',
    'secretary',
    'medical secretary',
  ],
  'pharmacy-technician': [
    'preparateur',
    'preparatrice',
    'preparateur en pharmacie',
    'preparatrice en pharmacie',
    'pharmacy technician',
  ],
  physiotherapist: [
    'kine',
    'kinesitherapeute',
    'kinesitherapeutes',
    'masseur kinesitherapeute',
    'masseuse kinesitherapeute',
    'physiotherapist',
    'physio',
    'physical therapist',
  ],
  dentist: ['dentiste', 'chirurgien dentiste', 'chirurgienne dentiste', 'dentist', 'orthodontiste'],
  midwife: ['sage femme', 'sages femmes', 'maieuticien', 'midwife'],
  'medical-assistant': [
    'assistant medical',
    'assistante medicale',
    'assistant dentaire',
    'assistante dentaire',
    'medical assistant',
    'dental assistant',
  ],
  locum: ['remplacant', 'remplacante', 'medecin remplacant', 'medecin remplacante', 'locum', 'locum tenens'],
  intern: ['interne', 'etudiant', 'etudiante', 'stagiaire', 'intern', 'student', 'trainee'],
  manager: [
    'gerant',
    'gerante',
    'directeur',
    'directrice',
    'responsable',
    'office manager',
    'manager',
    'coordinateur',
    'coordinatrice',
  ],
  'it-provider': [
    'prestataire informatique',
    'informaticien',
    'informaticienne',
    'informatique',
    'technicien informatique',
    'it',
    'it provider',
    'it support',
  ],
  other: ['autre', 'other'],
};

/** When a label holds words of two roles ("Médecin remplaçant"), the more specific role wins. */
const SPECIFICITY: readonly StaffRole[] = [
  'locum',
  'intern',
  'it-provider',
  'pharmacy-technician',
  'medical-assistant',
  'midwife',
  'dentist',
  'physiotherapist',
  'pharmacist',
  'nurse',
  'secretary',
  'physician',
  'manager',
  'other',
];

/** Words that name a role only on their own: "Médecin titulaire" is a physician, not a pharmacist. */
const ALONE_ONLY = new Set(['titulaire']);

const EXACT = new Map<string, StaffRole>();
for (const role of STAFF_ROLES) {
  for (const word of ROLE_WORDS[role]) EXACT.set(word, role);
  // The export's own labels, in both languages, always read back.
  EXACT.set(normaliseKey(ROLE_LABELS[role].fr), role);
  EXACT.set(normaliseKey(ROLE_LABELS[role].en), role);
}

/** Every listed phrase that may also appear inside a longer label, with its role. */
const PHRASES = new Map<string, StaffRole>();
let longestPhrase = 1;
for (const role of SPECIFICITY) {
  if (role === 'other') continue;
  for (const phrase of ROLE_WORDS[role]) {
    if (ALONE_ONLY.has(phrase) || PHRASES.has(phrase)) continue;
    PHRASES.set(phrase, role);
    longestPhrase = Math.max(longestPhrase, phrase.split(' ').length);
  }
}

/**
 * A label not listed word for word ("Infirmière coordinatrice"): the longest listed phrase it
 * contains, then the most specific role. Looks up each run of words, so a 50,000-line file costs
 * a few map lookups per line.
 */
function roleByContainedWords(key: string): StaffRole | null {
  const words = key.split(' ');
  for (let length = Math.min(longestPhrase, words.length); length >= 1; length -= 1) {
    let best: StaffRole | null = null;
    for (let start = 0; start + length <= words.length; start += 1) {
      const role = PHRASES.get(words.slice(start, start + length).join(' '));
      if (role !== undefined && (best === null || SPECIFICITY.indexOf(role) < SPECIFICITY.indexOf(best))) best = role;
    }
    if (best !== null) return best;
  }
  return null;
}

export function mapRole(cell: string): MappedRole {
  const text = collapseSpaces(cell);
  if (text === '') return { role: 'other', roleLabel: null, recognised: true };
  const key = normaliseKey(text);
  const role = EXACT.get(key) ?? (key === '' ? null : roleByContainedWords(key));
  if (role === null) return { role: 'other', roleLabel: text, recognised: false };
  return { role, roleLabel: null, recognised: true };
}
