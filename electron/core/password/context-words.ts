import type { ContextWordKind } from '../model/schemas/password.ts';
import type { Profession } from '../model/schemas/practice.ts';

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

/**
 * Words this long are found anywhere in the password; shorter ones ("lea", "aix") only as whole
 * words, or a person named Léa would fail "clean" and Ève "seven".
 */
export const SUBSTRING_CONTEXT_WORD_LENGTH = 4;

/**
 * The small words of names and addresses, French and English: nobody's guess, and "des" or
 * "les" would be found in "Desk" or "Ailes". They stay inside the joined forms ("aixlesbains").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'de', 'des', 'du', 'la', 'le', 'les', 'et', 'en', 'au', 'aux', 'sur', 'sous', 'par', 'pour', 'rue', 'saint', 'sainte', 'st', 'ste',
  'the', 'and', 'of', 'for', 'at', 'on', 'in',
]);

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

/** Every word of a name or an address: letters only, accents stripped, lower case. */
function allWordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word !== '');
}

/** The words worth trying on their own: long enough, and not a stop-word. */
function meaningful(words: readonly string[]): string[] {
  return words.filter((word) => [...word].length >= MIN_CONTEXT_WORD_LENGTH && !STOP_WORDS.has(word));
}

/** The words worth trying, and the whole text typed as one word when it has several. */
function wordsAndJoined(text: string): { words: string[]; joined: string[] } {
  const all = allWordsOf(text);
  return { words: meaningful(all), joined: all.length > 1 ? [all.join('')] : [] };
}

/** The context words for this practice and person, each once (the first kind that brings it wins). */
export function contextWords(context: PasswordContext): ContextWord[] {
  const found = new Map<string, ContextWordKind>();
  const add = (words: readonly string[], kind: ContextWordKind): void => {
    for (const word of words) if (!found.has(word) && [...word].length >= MIN_CONTEXT_WORD_LENGTH) found.set(word, kind);
  };
  if (context.practice !== null) {
    // "Cabinet Dupont" is typed "cabinetdupont" as often as not: the joined name is one guess.
    const name = wordsAndJoined(context.practice.name);
    add([...name.words, ...name.joined], 'practice-name');
    const city = wordsAndJoined(context.practice.city);
    add([...city.words, ...city.joined], 'practice-city');
  }
  if (context.person !== null) {
    const first = allWordsOf(context.person.firstName);
    const last = allWordsOf(context.person.lastName);
    add(meaningful([...first, ...last]), 'person-name');
    // "ElodieLefevre", "LefevreElodie": the full name typed as one word.
    if (first.length > 0 && last.length > 0) add([[...first, ...last].join(''), [...last, ...first].join('')], 'person-name');
    for (const email of context.person.emails) {
      const local = wordsAndJoined(email.split('@')[0] ?? '');
      add([...local.words, ...local.joined], 'email');
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

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * Where the password contains context words: longest words first, occurrences never overlap
 * ("amelipro" is one hit, not "ameli" + "pro"). Words of SUBSTRING_CONTEXT_WORD_LENGTH letters
 * or more are found anywhere; shorter ones only as a whole word: next to a non-letter (once
 * folded: "Lea2024"), an end, a longer context word already found ("dupontlea"), or a change
 * from lower to upper case ("soleilLeaMer"). Hits come back in password order.
 */
export function findContextWords(password: string, words: readonly ContextWord[]): ContextWordHit[] {
  const original = [...password];
  const folded = foldText(password);
  const taken = new Array<boolean>(folded.length).fill(false);
  // Between positions index - 1 and index, is there a word boundary?
  const boundary = (index: number): boolean =>
    index <= 0 ||
    index >= folded.length ||
    !LETTER.test(folded[index - 1] ?? '') ||
    !LETTER.test(folded[index] ?? '') ||
    taken[index - 1] === true ||
    taken[index] === true ||
    (LOWER.test(original[index - 1] ?? '') && UPPER.test(original[index] ?? ''));
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
      if (letters.length < SUBSTRING_CONTEXT_WORD_LENGTH && !(boundary(start) && boundary(start + letters.length))) continue;
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

/**
 * For the passphrase generator: true for a list word that holds a context word or is part of
 * one ("docteur" for a GP practice, "social" beside "sociale"), compared in the same folded form
 * as findContextWords — and, like it, a three-letter context word only as the whole word ("lea"
 * excludes no "clean"). Such a word is drawn again, so a proposed passphrase (words between '-')
 * never fails the no-context-words rule.
 */
export function contextExclusion(words: readonly ContextWord[]): (candidate: string) => boolean {
  const folded = words.map((word) => word.word);
  return (candidate) => {
    const word = foldText(candidate).join('');
    return folded.some(
      (contextWord) =>
        contextWord.includes(word) || ([...contextWord].length >= SUBSTRING_CONTEXT_WORD_LENGTH ? word.includes(contextWord) : word === contextWord),
    );
  };
}
