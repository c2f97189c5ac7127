import { z } from 'zod';
import { BreachFoundSchema, type BreachFound } from '../model/schemas/breach.ts';
import type { SqliteDatabase } from './encrypted-database.ts';

// The cached copy of HIBP's breach catalogue, one per API root (the real service, a mirror, the
// tests' fake), so breach names from a range answer can be shown with title, date and data
// classes without asking HIBP more than once a day. Public data: no audit entry.

const CachedBreachesSchema = z.array(BreachFoundSchema);

export class BreachCatalogueRepository {
  readonly #db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  get(baseUrl: string): { fetchedAt: string; breaches: BreachFound[] } | null {
    const row = this.#db.prepare('SELECT fetched_at, breaches FROM breach_catalogue WHERE base_url = ?').get(baseUrl) as
      | { fetched_at: string; breaches: string }
      | undefined;
    if (!row) return null;
    // A row that no longer reads as breaches is treated as absent: it is only a cache.
    try {
      const breaches = CachedBreachesSchema.safeParse(JSON.parse(row.breaches));
      return breaches.success ? { fetchedAt: row.fetched_at, breaches: breaches.data } : null;
    } catch {
      return null;
    }
  }

  put(baseUrl: string, fetchedAt: string, breaches: readonly BreachFound[]): void {
    this.#db
      .prepare(
        `INSERT INTO breach_catalogue (base_url, fetched_at, breaches) VALUES (?, ?, ?)
         ON CONFLICT (base_url) DO UPDATE SET fetched_at = excluded.fetched_at, breaches = excluded.breaches`,
      )
      .run(baseUrl, fetchedAt, JSON.stringify(breaches));
  }
}
