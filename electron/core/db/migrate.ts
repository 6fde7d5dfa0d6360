import type Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';
import { writeTransactions } from './write-transaction';

const userVersion = (db: Database.Database): number => db.pragma('user_version', { simple: true }) as number;

/**
 * Applies every migration newer than the file's user_version, each in one transaction begun with
 * the write lock. Another process may be opening the same library at the same moment: each
 * migration re-reads the version under the lock and skips what that process already applied.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const apply = writeTransactions(db)((migration: Migration): void => {
    if (userVersion(db) >= migration.version) return;
    db.exec(migration.sql);
    migration.after?.(db);
    db.pragma(`user_version = ${migration.version}`);
  });
  for (const migration of migrations) {
    if (migration.version > userVersion(db)) apply(migration);
  }
  return userVersion(db);
}
