// Domain types: plain JSON, the same on every side of the contract.

/** A clipping as the Library list shows it. */
export interface ClippingSummary {
  id: string;
  title: string;
  outlet: string | null;
  /** ISO-8601 instant the clipping entered the library. */
  capturedAt: string;
  /** The first words of the text, for the list. */
  excerpt: string;
  wordCount: number;
}

/** A clipping in full, as the Reader shows it. */
export interface Clipping extends ClippingSummary {
  text: string;
  byline: string | null;
  /** Partial dates allowed: "2014", "2014-07", "2014-07-02". */
  publishedAt: string | null;
  url: string | null;
  lang: string | null;
  /** SHA-256 (hex) of the original bytes as they arrived. */
  sha256: string;
  /** The file name it was imported from, or null when pasted. */
  sourceName: string | null;
  importer: string;
  importerVersion: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

export interface LibraryInfo {
  /** Absolute path of the library file. */
  path: string;
  /** Stable identifier of this library, made when it was created. */
  libraryId: string;
  schemaVersion: number;
  clippingCount: number;
}
