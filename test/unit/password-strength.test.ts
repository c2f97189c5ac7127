import { describe, expect, it } from 'vitest';
import { PasswordAssessmentSchema, type ContextWordKind, type PasswordAssessment } from '../../electron/core/model/schemas/password.ts';
import { assessPassword } from '../../electron/core/password/assess-password.ts';
import { contextWords, findContextWords, HEALTH_PORTAL_WORDS, type PasswordContext } from '../../electron/core/password/context-words.ts';
import { scoreForGuesses } from '../../electron/core/password/strength.ts';
import { characterClasses, passphraseWordCount, theoreticalBits } from '../../electron/core/password/theoretical-bits.ts';

// The strength estimate as a user meets it: zxcvbn's score with the French dictionaries, lowered
// when the password leans on the practice's or the person's words, and the CNIL theoretical bits.

const NO_CONTEXT: PasswordContext = { practice: null, person: null };
const DUPONT: PasswordContext = {
  practice: { name: 'Cabinet Dupont', city: 'Saint-Étienne', profession: 'general-practice' },
  person: { firstName: 'Élodie', lastName: 'Lefèvre', emails: ['elefevre@cabinet-dupont.fr', 'elodie.perso@gmail.com'] },
};
const FACTS = { mfa: false, admin: false, lockout: false };

function assess(password: string, context: PasswordContext = NO_CONTEXT): PasswordAssessment {
  // Every assessment the engine returns must be what the contract promises.
  return PasswordAssessmentSchema.parse(assessPassword(password, { context, facts: FACTS, policy: 'cnil-2022' }));
}

function kinds(assessment: PasswordAssessment): ContextWordKind[] {
  return assessment.strength.contextWords.map((word) => word.kind);
}

describe('context words', () => {
  it('lists the practice, city, profession, person, e-mail and health-portal words, folded', () => {
    const words = contextWords(DUPONT);
    const byWord = new Map(words.map((word) => [word.word, word.kind]));
    expect(byWord.get('dupont')).toBe('practice-name');
    expect(byWord.get('cabinetdupont')).toBe('practice-name');
    expect(byWord.get('etienne')).toBe('practice-city');
    expect(byWord.get('saintetienne')).toBe('practice-city');
    expect(byWord.get('generaliste')).toBe('profession');
    expect(byWord.get('elodie')).toBe('person-name');
    expect(byWord.get('lefevre')).toBe('person-name');
    expect(byWord.get('elefevre')).toBe('email');
    expect(byWord.get('perso')).toBe('email');
    expect(byWord.get('amelipro')).toBe('health-portal');
    // The practice's own words win over the generic list ("cabinet" is the practice's name here).
    expect(byWord.get('cabinet')).toBe('practice-name');
    // Two-letter words would match inside anything.
    expect(words.every((word) => word.word.length >= 3)).toBe(true);
    expect(new Set(words.map((word) => word.word)).size).toBe(words.length);
  });

  it('finds words whatever the case, accents and common l33t substitutions', () => {
    const words = contextWords(DUPONT);
    expect(findContextWords('C@b1n3tDUP0NT', words).map((hit) => hit.word.word)).toEqual(['cabinetdupont']);
    expect(findContextWords('ÉLODIE!', words).map((hit) => hit.word.word)).toEqual(['elodie']);
    expect(findContextWords('1efevre', words).map((hit) => hit.word.word)).toEqual(['lefevre']);
    // Longest first, without overlap: "amelipro" is one word, not "ameli" + the rest.
    expect(findContextWords('xxAmeliPro', words).map((hit) => hit.word.word)).toEqual(['amelipro']);
    expect(findContextWords('Vq7#mZp2!xRk', words)).toEqual([]);
  });

  it('"CabinetDupont2024!" scores poorly for Cabinet Dupont, and better when the practice is unknown', () => {
    const forDupont = assess('CabinetDupont2024!', DUPONT);
    const unknown = assess('CabinetDupont2024!', NO_CONTEXT);
    expect(forDupont.strength.score).toBeLessThanOrEqual(1);
    expect(unknown.strength.score).toBeGreaterThan(forDupont.strength.score);
    expect(kinds(forDupont)).toContain('practice-name');
    expect(forDupont.strength.warning?.fr).toMatch(/cabinet/u);
    expect(forDupont.strength.warning?.en).toMatch(/practice/u);
  });

  it('judges a password on what is left once the context words are taken out', () => {
    // zxcvbn alone rates this 4 (its user inputs miss the reordered words); the context rule
    // leaves "--42" and the choice of two words among the practice's.
    const reordered = assess('DUPONT-cabinet-42', DUPONT);
    expect(reordered.strength.contextWords.map((word) => word.word)).toEqual(['dupont', 'cabinet']);
    expect(reordered.strength.score).toBeLessThan(3);
    expect(assess('DUPONT-cabinet-42', { practice: null, person: null }).strength.score).toBeGreaterThan(reordered.strength.score);
  });

  it("flags the person's names and e-mail local part", () => {
    const name = assess('ElodieLefevre75!', DUPONT);
    expect(name.strength.contextWords).toEqual([{ word: 'elodielefevre', kind: 'person-name' }]);
    expect(name.strength.score).toBeLessThanOrEqual(1);
    expect(assess('ElodieLefevre75!', NO_CONTEXT).strength.score).toBeGreaterThan(name.strength.score);

    const email = assess('Elefevre#2019', DUPONT);
    expect(kinds(email)).toEqual(['email']);
    expect(assess('Elefevre#2019', NO_CONTEXT).strength.contextWords).toEqual([]);
  });

  it('flags health-portal words even when nothing is known of the practice', () => {
    const ameli = assess('Amelipro2024!', NO_CONTEXT);
    expect(ameli.strength.contextWords).toEqual([{ word: 'amelipro', kind: 'health-portal' }]);
    expect(ameli.strength.score).toBeLessThanOrEqual(1);
    expect(HEALTH_PORTAL_WORDS).toEqual(expect.arrayContaining(['ameli', 'amelipro', 'cabinet', 'docteur', 'pharmacie', 'sante', 'secu']));
    const rule = ameli.policies[0]?.rules.find((entry) => entry.kind === 'no-context-words');
    expect(rule?.outcome).toBe('fail');
    expect(rule?.explanation.fr).toContain('«\u202famelipro\u202f»');
  });

  it('leaves out stop-words and matches three-letter words only as whole words', () => {
    const lilas: PasswordContext = {
      practice: { name: 'Maison de santé des Lilas', city: 'Aix-les-Bains', profession: 'health-centre' },
      person: null,
    };
    const words = contextWords(lilas).map((word) => word.word);
    for (const stopWord of ['des', 'les', 'de']) expect(words).not.toContain(stopWord);
    // The name as typed in one go keeps its small words.
    expect(words).toEqual(expect.arrayContaining(['lilas', 'aix', 'aixlesbains', 'maisondesantedeslilas']));
    expect(assess('Vq7#Desk!mZp2xRk', lilas).strength.contextWords).toEqual([]);
    expect(kinds(assess('Lilas-Aix-2024', lilas))).toEqual(['practice-name', 'practice-city']);

    const lea: PasswordContext = { practice: null, person: { firstName: 'Léa', lastName: 'Roux', emails: [] } };
    expect(assess('orbit-clean-mango', lea).strength.contextWords).toEqual([]);
    expect(assess('Lea2024!', lea).strength.contextWords).toEqual([{ word: 'lea', kind: 'person-name' }]);
    expect(assess('L3a-2024', lea).strength.contextWords).toEqual([{ word: 'lea', kind: 'person-name' }]);
    expect(assess('soleilLeaMer', lea).strength.contextWords).toEqual([{ word: 'lea', kind: 'person-name' }]);
    const eve: PasswordContext = { practice: null, person: { firstName: 'Ève', lastName: 'Roux', emails: [] } };
    expect(assess('Seven-Rivers-Glow', eve).strength.contextWords).toEqual([]);
  });
});

describe('French dictionary words', () => {
  it.each(['motdepasse', 'motdepasse2024', 'soleil', 'soleil2024', 'bonjour123', 'chaussette2019'])('"%s" is easy to guess', (password) => {
    const assessment = assess(password);
    // "chaussette2019" reaches 3 with the English and common lists alone: the French one counts.
    expect(assessment.strength.score).toBeLessThan(3);
    expect(assessment.policies[0]?.rules.find((rule) => rule.kind === 'not-guessable')?.outcome).toBe('fail');
  });

  it("translates zxcvbn's warning into French and English", () => {
    const { warning } = assess('motdepasse').strength;
    expect(warning).toEqual({ fr: 'Ce mot de passe est couramment utilisé.', en: 'This is a commonly used password.' });
  });

  it("translates zxcvbn's suggestions into both languages", () => {
    const { suggestions } = assess('Soleil2024').strength;
    expect(suggestions.length).toBeGreaterThan(0);
    for (const suggestion of suggestions) {
      expect(suggestion.fr).not.toBe(suggestion.en);
      expect(suggestion.fr).not.toMatch(/^[a-z][A-Za-z]+$/u); // a sentence, not a zxcvbn key
    }
    expect(suggestions.map((suggestion) => suggestion.en)).toContain('Capitalize more than the first letter.');
    expect(suggestions.map((suggestion) => suggestion.fr)).toContain('Utilisez des majuscules mais pas seulement sur la première lettre.');
  });

  it('rates a random password highly and gives it no warning', () => {
    const { strength } = assess('Vq7#mZp2!xRk');
    expect(strength.score).toBe(4);
    expect(strength.warning).toBeNull();
    expect(strength.estimatedBits).toBeCloseTo(strength.guessesLog10 * Math.log2(10), 6);
  });
});

describe('score thresholds', () => {
  it("follows zxcvbn's 10^3, 10^6, 10^8, 10^10 steps", () => {
    expect([1, 1e3, 1e3 + 10, 1e6 + 10, 1e8 + 10, 1e10 + 10].map(scoreForGuesses)).toEqual([0, 0, 1, 2, 3, 4]);
  });
});

describe('theoretical bits (CNIL method)', () => {
  it('counts length × log2(pool), rounded', () => {
    expect(theoreticalBits('Vq7#mZp2!xRk')).toBe(80); // 12 × log2(99)
    expect(theoreticalBits('Vq7#mZp2!xR')).toBe(73);
    expect(theoreticalBits('Vq7mZp2xRkWb9T')).toBe(83); // 14 × log2(62)
    expect(theoreticalBits('Vq7mZp2xRkWb9')).toBe(77);
    expect(theoreticalBits('qz8vmk3xwp')).toBe(52); // 10 × log2(36)
  });

  it('counts accented letters as letters and anything else as special', () => {
    expect(characterClasses('éÉ')).toEqual({ lower: true, upper: true, digit: false, special: false });
    expect(characterClasses('a 1€')).toEqual({ lower: true, upper: false, digit: true, special: true });
  });

  it('counts a passphrase as words × 80/7', () => {
    expect(passphraseWordCount('lampe-girafe-orage-tulipe-violon-cactus-mouette')).toBe(7);
    expect(theoreticalBits('lampe-girafe-orage-tulipe-violon-cactus-mouette')).toBe(80);
    expect(theoreticalBits('lampe girafe orage tulipe violon cactus')).toBe(69);
    expect(passphraseWordCount('lampe-girafe-2024')).toBeNull();
    expect(passphraseWordCount('lampe')).toBeNull();
  });
});

describe('what the assessment holds', () => {
  it('never contains the password itself', () => {
    const password = 'Zq-HygieTest-4417-Ürgent';
    const assessment = assess(password, DUPONT);
    const text = JSON.stringify(assessment);
    expect(text).not.toContain(password);
    expect(text.toLowerCase()).not.toContain('hygietest');
    expect(assessment.strength.length).toBe(24);
  });
});
