import type { ScoreComponent, ScorePoint } from '../model/schemas/report.ts';
import type { SqliteDatabase } from './encrypted-database.ts';

// The security score over time (migration 9): one row per day. The score is recomputed whenever
// the dashboard or a report looks at it; the day's row keeps the latest value, so the chart shows
// one point a day however often the page was opened.

export class ScoreHistoryRepository {
  readonly #db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  /** Today's (or `day`'s) score: replaces an earlier computation of the same day. */
  record(day: string, score: number, components: ScoreComponent[], at: string): void {
    this.#db
      .prepare(
        `INSERT INTO score_history (day, score, recorded_at, components) VALUES (?, ?, ?, ?)
         ON CONFLICT (day) DO UPDATE SET score = excluded.score, recorded_at = excluded.recorded_at,
           components = excluded.components`,
      )
      .run(day, Math.round(score), at, JSON.stringify(components));
  }

  /** Every recorded day, oldest first. */
  list(): ScorePoint[] {
    const rows = this.#db.prepare('SELECT day, score FROM score_history ORDER BY day').all() as { day: string; score: number }[];
    return rows.map((row) => ({ date: row.day, score: row.score }));
  }
}
