// What every importer returns: the article as the library stores it. Importers are pure
// (bytes in, document out); storing, duplicates and grading are the clippings service's job.

export interface ImportedDocument {
  /** The title found in the document; null lets the service take the text's first line. */
  title: string | null;
  /** The article as plain text: paragraphs separated by a blank line. Never HTML. */
  text: string;
  /** Sanitised article HTML for the Reader (HTML, DOCX), else null. Nothing in it may run or load. */
  html: string | null;
  outlet: string | null;
  byline: string | null;
  /** A partial date ("2014", "2014-07", "2014-07-02") or null. */
  publishedAt: string | null;
  url: string | null;
  lang: string | null;
  /** Paged sources (PDF): the offset in `text` where each page starts. */
  pageStarts: number[] | null;
  /** Media type of the original bytes, with charset for text ("text/plain; charset=utf-8"). */
  mediaType: string;
  /** Tags the document carries (a Markdown clipping's front matter); absent when none. */
  tags?: string[];
  /** What the importer could not use and kept as text instead, in words for the analyst. */
  warnings?: string[];
  importer: string;
  importerVersion: string;
}
