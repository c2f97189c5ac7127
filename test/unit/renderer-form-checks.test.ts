import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as directory from '../../electron/core/model/schemas/directory.ts';
import * as jobKinds from '../../electron/core/model/job-kinds.ts';
import { PracticeInputSchema, POLICY_IDS, DEFAULT_POLICY } from '../../electron/core/model/schemas/practice.ts';
import * as services from '../../electron/core/model/schemas/services.ts';
import { HibpApiKeyInputSchema, ServiceBaseUrlSchema } from '../../electron/core/model/schemas/services.ts';
import { AbsolutePathSchema } from '../../electron/core/model/schemas/pwned-passwords.ts';
import { accepts, asKept } from '../../renderer/api/field-rules.ts';
import { checkField, emptyDraft, inputOf, isRequiredField, type DraftField } from '../../renderer/pages/setup/practice-validation.ts';

// The forms check their fields with the contract's own schemas (electron/core/model): a field the
// form accepts is one the engine accepts, and the other way round, and what the form says of a
// refused field is in its own words. No rule, default or job kind is restated in the renderer.

const ROOT = resolve(import.meta.dirname, '../..');

const VALID = {
  name: 'Cabinet médical du Parc',
  street: '12 rue des Tilleuls',
  postalCode: '69003',
  city: 'Lyon',
  finess: '690012345',
  rpps: '10005173140',
  siret: '73282932000074',
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
  rpps: ['', '10005173140', '100 0517 3140', '1000517314', '100051731400', '1000517314a'],
  siret: ['', '73282932000074', '732 829 320 00074', '73282932000075', '7328293200007', '35600000000048', '35600000000001', '35600000000002'],
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

  it('says what is wrong in the form\'s words: required, too long (with the limit), or the expected shape', () => {
    expect((['name', 'street', 'postalCode', 'city', 'finess', 'rpps', 'siret', 'emailDomain', 'referentName', 'referentEmail', 'referentPhone'] as const).filter(isRequiredField)).toEqual([
      'name',
      'street',
      'postalCode',
      'city',
      'referentName',
    ]);
    expect(checkField('name', '   ')).toEqual({ code: 'required' });
    expect(checkField('postalCode', '')).toEqual({ code: 'required' });
    expect(checkField('finess', '')).toBeNull();
    expect(checkField('name', 'x'.repeat(201))).toEqual({ code: 'tooLong', max: 200 });
    expect(checkField('street', 'x'.repeat(301))).toEqual({ code: 'tooLong', max: 300 });
    expect(checkField('referentPhone', 'x'.repeat(41))).toEqual({ code: 'tooLong', max: 40 });
    expect(checkField('postalCode', '12')).toEqual({ code: 'postalCode' });
    expect(checkField('finess', '3A0012345')).toEqual({ code: 'finess' });
    expect(checkField('rpps', '')).toBeNull();
    expect(checkField('siret', '')).toBeNull();
    expect(checkField('rpps', '1000517314')).toEqual({ code: 'rpps' });
    // INSEE's example SIRET with its last digit changed fails Luhn's check.
    expect(checkField('siret', '73282932000074')).toBeNull();
    expect(checkField('siret', '73282932000075')).toEqual({ code: 'siret' });
    // La Poste's establishments: the digits add up to a multiple of 5 instead.
    expect(checkField('siret', '35600000000001')).toBeNull();
    expect(checkField('siret', '35600000000002')).toEqual({ code: 'siret' });
    expect(checkField('emailDomain', 'https://cabinet.fr')).toEqual({ code: 'emailDomain' });
    expect(checkField('emailDomain', `${'a'.repeat(250)}.fr`)).toEqual({ code: 'emailDomain' });
    expect(checkField('referentEmail', 'claire@cabinet')).toEqual({ code: 'email' });
    expect(checkField('referentEmail', `${'x'.repeat(250)}@b.fr`)).toEqual({ code: 'email' });
  });

  it("offers the contract's policies, CNIL 2022 first and by default", () => {
    expect(POLICY_IDS[0]).toBe('cnil-2022');
    expect(DEFAULT_POLICY).toBe('cnil-2022');
    expect(emptyDraft(DEFAULT_POLICY).policy).toBe('cnil-2022');
  });
});

describe('the breach-services forms check with the engine\'s schemas', () => {
  it('base URLs: https, or plain http to this computer; no credentials, query or anchor; kept without trailing slashes', () => {
    const urls: [string, string | null][] = [
      [services.DEFAULT_HIBP_BASE_URL, services.DEFAULT_HIBP_BASE_URL],
      [`${services.DEFAULT_HIBP_BASE_URL}/`, services.DEFAULT_HIBP_BASE_URL],
      ['http://127.0.0.1:8080/api/v3', 'http://127.0.0.1:8080/api/v3'],
      ['http://localhost:3000', 'http://localhost:3000'],
      ['http://[::1]:3000/hibp', 'http://[::1]:3000/hibp'],
      ['http://127.1.2.3', 'http://127.1.2.3'],
      ['http://hibp.example.org/api/v3', null],
      ['ftp://mirror.example.org', null],
      ['https://user:pass@mirror.example.org', null],
      ['https://mirror.example.org/?key=1', null],
      ['https://mirror.example.org/#x', null],
      ['mirror.example.org', null],
      ['', null],
      ['  https://mirror.example.org  ', 'https://mirror.example.org'],
    ];
    for (const [url, kept] of urls) {
      expect(accepts(ServiceBaseUrlSchema, url), url).toBe(kept !== null);
      expect(asKept(ServiceBaseUrlSchema, url), url).toBe(kept ?? url);
    }
  });

  it('the Pwned Passwords folder, pasted with the quotes of Explorer\'s "Copy as path" or not (issue 14)', () => {
    const folders: [string, string | null][] = [
      ['C:\\PwnedPasswords', 'C:\\PwnedPasswords'],
      ['"C:\\Users\\Secrétariat\\Pwned Passwords"', 'C:\\Users\\Secrétariat\\Pwned Passwords'],
      ['  "D:\\pwned"  ', 'D:\\pwned'],
      ["'/srv/pwned'", '/srv/pwned'],
      ['\\\\nas\\partage\\pwned', '\\\\nas\\partage\\pwned'],
      ['"\\\\nas\\partage\\pwned"', '\\\\nas\\partage\\pwned'],
      ['/srv/pwned', '/srv/pwned'],
      ['"/srv/pwned"', '/srv/pwned'],
      ['relative\\folder', null],
      ['"relative"', null],
      ['"C:\\half', null],
      ['""', null],
      ['"', null],
      ['', null],
    ];
    for (const [folder, kept] of folders) {
      expect(accepts(AbsolutePathSchema, folder), folder).toBe(kept !== null);
      expect(asKept(AbsolutePathSchema, folder), folder).toBe(kept ?? folder);
    }
    expect(AbsolutePathSchema.parse('"C:\\Users\\Secrétariat\\Pwned Passwords"')).toBe('C:\\Users\\Secrétariat\\Pwned Passwords');
  });

  it('HIBP API keys: 32 hexadecimal characters, spaces around them forgiven', () => {
    const keys: [string, boolean][] = [
      ['0123456789abcdef0123456789abcdef', true],
      ['0123456789ABCDEF0123456789ABCDEF', true],
      [' 0123456789abcdef0123456789abcdef ', true],
      ['0123456789abcdef0123456789abcde', false],
      ['g123456789abcdef0123456789abcdef', false],
      ['', false],
    ];
    for (const [key, valid] of keys) expect(accepts(HibpApiKeyInputSchema, { apiKey: key }), key).toBe(valid);
  });
});

describe('the renderer restates nothing of the contract', () => {
  it('no default address and no job kind is written out in its sources: they come from electron/core/model', () => {
    const values = [...Object.entries(services), ...Object.entries(directory), ...Object.entries(jobKinds)]
      .filter(([name, value]) => typeof value === 'string' && (name.startsWith('DEFAULT_') || name.endsWith('_JOB_KIND')))
      .map(([, value]) => value as string);
    expect(values.length).toBeGreaterThanOrEqual(9);
    const sources = readdirSync(join(ROOT, 'renderer'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/u.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name));
    const restated = sources.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return values.filter((value) => text.includes(`'${value}'`)).map((value) => `${file.slice(ROOT.length + 1)}: ${value}`);
    });
    expect(restated).toEqual([]);
  });
});
