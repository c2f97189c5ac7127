import { collapseSpaces } from './normalise-text.ts';

// One "Nom" cell holding the whole name. French lists write the family name in capitals
// ("Jean DUPONT", "DUPONT Jean", "Marie-Hélène LE GALL"); otherwise the last word is taken
// as the family name ("Jean Dupont").

export interface SplitName {
  firstName: string;
  lastName: string;
}

/** Courtesy titles ahead of a name: not part of it. */
const TITLES = new Set(['dr', 'dr.', 'docteur', 'pr', 'pr.', 'professeur', 'm.', 'mme', 'mme.', 'mlle', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.']);

/** A word in capitals: at least two letters (so an initial "J." is not a family name), none lower case. */
function isCapitalised(word: string): boolean {
  return /\p{L}.*\p{L}/u.test(word) && word === word.toUpperCase() && word !== word.toLowerCase();
}

export function splitFullName(cell: string): SplitName {
  const comma = cell.indexOf(',');
  if (comma !== -1) {
    const lastName = collapseSpaces(cell.slice(0, comma));
    const firstName = collapseSpaces(cell.slice(comma + 1).replaceAll(',', ' '));
    if (lastName !== '' && firstName !== '') return { firstName, lastName };
  }
  const words = collapseSpaces(cell.replaceAll(',', ' ')).split(' ').filter((word) => word !== '');
  while (words.length > 1 && TITLES.has((words[0] ?? '').toLowerCase())) words.shift();
  if (words.length === 0) return { firstName: '', lastName: '' };

  const capitalised = words.filter(isCapitalised);
  if (capitalised.length > 0 && capitalised.length < words.length) {
    return {
      firstName: words.filter((word) => !isCapitalised(word)).join(' '),
      lastName: capitalised.join(' '),
    };
  }
  // All in capitals, or none: the last word is the family name.
  return { firstName: words.slice(0, -1).join(' '), lastName: words[words.length - 1] ?? '' };
}
