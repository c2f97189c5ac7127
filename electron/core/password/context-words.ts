import type { ContextWordKind } from '../api/schemas/password.ts';
import type { Profession } from '../api/schemas/practice.ts';

// The words an attacker who knows the practice tries first (NIST SP 800-63B-4 asks verifiers to
// refuse them): the practice's name, city and profession, the person's names and e-mail local
// part, and the health portals every practice logs into. Matching ignores case, accents and the
// common l33t substitutions, so "C@b1netDup0nt" still leans on "cabinet" and "dupont".

export interface PasswordContext {
  practice: { name: string; city: string; profession: Profession } | null;
  person: { firstName: string; lastName: string; emails: readonly string[] } | null;
}

export interface ContextWord {
  /** The folded form: lower case, no accents (what is matched, and what is shown live). */
  word: string;
  kind: ContextWordKind;
}

/** Words shorter than this are left out: "de", "du", "le" would match inside anything. */
export const MIN_CONTEXT_WORD_LENGTH = 3;

export const HEALTH_PORTAL_WORDS: readonly string[] = [
  'ameli',
  'amelipro',
  'cabinet',
  'cpam',
  'docteur',
  'doctolib',
  'medecin',
  'mssante',
  'ordonnance',
  'patient',
  'pharmacie',
  'sante',
  'secu',
  'securite',
  'sociale',
  'vitale',
];

/** What people call their own trade, in French (and the English word a few would use). */
const PROFESSION_WORDS: Record<Profession, readonly string[]> = {
  'general-practice': ['medecin', 'medecine', 'generaliste', 'docteur', 'doctor'],
  'specialist-practice': ['medecin', 'specialiste', 'docteur', 'doctor'],
  pharmacy: ['pharmacie', 'pharmacien', 'pharmacienne', 'pharma', 'pharmacy'],
  nursing: ['infirmier', 'infirmiere', 'infirmerie', 'soins', 'nurse'],
  physiotherapy: ['kine', 'kinesitherapeute', 'kinesitherapie', 'physio'],
  dental: ['dentiste', 'dentaire', 'dental', 'dentist'],
  midwifery: ['sagefemme', 'maieutique', 'naissance'],
  laboratory: ['laboratoire', 'labo', 'biologie', 'analyses'],
  'health-centre': ['centre', 'maison', 'msp', 'clinique'],
  other: [],
};

/**
 * One character's comparable form: accents stripped, lower case, the common l33t digits and
 * symbols read as the letters they stand for. '1' stays '1': it stands for either i or l
 * (see `sameLetter`). Always exactly one character, so positions in the folded text are
 * positions in the password (counted in code points).
 */
export function foldCharacter(character: string): string {
  const leet = LEET[character];
  if (leet !== undefined) return leet;
  const folded = character.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  return [...folded][0] ?? character;
}

const LEET: Record<string, string> = { '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/** Fold a whole text for matching: one folded character per code point. */
export function foldText(text: string): string[] {
  return [...text].map(foldCharacter);
}

function sameLetter(passwordCharacter: string, wordCharacter: string): boolean {
  return passwordCharacter === wordCharacter || (passwordCharacter === '1' && (wordCharacter === 'i' || wordCharacter === 'l'));
}

/** The words of a name or an address: letters only, accents stripped, lower case. */
function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => [...word].length >= MIN_CONTEXT_WORD_LENGTH);
}

/** The context words for this practice and person, each once (the first kind that brings it wins). */
export function contextWords(context: PasswordContext): ContextWord[] {
  const found = new Map<string, ContextWordKind>();
  const add = (words: readonly string[], kind: ContextWordKind): void => {
    for (const word of words) if (!found.has(word) && [...word].length >= MIN_CONTEXT_WORD_LENGTH) found.set(word, kind);
  };
  if (context.practice !== null) {
    const nameWords = wordsOf(context.practice.name);
    add(nameWords, 'practice-name');
    // "Cabinet Dupont" is typed "cabinetdupont" as often as not: the joined name is one guess.
    if (nameWords.length > 1) add([nameWords.join('')], 'practice-name');
    const cityWords = wordsOf(context.practice.city);
    add(cityWords, 'practice-city');
    if (cityWords.length > 1) add([cityWords.join('')], 'practice-city');
  }
  if (context.person !== null) {
    const first = wordsOf(context.person.firstName);
    const last = wordsOf(context.person.lastName);
    add([...first, ...last], 'person-name');
    // "ElodieLefevre", "LefevreElodie": the full name typed as one word.
    if (first.length > 0 && last.length > 0) add([[...first, ...last].join(''), [...last, ...first].join('')], 'person-name');
    for (const email of context.person.emails) {
      const local = email.split('@')[0] ?? '';
      const localWords = wordsOf(local);
      add(localWords, 'email');
      if (localWords.length > 1) add([localWords.join('')], 'email');
    }
  }
  if (context.practice !== null) add(PROFESSION_WORDS[context.practice.profession], 'profession');
  add(HEALTH_PORTAL_WORDS, 'health-portal');
  return [...found].map(([word, kind]) => ({ word, kind }));
}

export interface ContextWordHit {
  word: ContextWord;
  /** Code-point positions in the password, end exclusive. */
  start: number;
  end: number;
}

/**
 * Where the password contains context words: longest words first, occurrences never overlap
 * ("amelipro" is one hit, not "ameli" + "pro"). Hits come back in password order.
 */
export function findContextWords(password: string, words: readonly ContextWord[]): ContextWordHit[] {
  const folded = foldText(password);
  const taken = new Array<boolean>(folded.length).fill(false);
  const hits: ContextWordHit[] = [];
  const longestFirst = [...words].sort((a, b) => b.word.length - a.word.length || a.word.localeCompare(b.word));
  for (const word of longestFirst) {
    const letters = [...word.word];
    for (let start = 0; start + letters.length <= folded.length; start += 1) {
      let matches = true;
      for (let offset = 0; offset < letters.length; offset += 1) {
        if (taken[start + offset] === true || !sameLetter(folded[start + offset] ?? '', letters[offset] ?? '')) {
          matches = false;
          break;
        }
      }
      if (!matches) continue;
      for (let offset = 0; offset < letters.length; offset += 1) taken[start + offset] = true;
      hits.push({ word, start, end: start + letters.length });
      start += letters.length - 1;
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The password with the hits cut out: what is left for the attacker to guess. */
export function withoutHits(password: string, hits: readonly ContextWordHit[]): string {
  const characters = [...password];
  const removed = new Array<boolean>(characters.length).fill(false);
  for (const hit of hits) for (let index = hit.start; index < hit.end; index += 1) removed[index] = true;
  return characters.filter((_, index) => removed[index] !== true).join('');
}
