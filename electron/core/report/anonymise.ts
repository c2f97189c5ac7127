import { splitFullName } from '../roster/split-full-name.ts';

// Anonymising a report for an outside auditor (as Specops Password Auditor does): people become
// initials ("Jeanne Dupont" → "J. D.", "Jean-Pierre Martin" → "J.-P. M."), two people with the
// same initials are told apart by " (2)", " (3)"…, and a mailbox keeps only its domain
// ("•••@cabinet-dupont.fr"). The practice stays named: the auditor knows whose report it is.

/** "Jean-Pierre" → "J.-P.", "Marie Hélène" → "M. H.", "d'Ormesson" → "D.". */
export function initialsOf(part: string): string {
  return part
    .split(/\s+/u)
    .filter((word) => word !== '')
    .map((word) =>
      word
        .split('-')
        .map((piece) => piece.match(/\p{L}|\p{N}/u)?.[0])
        .filter((letter): letter is string => letter !== undefined)
        .map((letter) => `${letter.toLocaleUpperCase('fr')}.`)
        .join('-'),
    )
    .filter((initials) => initials !== '')
    .join(' ');
}

export function personInitials(firstName: string, lastName: string): string {
  return [initialsOf(firstName), initialsOf(lastName)].filter((part) => part !== '').join(' ');
}

/** A name written whole ("Dr Jeanne Dupont", "DUPONT Jeanne") → its initials, titles dropped. */
export function fullNameInitials(fullName: string): string {
  const { firstName, lastName } = splitFullName(fullName);
  return personInitials(firstName, lastName) || '—';
}

/** Initials for each person in order; a repeat gets " (2)", " (3)"… so nobody is mistaken for another. */
export function distinctInitials(people: readonly { firstName: string; lastName: string }[]): string[] {
  const seen = new Map<string, number>();
  return people.map((person) => {
    const initials = personInitials(person.firstName, person.lastName) || '—';
    const count = (seen.get(initials) ?? 0) + 1;
    seen.set(initials, count);
    return count === 1 ? initials : `${initials} (${count})`;
  });
}

/** "jeanne.dupont@cabinet-dupont.fr" → "•••@cabinet-dupont.fr". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at === -1 ? '•••' : `•••@${email.slice(at + 1).trim().toLowerCase()}`;
}
