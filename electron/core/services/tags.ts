// Tags on clippings: names are unique without regard to case; the first spelling is kept.
import type Database from 'better-sqlite3';

export function createTagWriter(db: Database.Database) {
  const ensureTag = db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING');
  const tagId = db.prepare('SELECT id FROM tags WHERE name = ?');
  const link = db.prepare('INSERT OR IGNORE INTO clipping_tags (clipping_id, tag_id) VALUES (?, ?)');
  const unlink = db.prepare('DELETE FROM clipping_tags WHERE clipping_id = ? AND tag_id = (SELECT id FROM tags WHERE name = ?)');
  const unlinkAll = db.prepare('DELETE FROM clipping_tags WHERE clipping_id = ?');
  const exists = db.prepare('SELECT 1 FROM clippings WHERE id = ?');

  function idOf(name: string): number {
    ensureTag.run(name);
    return (tagId.get(name) as { id: number }).id;
  }

  return {
    /** Adds and removes tags on one clipping; false when the clipping does not exist. */
    change(clippingId: string, add: readonly string[], remove: readonly string[]): boolean {
      if (!exists.get(clippingId)) return false;
      for (const name of remove) unlink.run(clippingId, name);
      for (const name of add) link.run(clippingId, idOf(name));
      return true;
    },
    /** Makes a clipping's tags exactly `names`. */
    replace(clippingId: string, names: readonly string[]): void {
      unlinkAll.run(clippingId);
      for (const name of names) link.run(clippingId, idOf(name));
    },
  };
}
