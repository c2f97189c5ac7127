import { PracticeInputSchema, type Practice, type PracticeInput } from '../model/schemas/practice.ts';
import type { AuditLog } from './audit-log.ts';
import type { SqliteDatabase } from './encrypted-database.ts';

interface Row {
  name: string;
  street: string;
  postal_code: string;
  city: string;
  profession: string;
  finess: string | null;
  rpps: string | null;
  siret: string | null;
  email_domain: string | null;
  referent_name: string;
  referent_email: string | null;
  referent_phone: string | null;
  policy: string;
  created_at: string;
  updated_at: string;
}

export class PracticeRepository {
  readonly #db: SqliteDatabase;
  readonly #audit: AuditLog;
  readonly #now: () => Date;

  constructor(db: SqliteDatabase, audit: AuditLog, now: () => Date) {
    this.#db = db;
    this.#audit = audit;
    this.#now = now;
  }

  get(): Practice | null {
    const row = this.#db.prepare('SELECT * FROM practice WHERE id = 1').get() as Row | undefined;
    if (!row) return null;
    return {
      name: row.name,
      address: { street: row.street, postalCode: row.postal_code, city: row.city },
      profession: row.profession as Practice['profession'],
      finess: row.finess,
      rpps: row.rpps,
      siret: row.siret,
      emailDomain: row.email_domain,
      referent: { name: row.referent_name, email: row.referent_email, phone: row.referent_phone },
      policy: row.policy as Practice['policy'],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  save(input: PracticeInput): Practice {
    const practice = PracticeInputSchema.parse(input);
    const now = this.#now().toISOString();
    this.#db.transaction(() => {
      const before = this.get();
      this.#db
        .prepare(
          `INSERT INTO practice (id, name, street, postal_code, city, profession, finess, rpps, siret, email_domain,
             referent_name, referent_email, referent_phone, policy, created_at, updated_at)
           VALUES (1, @name, @street, @postalCode, @city, @profession, @finess, @rpps, @siret, @emailDomain,
             @referentName, @referentEmail, @referentPhone, @policy, @now, @now)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, street = excluded.street,
             postal_code = excluded.postal_code, city = excluded.city, profession = excluded.profession,
             finess = excluded.finess, rpps = excluded.rpps, siret = excluded.siret, email_domain = excluded.email_domain,
             referent_name = excluded.referent_name, referent_email = excluded.referent_email,
             referent_phone = excluded.referent_phone, policy = excluded.policy, updated_at = excluded.updated_at`,
        )
        .run({ ...flatten(practice), now });
      const changed = before ? changedFields(before, practice) : ['created'];
      this.#audit.append(before ? 'practice.update' : 'practice.create', null, {
        fields: changed.join(', '),
        ...(before && before.policy !== practice.policy ? { policyFrom: before.policy, policyTo: practice.policy } : {}),
      });
    })();
    return this.get()!;
  }
}

type PracticeFields = Omit<Practice, 'createdAt' | 'updatedAt'>;

/** One column per field: the statement's parameters, and what the audit log compares. */
function flatten(practice: PracticeFields) {
  return {
    name: practice.name,
    street: practice.address.street,
    postalCode: practice.address.postalCode,
    city: practice.address.city,
    profession: practice.profession,
    finess: practice.finess,
    rpps: practice.rpps,
    siret: practice.siret,
    emailDomain: practice.emailDomain,
    referentName: practice.referent.name,
    referentEmail: practice.referent.email,
    referentPhone: practice.referent.phone,
    policy: practice.policy,
  };
}

function changedFields(before: PracticeFields, after: PracticeFields): string[] {
  const a: Record<string, unknown> = flatten(before);
  const b: Record<string, unknown> = flatten(after);
  return Object.keys(b).filter((key) => a[key] !== b[key]);
}
