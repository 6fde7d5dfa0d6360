// entity:"Name" → the clippings that card touches (their rowids): those with a passage linked to it,
// and those whose title or text names it by any of its names or aliases (through the clipping rows
// of search_index, so no scan reads every clipping's text). A name that is no card's is looked for as written. Only rowids are
// read: joining each match to its clipping row would step over its text (four times the cost);
// trashed clippings are left out by the filters that use the set.
import type Database from 'better-sqlite3';
import { foldName } from '../../../shared/entities/fold-name';

/** search_index's rowids below this are clippings' (migration 8: search_docs' rowids start here). */
const DOCS_ROWID_BASE = 2 ** 40;

/**
 * A card named in more clippings than this is looked for in its newest this many (and in every
 * clipping linked to it): the set is built for each search, and 50,000 took 40–90 ms at 100,000
 * clippings against 5–10 ms for this many. The answer says so in a hint.
 */
export const ENTITY_CLIPPING_CAP = 5_000;

/** The clippings an entity: filter keeps (null: no such filter), and the names found in more than the cap. */
export interface EntityClippingSet {
  clippings: number[] | null;
  capped: string[];
}

export function createEntityClippings(db: Database.Database) {
  const cardsNamed = db
    .prepare<[string], string>(
      `
    SELECT DISTINCT e.id FROM entity_names n JOIN entities e ON e.id = n.entity_id
    WHERE n.folded = ? AND e.merged_into IS NULL`,
    )
    .pluck();
  const allNamesOf = db.prepare<[string], string>('SELECT n.name FROM entity_names n WHERE n.entity_id IN (SELECT value FROM json_each(?))').pluck();
  const linked = db
    .prepare<[string], number>(
      `
    SELECT DISTINCT c.rowid FROM passage_entities pe JOIN passages p ON p.id = pe.passage_id JOIN clippings c ON c.id = p.clipping_id
    WHERE pe.entity_id IN (SELECT value FROM json_each(?))`,
    )
    .pluck();
  const mentioning = db
    .prepare<[string, number], number>(`SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid < ${DOCS_ROWID_BASE} ORDER BY rowid DESC LIMIT ?`)
    .pluck();

  /**
   * Clipping rowids for every entity: filter (all must hold), each name's mentions the newest `cap`
   * (ENTITY_CLIPPING_CAP unless the caller needs fewer: see listsOneEntity in search-query.ts).
   */
  return (names: readonly string[], cap = ENTITY_CLIPPING_CAP): EntityClippingSet => {
    if (names.length === 0) return { clippings: null, capped: [] };
    const perName: Array<Set<number>> = [];
    const capped: string[] = [];
    for (const name of names) {
      const cards = cardsNamed.all(foldName(name));
      const spellings = cards.length > 0 ? allNamesOf.all(JSON.stringify(cards)) : [name];
      const phrases = namePhrases(spellings);
      const found = new Set(cards.length > 0 ? linked.all(JSON.stringify(cards)) : []);
      if (phrases.length > 0) {
        const named = mentioning.all(`{title body} : (${phrases.join(' OR ')})`, cap);
        if (named.length === cap) capped.push(name);
        for (const id of named) found.add(id);
      }
      perName.push(found);
    }
    const [first, ...rest] = perName;
    return { clippings: [...first!].filter((id) => rest.every((found) => found.has(id))), capped };
  };
}

/**
 * Each name as one quoted FTS5 phrase of its words, once: cards sharing a name, or names that differ
 * only in case and punctuation (al-Mansour, Al Mansour), would otherwise have FTS5 read the same
 * phrase's positions again for each (an OR of nine phrases, five of them distinct, took twice as long).
 */
export function namePhrases(names: readonly string[]): string[] {
  const phrases = names.map((name) => (name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')).filter((words) => words !== '');
  return [...new Set(phrases)].map((words) => `"${words}"`);
}
