// Rebuilds the derived tables from their source rows, in one write transaction: the links from
// notes to cards and passages, the near-duplicate index (with each clipping's text hash), the
// search index (search_docs and its full-text tables, which also hold every clipping's text), and
// the days of the timeline's datings. For `cli repair`: checks nothing, rewrites everything.
import type Database from 'better-sqlite3';
import { createDuplicateIndex } from './clippings/duplicates';
import type { CoreContext } from './context';
import { createNoteLinks } from './notes/links';
import { createSearchIndex } from './search/search-index';
import { rebuildDatingDays } from './timeline/dating-days';

export interface RebuiltTable {
  table: string;
  rows: number;
}

export function createRepair(ctx: CoreContext, db: Database.Database): () => RebuiltTable[] {
  const { clippings, notes, timeline } = ctx.stores;
  const noteLinks = createNoteLinks(ctx);
  const duplicates = createDuplicateIndex(clippings);
  const searchIndex = createSearchIndex(db);
  return ctx.write((): RebuiltTable[] => {
    noteLinks.rebuild();
    duplicates.rebuild();
    const searched = searchIndex.rebuild();
    const datings = rebuildDatingDays(timeline);
    const links = notes.links.rowCounts();
    const index = clippings.duplicates.rowCounts();
    return [
      { table: 'note_entities', rows: links.entities },
      { table: 'note_passages', rows: links.passages },
      { table: 'clipping_minhash', rows: index.minhash },
      { table: 'clipping_lsh', rows: index.lsh },
      { table: 'search_index', rows: searched.items },
      { table: 'event_datings', rows: datings },
    ];
  });
}
