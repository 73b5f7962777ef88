/**
 * Whether the demo tenant has been seeded, kept in the stand-in's own database (its `meta` table),
 * so a fresh data folder — or a deleted SQLite file — seeds again and nothing else does.
 */
import { type Db, openDb } from '../server/store/db';

const KEY = 'demoSeed';

/** `seeding`: a seed started and never finished (interrupted); `done`: seeded. */
export type SeedState = { state: 'none' } | { state: 'seeding'; startedAt: string } | { state: 'done'; seededAt: string; now: string };

function withDb<T>(dataDir: string, use: (db: Db) => T): T {
  const db = openDb(dataDir);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

export function readSeedState(dataDir: string): SeedState {
  return withDb(dataDir, (db) => {
    const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(KEY) as { value: string } | undefined;
    if (row === undefined) return { state: 'none' };
    return JSON.parse(row.value) as SeedState;
  });
}

export function writeSeedState(dataDir: string, state: SeedState): void {
  withDb(dataDir, (db) => {
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(state));
  });
}
