// OWASP "CSV injection": a cell that starts like a formula is run by the spreadsheet that opens
// the file. Hygie's CSV files (the staff list, the report) prefix such a cell with ' so it stays
// text, and the import says when a cell it reads looks like one.
//
// What starts a formula (OWASP ASVS 1.2.10, docs/references.md): = + - @, a leading tab, line
// break or NUL, and — for safety, since
// spreadsheets fold some of them (Excel under an East Asian input method, say) — every character
// that Unicode's compatibility normalisation (NFKC) turns into = + - @ or the minus sign: the
// full-width ＝ ＋ － ＠, the small ﹦ ﹢ ﹣ ﹫, super- and subscript ⁼ ⁺ ₊ …, ﬩ and − itself. Spaces
// before the sign do not make it text either (some spreadsheets trim them), so a cell is also
// guarded when the sign comes after leading white space (including the no-break and ideographic
// spaces). Papaparse's own `escapeFormulae: true` uses /^[=+\-@\t\r].*$/, which misses "=…"
// followed by a line break (`.` stops at it); these checks have no `.*$`.

const SIGNS = '=+\\-@\u2212\u207a\u207b\u207c\u208a\u208b\u208c\ufb29\ufe62\ufe63\ufe66\ufe6b\uff0b\uff0d\uff1d\uff20';

/** A cell a spreadsheet could take for a formula (the test for Papa.unparse's `escapeFormulae`). */
export const FORMULA_START = new RegExp(`^(?:[\\t\\r\\n\\0]|\\s*[${SIGNS}])`, 'u');

export function looksLikeFormula(cell: string): boolean {
  return FORMULA_START.test(cell);
}

/** Undoes the guard: our own export's `'` before a formula-like cell. */
export function withoutFormulaGuard(cell: string): string {
  return cell.startsWith("'") && looksLikeFormula(cell.slice(1)) ? cell.slice(1) : cell;
}
