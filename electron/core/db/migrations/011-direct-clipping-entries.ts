// Shipped: never edit. Later changes go in a new numbered migration.
// A new clipping's search entries are written by the clippings store (electron/core/search/
// clipping-entries.ts) with plain INSERT … VALUES: fed from this trigger, FTS5 took twice the time.
// The update and delete triggers stay: they take the entries out with the values the row holds.
export const sql = `
DROP TRIGGER search_clippings_insert;
`;
