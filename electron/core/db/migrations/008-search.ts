// Shipped: never edit. Later changes go in a new numbered migration.
// The search index: one FTS5 table (search_index) over every kind of item, kept current by
// triggers in the same transaction as each write. Clipping rows are external content (read back
// from clippings itself, so no second copy of every clipping's text is stored); the other kinds'
// searchable text is derived into search_docs, whose rowids start at 2^40 so that both share one
// rowid space. A trigram index (search_titles) over titles, names and aliases gives the quick
// switcher its shortlist. Saved searches ("watch terms") are source rows.

/** Rowids of search_docs start above every clipping's rowid: rowid < 2^40 is a clipping. */
const DOCS_ROWID_BASE = 1099511627776;

/**
 * The search key of a text in SQL: lower case, transliteration consonants made one (kh/k, gh/g,
 * dh/d, ph/f, ck/k, q/k), vowels (and y) dropped, doubled letters made one. Zawahiri and Zawahri
 * are both zwhr, Jolani and Julani jln. shared/search/search-key.ts computes the same in JS.
 */
function searchKeySql(expression: string): string {
  const steps: [string, string][] = [
    ['kh', 'k'],
    ['gh', 'g'],
    ['dh', 'd'],
    ['ph', 'f'],
    ['ck', 'k'],
    ['q', 'k'],
    ...'aeiouy'.split('').map((vowel): [string, string] => [vowel, '']),
    ...'bcdfghjklmnprstvwxz'.split('').map((letter): [string, string] => [letter + letter, letter]),
  ];
  return steps.reduce((sql, [from, to]) => `replace(${sql}, '${from}', '${to}')`, `lower(${expression})`);
}

const clippingExtra = (row: string) => `coalesce(${row}.outlet, '') || ' ' || coalesce(${row}.byline, '')`;

/** Inserts (or, with `'delete'`, removes) a live clipping's entries in both indexes. */
function clippingEntries(row: string, command: 'insert' | 'delete'): string {
  const when = `WHERE ${row}.trashed_at IS NULL`;
  const [mainCols, mainValues, titleCols, titleValues] =
    command === 'insert'
      ? ['rowid, kind, item_id, title, body, extra, keys', '', 'rowid, title', '']
      : ['search_index, rowid, kind, item_id, title, body, extra, keys', "'delete', ", 'search_titles, rowid, title', "'delete', "];
  return `
  INSERT INTO search_index (${mainCols}) SELECT ${mainValues}${row}.rowid, 'clipping', ${row}.id, ${row}.title, ${row}.text, ${clippingExtra(row)}, ${searchKeySql(`${row}.title`)} ${when};
  INSERT INTO search_titles (${titleCols}) SELECT ${titleValues}${row}.rowid, ${row}.title ${when};`;
}

/** The search_docs rows of the items that `where` selects, per kind, as SELECTs. */
const docSources = {
  passage: (where: string) => `
    SELECT 'passage', p.id, p.clipping_id, coalesce(p.label, ''), p.exact, coalesce(p.comment, ''), '', '', p.updated_at
    FROM passages p WHERE ${where}`,
  note: (where: string) => `
    SELECT 'note', n.id, NULL, n.title,
      (SELECT coalesce(group_concat(t.value, ' '), '') FROM json_tree(n.content) t WHERE t.key = 'text' AND t.type = 'text'),
      '', ${searchKeySql('n.title')}, '', n.updated_at
    FROM notes n WHERE ${where}`,
  card: (where: string) => `
    SELECT 'card', e.id, NULL, e.name, coalesce(e.description, ''),
      coalesce((SELECT group_concat(n.name, ' · ') FROM entity_names n WHERE n.entity_id = e.id AND n.is_primary = 0), '') || ' · ' ||
        coalesce((SELECT group_concat(a.key || ' ' || a.value, ' · ') FROM entity_attributes a WHERE a.entity_id = e.id), ''),
      ${searchKeySql("coalesce((SELECT group_concat(n.name, ' ') FROM entity_names n WHERE n.entity_id = e.id), e.name)")},
      coalesce((SELECT group_concat(n.name, ' · ') FROM entity_names n WHERE n.entity_id = e.id AND n.is_primary = 0), ''),
      e.updated_at
    FROM entities e WHERE e.merged_into IS NULL AND ${where}`,
  event: (where: string) => `
    SELECT 'event', v.id, NULL, v.title, coalesce(v.description, ''),
      coalesce(v.type, '') || ' ' || coalesce((SELECT name FROM entities WHERE id = v.place_id), ''),
      ${searchKeySql('v.title')}, '', v.updated_at
    FROM events v WHERE v.deleted_at IS NULL AND ${where}`,
};
type DocKind = keyof typeof docSources;

const DOC_COLUMNS = 'kind, item_id, clipping_id, title, body, extra, keys, aliases, changed_at';

/** Trigger body that derives an item's search_docs row again (gone if the item is). */
function refreshDoc(kind: DocKind, idExpression: string, where: string): string {
  return `
  DELETE FROM search_docs WHERE kind = '${kind}' AND item_id = ${idExpression};
  INSERT INTO search_docs (${DOC_COLUMNS}) ${docSources[kind](where)};`;
}

function trigger(name: string, event: string, body: string, when = ''): string {
  return `CREATE TRIGGER ${name} ${event} ${when ? `WHEN ${when} ` : ''}BEGIN${body}
END;`;
}

const docTriggers = [
  trigger('search_passages_insert', 'AFTER INSERT ON passages', refreshDoc('passage', 'new.id', 'p.id = new.id')),
  trigger('search_passages_update', 'AFTER UPDATE OF exact, label, comment ON passages', refreshDoc('passage', 'new.id', 'p.id = new.id')),
  trigger('search_passages_delete', 'AFTER DELETE ON passages', refreshDoc('passage', 'old.id', '0')),
  trigger('search_notes_insert', 'AFTER INSERT ON notes', refreshDoc('note', 'new.id', 'n.id = new.id')),
  trigger('search_notes_update', 'AFTER UPDATE OF title, content ON notes', refreshDoc('note', 'new.id', 'n.id = new.id')),
  trigger('search_notes_delete', 'AFTER DELETE ON notes', refreshDoc('note', 'old.id', '0')),
  trigger('search_cards_insert', 'AFTER INSERT ON entities', refreshDoc('card', 'new.id', 'e.id = new.id')),
  trigger('search_cards_update', 'AFTER UPDATE OF name, description, merged_into ON entities', refreshDoc('card', 'new.id', 'e.id = new.id')),
  trigger('search_cards_delete', 'AFTER DELETE ON entities', refreshDoc('card', 'old.id', '0')),
  trigger('search_card_names_insert', 'AFTER INSERT ON entity_names', refreshDoc('card', 'new.entity_id', 'e.id = new.entity_id')),
  trigger('search_card_names_delete', 'AFTER DELETE ON entity_names', refreshDoc('card', 'old.entity_id', 'e.id = old.entity_id')),
  trigger('search_card_names_update', 'AFTER UPDATE ON entity_names', refreshDoc('card', 'new.entity_id', 'e.id = new.entity_id')),
  trigger('search_card_attributes_insert', 'AFTER INSERT ON entity_attributes', refreshDoc('card', 'new.entity_id', 'e.id = new.entity_id')),
  trigger('search_card_attributes_delete', 'AFTER DELETE ON entity_attributes', refreshDoc('card', 'old.entity_id', 'e.id = old.entity_id')),
  trigger('search_card_attributes_update', 'AFTER UPDATE ON entity_attributes', refreshDoc('card', 'new.entity_id', 'e.id = new.entity_id')),
  trigger('search_events_insert', 'AFTER INSERT ON events', refreshDoc('event', 'new.id', 'v.id = new.id')),
  trigger('search_events_update', 'AFTER UPDATE OF title, description, type, place_id, deleted_at ON events', refreshDoc('event', 'new.id', 'v.id = new.id')),
  trigger('search_events_delete', 'AFTER DELETE ON events', refreshDoc('event', 'old.id', '0')),
  // An event's place is searched by its name: renaming the card re-derives the events there.
  trigger(
    'search_event_places_rename',
    'AFTER UPDATE OF name ON entities',
    `
  DELETE FROM search_docs WHERE kind = 'event' AND item_id IN (SELECT id FROM events WHERE place_id = new.id);
  INSERT INTO search_docs (${DOC_COLUMNS}) ${docSources.event('v.place_id = new.id')};`,
  ),
].join('\n');

const clippingTriggers = [
  trigger('search_clippings_insert', 'AFTER INSERT ON clippings', clippingEntries('new', 'insert')),
  trigger(
    'search_clippings_update',
    'AFTER UPDATE OF title, text, outlet, byline, trashed_at ON clippings',
    clippingEntries('old', 'delete') + clippingEntries('new', 'insert'),
  ),
  trigger('search_clippings_delete', 'AFTER DELETE ON clippings', clippingEntries('old', 'delete')),
].join('\n');

/**
 * Derives search_docs and both full-text indexes from the source rows: the first fill, and what
 * search.rebuild runs (the index is derived; nothing is lost).
 */
export const fillSearchIndexSql = `
DELETE FROM search_docs;
INSERT INTO search_docs (${DOC_COLUMNS}) ${docSources.passage('1')};
INSERT INTO search_docs (${DOC_COLUMNS}) ${docSources.note('1')};
INSERT INTO search_docs (${DOC_COLUMNS}) ${docSources.card('1')};
INSERT INTO search_docs (${DOC_COLUMNS}) ${docSources.event('1')};
INSERT INTO search_index (search_index) VALUES ('rebuild');
INSERT INTO search_titles (search_titles) VALUES ('rebuild');
`;

export const sql = `
-- Searchable text of passages, notes, cards and events, derived from their rows by triggers.
CREATE TABLE search_docs (
  doc INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (kind IN ('passage', 'note', 'card', 'event')),
  item_id TEXT NOT NULL,
  clipping_id TEXT,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  extra TEXT NOT NULL,
  keys TEXT NOT NULL,
  aliases TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  UNIQUE (kind, item_id)
);
CREATE INDEX search_docs_by_change ON search_docs(changed_at DESC);
CREATE INDEX search_docs_by_clipping ON search_docs(clipping_id) WHERE clipping_id IS NOT NULL;
INSERT INTO sqlite_sequence (name, seq) VALUES ('search_docs', ${DOCS_ROWID_BASE});

-- What the index holds, one row per live item: what FTS5 reads back for snippets and rebuilds.
CREATE VIEW search_source AS
  SELECT rowid AS doc, 'clipping' AS kind, id AS item_id, title, text AS body, ${clippingExtra('clippings')} AS extra,
    ${searchKeySql('title')} AS keys
  FROM clippings WHERE trashed_at IS NULL
  UNION ALL
  SELECT doc, kind, item_id, title, body, extra, keys FROM search_docs;

CREATE VIEW search_title_source AS
  SELECT rowid AS doc, title FROM clippings WHERE trashed_at IS NULL
  UNION ALL
  SELECT doc, CASE WHEN aliases = '' THEN title ELSE title || ' · ' || aliases END FROM search_docs WHERE kind <> 'passage';

CREATE VIRTUAL TABLE search_index USING fts5(
  kind UNINDEXED, item_id UNINDEXED, title, body, extra, keys,
  content = 'search_source', content_rowid = 'doc', tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE search_titles USING fts5(
  title, content = 'search_title_source', content_rowid = 'doc', tokenize = 'trigram remove_diacritics 1'
);

CREATE TRIGGER search_docs_insert AFTER INSERT ON search_docs BEGIN
  INSERT INTO search_index (rowid, kind, item_id, title, body, extra, keys)
    VALUES (new.doc, new.kind, new.item_id, new.title, new.body, new.extra, new.keys);
  INSERT INTO search_titles (rowid, title) SELECT new.doc, CASE WHEN new.aliases = '' THEN new.title ELSE new.title || ' · ' || new.aliases END
    WHERE new.kind <> 'passage';
END;
CREATE TRIGGER search_docs_delete AFTER DELETE ON search_docs BEGIN
  INSERT INTO search_index (search_index, rowid, kind, item_id, title, body, extra, keys)
    VALUES ('delete', old.doc, old.kind, old.item_id, old.title, old.body, old.extra, old.keys);
  INSERT INTO search_titles (search_titles, rowid, title)
    SELECT 'delete', old.doc, CASE WHEN old.aliases = '' THEN old.title ELSE old.title || ' · ' || old.aliases END
    WHERE old.kind <> 'passage';
END;

${docTriggers}
${clippingTriggers}

-- The first fill, once: a library opened later is kept current by the triggers.
${fillSearchIndexSql}

-- Saved searches ("watch terms"): new matches are clippings captured after last_opened_at.
CREATE TABLE saved_searches (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  query TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_opened_at TEXT NOT NULL
) STRICT;
CREATE INDEX saved_searches_by_name ON saved_searches(name COLLATE NOCASE, id);
`;
