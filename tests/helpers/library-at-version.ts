// A library file migrated only up to `version`, for tests of the migrations after it.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { makeTempDir } from './temp-library';

export function libraryAtVersion(version: number): Database.Database {
  const db = new Database(join(makeTempDir(), `v${version}.sqlite`));
  onTestFinished(() => {
    db.close();
  });
  migrate(
    db,
    MIGRATIONS.filter((migration) => migration.version <= version),
  );
  return db;
}
