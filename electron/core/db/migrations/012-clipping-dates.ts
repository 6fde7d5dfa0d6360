// Shipped: never edit. Later changes go in a new numbered migration.
// Each dated clipping's published date in a narrow table keyed by its rowid, for the search box's
// after:/before: when they keep most of the library and each surveyed row's date is checked: read
// from the clipping's row, the date sits past the text (its overflow pages), 23–31 ms for one search
// at 100,000 clippings against 4–5 ms from here. Derived: a new clipping's row is written by the
// store with its search entries (electron/core/search/clipping-entries.ts); edits and deletes here.
/** The first fill, and what search.rebuild runs to derive the table again. */
export const fillClippingDatesSql = `
DELETE FROM clipping_dates;
INSERT INTO clipping_dates (clipping_rowid, published_at) SELECT rowid, published_at FROM clippings WHERE published_at IS NOT NULL;
`;

export const sql = `
CREATE TABLE clipping_dates (
  clipping_rowid INTEGER PRIMARY KEY,
  published_at TEXT NOT NULL
);
${fillClippingDatesSql}

CREATE TRIGGER clipping_dates_update AFTER UPDATE OF published_at ON clippings BEGIN
  DELETE FROM clipping_dates WHERE clipping_rowid = old.rowid;
  INSERT INTO clipping_dates (clipping_rowid, published_at) SELECT new.rowid, new.published_at WHERE new.published_at IS NOT NULL;
END;
CREATE TRIGGER clipping_dates_delete AFTER DELETE ON clippings BEGIN
  DELETE FROM clipping_dates WHERE clipping_rowid = old.rowid;
END;
`;
