// The search tables' and indexes' bytes on disk (dbstat), largest first.
import type Database from 'better-sqlite3';

export function searchTableSizes(db: Database.Database): Array<{ name: string; bytes: number }> {
  return db
    .prepare(
      `SELECT d.name, sum(d.pgsize) AS bytes FROM dbstat d JOIN sqlite_schema s ON s.name = d.name
       WHERE s.tbl_name LIKE 'search\\_%' ESCAPE '\\' GROUP BY d.name ORDER BY bytes DESC`,
    )
    .all() as Array<{ name: string; bytes: number }>;
}
