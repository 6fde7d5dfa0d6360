// An outlet: filter as the library's outlet names it matches. Matching a substring with LIKE walks
// every clipping's entry in the outlet index (about 7 ms at 100,000 clippings, in every statement
// that filters); the names themselves are read by skipping along that index, one seek per name,
// and kept until the library changes, so the filter's clippings are then found by index seeks.
import type Database from 'better-sqlite3';

export function createOutletNames(db: Database.Database): (terms: readonly string[]) => string[] {
  const nextName = db
    .prepare<[string], string>(
      'SELECT outlet FROM clippings INDEXED BY clippings_by_outlet WHERE outlet > ? COLLATE NOCASE ORDER BY outlet COLLATE NOCASE LIMIT 1',
    )
    .pluck();
  const changes = db.prepare('SELECT total_changes()').pluck();
  const version = db.prepare('PRAGMA data_version').pluck();
  let names: string[] = [];
  let readAt = '';

  function allNames(): string[] {
    const now = `${changes.get() as number}:${version.get() as number}`;
    if (now === readAt) return names;
    readAt = now;
    names = [];
    // Names that differ only in case are one step (NOCASE); the filter's IN matches both spellings.
    for (let name = nextName.get(''); name !== undefined; name = nextName.get(name)) names.push(name);
    return names;
  }

  /** The outlet names holding any of `terms`, case ignored (as `outlet:` has always matched). */
  return (terms) => {
    const wanted = terms.map((term) => term.toLowerCase());
    return allNames().filter((name) => wanted.some((term) => name.toLowerCase().includes(term)));
  };
}
