// Migration 10 turns the passages that accepting a suggestion made (exactly a name of their card,
// untouched and unused since) into mentions, and takes them out of the passage search; every
// passage the analyst made, edited or used stays a passage.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../electron/core/db/migrate';
import { libraryAtVersion } from '../../../../helpers/library-at-version';

const TEXT = 'ISIS fighters met Omar al-Shishani near Raqqa. Raqqa fell. ISIS left. al-Nusra stayed.';
const AT = '2024-01-01T00:00:00.000Z';
const LATER = '2024-02-01T00:00:00.000Z';

/** A version-8 library with one clipping and the passages, cards and uses the cases below need. */
function libraryAtVersion8(): Database.Database {
  const db = libraryAtVersion(8);
  db.prepare("INSERT INTO originals (sha256, bytes, byte_length, media_type) VALUES ('s', x'00', 1, 'text/plain')").run();
  db.prepare(
    `
    INSERT INTO clippings (id, title, text, sha256, importer, importer_version, word_count, captured_at, updated_at)
    VALUES ('c1', 'Raqqa report', ?, 's', 'paste', '1', 14, ?, ?)`,
  ).run(TEXT, AT, AT);
  const card = db.prepare('INSERT INTO entities (id, type, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const name = db.prepare('INSERT INTO entity_names (entity_id, name, folded, is_primary) VALUES (?, ?, lower(?), ?)');
  for (const [id, type, primary, aliases] of [
    ['isis', 'organization', 'Islamic State', ['ISIS']],
    ['omar', 'person', 'Omar al-Shishani', []],
    ['raqqa', 'place', 'Raqqa', []],
    ['nusra', 'organization', 'Jabhat al-Nusra', []],
  ] as const) {
    card.run(id, type, primary, AT, AT);
    name.run(id, primary, primary, 1);
    for (const alias of aliases) name.run(id, alias, alias, 0);
  }
  return db;
}

/** A passage over the nth occurrence of `quote`, linked to `cards`; columns overridable. */
function addPassage(
  db: Database.Database,
  id: string,
  quote: string,
  cards: string[],
  extra: { nth?: number; color?: string; label?: string; updatedAt?: string } = {},
) {
  let start = -1;
  for (let n = 0; n <= (extra.nth ?? 0); n++) start = TEXT.indexOf(quote, start + 1);
  db.prepare(
    `
    INSERT INTO passages (id, clipping_id, exact, prefix, suffix, start, end, anchor_status, color, label, comment, created_at, updated_at)
    VALUES (?, 'c1', ?, '', '', ?, ?, 'exact', ?, ?, NULL, ?, ?)`,
  ).run(id, quote, start, start + quote.length, extra.color ?? 'yellow', extra.label ?? null, AT, extra.updatedAt ?? AT);
  for (const cardId of cards) db.prepare('INSERT INTO passage_entities (passage_id, entity_id) VALUES (?, ?)').run(id, cardId);
}

const mentionFlags = (db: Database.Database) =>
  Object.fromEntries(db.prepare('SELECT id, is_mention FROM passages ORDER BY id').raw().all() as Array<[string, number]>);

const searchedPassages = (db: Database.Database, word: string) =>
  db.prepare("SELECT item_id FROM search_index WHERE search_index MATCH ? AND kind = 'passage' ORDER BY item_id").pluck().all(`body : ${word}`) as string[];

describe('migration 10 (mentions)', () => {
  it('makes mentions of accepted names only, never of a passage the analyst made, edited or used', () => {
    const db = libraryAtVersion8();
    addPassage(db, 'accepted-alias', 'ISIS', ['isis']);
    addPassage(db, 'accepted-name', 'Omar al-Shishani', ['omar']);
    addPassage(db, 'cited', 'Raqqa', ['raqqa']);
    addPassage(db, 'evidence', 'ISIS', ['isis'], { nth: 1 });
    addPassage(db, 'event-evidence', 'Raqqa', ['raqqa'], { nth: 1 });
    addPassage(db, 'green', 'al-Nusra', ['nusra'], { color: 'green' });
    addPassage(db, 'labelled', 'Omar', ['omar'], { label: 'Key' });
    addPassage(db, 'edited', 'fighters', [], { updatedAt: LATER });
    addPassage(db, 'not-a-name', 'Omar al-Shishani near Raqqa', ['omar']);
    addPassage(db, 'unlinked', 'stayed', []);
    addPassage(db, 'second-card-without-the-name', 'ISIS left', ['isis', 'nusra']);
    db.exec(`
      INSERT INTO notes (id, title, title_folded, content, revision, created_at, updated_at) VALUES ('n1', 'Brief', 'brief', '{}', 1, '${AT}', '${AT}');
      INSERT INTO note_passages (note_id, passage_id) VALUES ('n1', 'cited');
      INSERT INTO relations (id, source_id, target_id, type, created_at) VALUES ('r1', 'isis', 'raqqa', 'located_in', '${AT}');
      INSERT INTO relation_evidence (relation_id, passage_id) VALUES ('r1', 'evidence');
      INSERT INTO events (id, title, created_at, updated_at) VALUES ('e1', 'Raqqa falls', '${AT}', '${AT}');
      INSERT INTO event_evidence (event_id, passage_id) VALUES ('e1', 'event-evidence');`);
    expect(searchedPassages(db, 'isis')).toEqual(['accepted-alias', 'evidence', 'second-card-without-the-name']);

    migrate(db);

    expect(mentionFlags(db)).toEqual({
      'accepted-alias': 1,
      'accepted-name': 1,
      cited: 0,
      edited: 0,
      'event-evidence': 0,
      evidence: 0,
      green: 0,
      labelled: 0,
      'not-a-name': 0,
      'second-card-without-the-name': 0,
      unlinked: 0,
    });
    // A mention keeps its card link and leaves the passage search; the rest are found as before.
    expect(db.prepare("SELECT entity_id FROM passage_entities WHERE passage_id = 'accepted-alias'").pluck().all()).toEqual(['isis']);
    expect(searchedPassages(db, 'isis')).toEqual(['evidence', 'second-card-without-the-name']);
    expect(searchedPassages(db, 'shishani')).toEqual(['not-a-name']);
    expect(searchedPassages(db, 'raqqa')).toEqual(['cited', 'event-evidence', 'not-a-name']);
  });

  it('keeps the passage search current afterwards: a new mention is not indexed, a mention made a passage is', () => {
    const db = libraryAtVersion8();
    migrate(db);
    db.prepare(
      `
      INSERT INTO passages (id, clipping_id, exact, prefix, suffix, start, end, anchor_status, color, created_at, updated_at, is_mention)
      VALUES ('m1', 'c1', 'Raqqa', '', '', 40, 45, 'exact', 'yellow', ?, ?, 1)`,
    ).run(AT, AT);
    addPassage(db, 'p1', 'Raqqa', [], { nth: 1 });
    expect(searchedPassages(db, 'raqqa')).toEqual(['p1']);
    db.prepare("UPDATE passages SET is_mention = 0 WHERE id = 'm1'").run();
    expect(searchedPassages(db, 'raqqa')).toEqual(['m1', 'p1']);
    db.prepare("UPDATE passages SET is_mention = 1 WHERE id = 'p1'").run();
    expect(searchedPassages(db, 'raqqa')).toEqual(['m1']);
  });
});
