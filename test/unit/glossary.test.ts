import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtTexts, builtTextsToCheck, catalogueTexts, type BuiltTexts } from '../support/built-texts.ts';
import { closeAllCores } from '../support/core.ts';
import { describeViolations, glossaryViolations, phrasePattern, readGlossary, type TextToCheck } from '../support/glossary.ts';

// One word per thing (docs/glossary.md): no retired synonym in any text a person reads — the
// interface, the Node side's texts (errors, PDF, CSV, CLI, recovery kit, menu), the services
// catalogue — nor in what Hygie builds from them: a report's PDF, the command line's help, an
// audit's summary and PDF. Each failure names the text, the word and the term to write instead.

const glossary = readGlossary();
/** Said with a failure: a retired word is mended by hand (its sentence may need rewording), with the term named. */
const HOW_TO_MEND = 'retired words (docs/glossary.md): write the term named instead, or add a row to the glossary for a new concept';
const built: Partial<Record<'fr' | 'en', BuiltTexts>> = {};

beforeAll(async () => {
  built.fr = await builtTexts('fr');
  built.en = await builtTexts('en');
}, 120_000);

afterAll(closeAllCores);

const text = (value: string, path: string[] = ['some', 'key'], extra: Partial<TextToCheck> = {}): TextToCheck => ({ source: 'planted', path, text: value, ...extra });

describe('the glossary', () => {
  it('reads docs/glossary.md as rules: terms and retired words in French and English, no word both', () => {
    expect(glossary.terms.fr).toEqual(expect.arrayContaining(['Réglages', 'Parcours guidé', 'Double authentification', 'Messagerie', 'Pas encore vérifié', 'Rapport de sécurité des accès']));
    expect(glossary.terms.en).toEqual(expect.arrayContaining(['Settings', 'Guided walkthrough', 'Two-step verification', 'Mailbox', 'Not yet checked', 'Access security report']));
    const retired = (language: 'fr' | 'en') => glossary.retired.filter((entry) => entry.language === language).map((entry) => entry.word.toLowerCase());
    expect(retired('fr')).toEqual(expect.arrayContaining(['paramètres', 'paramètres ›', 'parcours de sécurisation', 'guide pas à pas', 'mfa', 'boîte mail', 'non vérifié', 'jamais renseigné', 'hibp', 'bilan', 'équipe']));
    expect(retired('en')).toEqual(expect.arrayContaining(['preferences', 'security walkthrough', 'mfa', 'not checked', 'never recorded', 'hibp', 'team']));
    // A retired word that is also a term would always be excused by itself, and never found.
    for (const entry of glossary.retired) {
      const pattern = phrasePattern(entry.word, true);
      expect(glossary.terms[entry.language].filter((term) => pattern.test(term)), `${entry.word} is both retired and a term`).toEqual([]);
    }
  });

  it('refuses a retired word planted in a text, whatever its case, apostrophe, space or plural, and says what to write', () => {
    const violations = glossaryViolations(glossary, 'fr', [
      text('Ouvrez les Paramètres\u00a0› Cabinet de ce poste.'),
      text('Clé d’API enregistrée dans les BILANS\u202fde sécurité'),
      text('Inconnue'),
    ]);
    expect(violations.map((violation) => [violation.found, violation.insteadOf[0]])).toEqual([
      ['Paramètres\u00a0›', 'Réglages'],
      ['poste', 'Ordinateur'],
      ['BILANS', 'Rapport de sécurité des accès'],
      ['Clé d’API', 'Clé Have I Been Pwned'],
      ['Inconnue', 'Pas encore vérifié'],
    ]);
    expect(describeViolations(violations.slice(0, 1))).toBe('planted some.key: "Paramètres\u00a0›" is retired (paramètres ›); write "Réglages"');
    expect(glossaryViolations(glossary, 'en', [text('Open the Security Walkthrough, then Settings › Preferences.')]).map((violation) => violation.found)).toEqual([
      'Preferences',
      'Security Walkthrough',
    ]);
  });

  it('lets a retired word be where it is not that word: inside a term, a name, a placeholder, a details part, a provider’s quoted label', () => {
    const allowed = [
      text('Le fournisseur de messagerie, la messagerie MSSanté, les paramètres du webmail, le rôle Lecteur de rapports.'),
      text('{{mfa}} et {{report}}'),
      text('Fournisseur inconnu'),
      text('Réponse de HIBP (Cloudflare)', ['domain', 'technical', 'detail']),
      text('Ouvrez « Paramètres › Comptes » puis « Authentification multifacteur ».', ['entries', '0', 'steps', 'fr', '0'], { quotesAreLabels: true }),
    ];
    expect(describeViolations(glossaryViolations(glossary, 'fr', allowed))).toBe('');
    // The same words elsewhere are refused: details only where the key says so, quotes only in the services catalogue.
    expect(glossaryViolations(glossary, 'fr', [text('Réponse de HIBP'), text('Ouvrez « Paramètres › Comptes ».')]).map((violation) => violation.retired)).toEqual(['HIBP', 'paramètres ›']);
  });

  for (const language of ['fr', 'en'] as const) {
    it(`finds no retired word in the ${language === 'fr' ? 'French' : 'English'} catalogues: interface, Node texts, services catalogue`, () => {
      expect(describeViolations(glossaryViolations(glossary, language, catalogueTexts(language))), HOW_TO_MEND).toBe('');
    });

    it(`finds no retired word in what Hygie builds in ${language === 'fr' ? 'French' : 'English'}: a report PDF, the command line's help, an audit and its PDF`, () => {
      const texts = builtTextsToCheck(built[language]!, language);
      expect(texts.every((item) => item.text.length > 500)).toBe(true);
      expect(describeViolations(glossaryViolations(glossary, language, texts)), HOW_TO_MEND).toBe('');
    });
  }
});
