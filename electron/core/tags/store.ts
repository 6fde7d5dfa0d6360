// The library's one tags table: a tag is the same tag on a clipping and on a note. Names are unique
// without regard to case; the first spelling is kept. Clippings and notes keep their own links to it.
import type Database from 'better-sqlite3';

export function createTagStore(db: Database.Database) {
  const ensure = db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING');
  const idByName = db.prepare('SELECT id FROM tags WHERE name = ?').pluck();

  return {
    /** The tag's id, adding the tag when no tag has that name yet. */
    idOf(name: string): number {
      ensure.run(name);
      return idByName.get(name) as number;
    },
    /** The id of an existing tag, or null. */
    find: (name: string): number | null => (idByName.get(name) as number | undefined) ?? null,
  };
}
