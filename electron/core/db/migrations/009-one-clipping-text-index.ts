// Shipped: never edit. Later changes go in a new numbered migration.
// One full-text index over the clippings' text instead of two. Migration 4's clippings_fts and
// migration 8's search_index both indexed every clipping's title and text, so each stored clipping
// had its words tokenised and written twice, by two sets of triggers. search_index (its
// clipping rows: rowid < 2^40, kind 'clipping', columns title and body) now serves the card's
// "Mentioned in" list, linking unlinked mentions and the search box's entity: filter; clippings_fts,
// its shadow tables and its triggers go. IF EXISTS: a library repaired by hand may lack a trigger.
export const sql = `
DROP TRIGGER IF EXISTS clippings_fts_insert;
DROP TRIGGER IF EXISTS clippings_fts_delete;
DROP TRIGGER IF EXISTS clippings_fts_update;
DROP TABLE IF EXISTS clippings_fts;
`;
