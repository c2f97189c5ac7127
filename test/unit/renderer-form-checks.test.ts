import { describe, expect, it } from 'vitest';
import { PracticeInputSchema, PROFESSIONS, POLICY_IDS, DEFAULT_POLICY } from '../../electron/core/model/schemas/practice.ts';
import {
  DEFAULT_HIBP_BASE_URL,
  DEFAULT_PWNED_PASSWORDS_BASE_URL,
  HibpApiKeyInputSchema,
  ServiceBaseUrlSchema,
} from '../../electron/core/model/schemas/services.ts';
import { AbsolutePathSchema } from '../../electron/core/model/schemas/pwned-passwords.ts';
import * as folderChecks from '../../renderer/pages/settings/folder-path.ts';
import * as settingsChecks from '../../renderer/pages/settings/service-url.ts';
import * as options from '../../renderer/pages/setup/practice-options.ts';
import { checkField, emptyDraft, inputOf, type DraftField } from '../../renderer/pages/setup/practice-validation.ts';

// The renderer may not import the contract's values, so it repeats a few of them and the checks
// behind its forms. These tests keep the copies equal to the originals: a field the form accepts
// is one the engine accepts, and the other way round.

const VALID = {
  name: 'Cabinet médical du Parc',
  street: '12 rue des Tilleuls',
  postalCode: '69003',
  city: 'Lyon',
  finess: '690012345',
  emailDomain: 'cabinet-du-parc.fr',
  referentName: 'Dr Claire Martin',
  referentEmail: 'claire.martin@cabinet-du-parc.fr',
  referentPhone: '04 78 00 00 00',
} satisfies Record<DraftField, string>;

const CANDIDATES: Record<DraftField, string[]> = {
  name: ['', '   ', 'A', 'x'.repeat(200), 'x'.repeat(201), '  Cabinet  '],
  street: ['', '1 rue', 'x'.repeat(300), 'x'.repeat(301)],
  postalCode: ['', '69003', '6900', '690031', '2A004', 'SW1A 1AA', '12', 'ab', 'abc', '12345678901', '75 001'],
  city: ['', 'Lyon', 'x'.repeat(120), 'x'.repeat(121)],
  finess: ['', '690012345', '2A0012345', '2b0012345', '69001234', '6900123456', '3A0012345', 'abcdefghi', ' 690012345 '],
  emailDomain: ['', 'cabinet-du-parc.fr', 'Cabinet-Du-Parc.FR', 'www.cabinet.fr', 'https://cabinet.fr', '@cabinet.fr', 'cabinet', 'cabinet.f', '-cabinet.fr', 'cab inet.fr', 'sub.domain.example.co.uk'],
  referentName: ['', 'Dr Martin', 'x'.repeat(201)],
  referentEmail: ['', 'a@b.fr', 'claire.martin', 'claire@cabinet', 'claire@cabinet.f', 'cl aire@cabinet.fr', 'claire@@cabinet.fr', `${'x'.repeat(250)}@b.fr`],
  referentPhone: ['', '04 78 00 00 00', 'x'.repeat(40), 'x'.repeat(41)],
};

function engineAccepts(field: DraftField, value: string): boolean {
  const draft = { ...emptyDraft(DEFAULT_POLICY), ...VALID, profession: 'general-practice' as const, [field]: value };
  return PracticeInputSchema.safeParse(inputOf(draft)).success;
}

describe('the practice form checks each field as the engine does', () => {
  for (const [field, values] of Object.entries(CANDIDATES) as [DraftField, string[]][]) {
    it(field, () => {
      for (const value of values) {
        expect(checkField(field, value) === null, `${field}: ${JSON.stringify(value)}`).toBe(engineAccepts(field, value));
      }
    });
  }

  it("offers exactly the contract's professions and policies, CNIL 2022 first and by default", () => {
    expect([...options.PROFESSIONS].sort()).toEqual([...PROFESSIONS].sort());
    expect([...options.POLICIES].sort()).toEqual([...POLICY_IDS].sort());
    expect(options.DEFAULT_POLICY).toBe(DEFAULT_POLICY);
    expect(options.POLICIES[0]).toBe('cnil-2022');
  });
});

describe('the breach-services form checks as the engine does', () => {
  it('base URLs', () => {
    const urls = [
      DEFAULT_HIBP_BASE_URL,
      `${DEFAULT_HIBP_BASE_URL}/`,
      'http://127.0.0.1:8080/api/v3',
      'http://localhost:3000',
      'http://[::1]:3000/hibp',
      'http://127.1.2.3',
      'http://hibp.example.org/api/v3',
      'ftp://mirror.example.org',
      'https://user:pass@mirror.example.org',
      'https://mirror.example.org/?key=1',
      'https://mirror.example.org/#x',
      'mirror.example.org',
      '',
      '  https://mirror.example.org  ',
    ];
    for (const url of urls) {
      const engine = ServiceBaseUrlSchema.safeParse(url);
      expect(settingsChecks.isServiceUrl(url), url).toBe(engine.success);
      if (engine.success) expect(settingsChecks.normaliseServiceUrl(url)).toBe(engine.data);
    }
    expect(settingsChecks.DEFAULT_HIBP_BASE_URL).toBe(DEFAULT_HIBP_BASE_URL);
    expect(settingsChecks.DEFAULT_PWNED_PASSWORDS_BASE_URL).toBe(DEFAULT_PWNED_PASSWORDS_BASE_URL);
  });

  it('the Pwned Passwords folder, pasted with the quotes of Explorer\'s "Copy as path" or not (issue 14)', () => {
    const folders = [
      'C:\\PwnedPasswords',
      '"C:\\Users\\Secrétariat\\Pwned Passwords"',
      '  "D:\\pwned"  ',
      "'/srv/pwned'",
      '\\\\nas\\partage\\pwned',
      '"\\\\nas\\partage\\pwned"',
      '/srv/pwned',
      '"/srv/pwned"',
      'relative\\folder',
      '"relative"',
      '"C:\\half',
      '""',
      '"',
      '',
    ];
    for (const folder of folders) {
      const engine = AbsolutePathSchema.safeParse(folder);
      expect(folderChecks.isAbsoluteFolder(folder), folder).toBe(engine.success);
      if (engine.success) expect(folderChecks.normaliseFolder(folder), folder).toBe(engine.data);
    }
    expect(AbsolutePathSchema.parse('"C:\\Users\\Secrétariat\\Pwned Passwords"')).toBe('C:\\Users\\Secrétariat\\Pwned Passwords');
  });

  it('HIBP API keys', () => {
    for (const key of ['0123456789abcdef0123456789abcdef', '0123456789ABCDEF0123456789ABCDEF', ' 0123456789abcdef0123456789abcdef ', '0123456789abcdef0123456789abcde', 'g123456789abcdef0123456789abcdef', '']) {
      expect(settingsChecks.isHibpKey(key), key).toBe(HibpApiKeyInputSchema.safeParse({ apiKey: key }).success);
    }
  });
});
