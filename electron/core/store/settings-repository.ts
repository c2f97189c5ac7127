import type { SqliteDatabase } from './encrypted-database.ts';

// Small settings that belong with the practice's data (not with one user's interface
// preferences): the base URLs of the breach services, for now. Values are JSON.
export class SettingsRepository {
  readonly #db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  get<T>(key: string, fallback: T): T {
    const row = this.#db.prepare('SELECT value FROM setting WHERE key = ?').get(key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as T) : fallback;
  }

  set(key: string, value: unknown): void {
    this.#db
      .prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(key, JSON.stringify(value));
  }
}
