// Search SQL varies with the filters used; preparing it again on every keystroke costs more than the
// query. A few hundred shapes cover what an analyst types.
import type Database from 'better-sqlite3';

const CACHE_LIMIT = 200;

export function statementCache(db: Database.Database) {
  const cache = new Map<string, Database.Statement>();
  return (sql: string): Database.Statement => {
    let statement = cache.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
      cache.set(sql, statement);
    }
    return statement;
  };
}
