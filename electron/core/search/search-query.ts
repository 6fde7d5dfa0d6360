// search.query: what was typed, parsed (never throws), turned into a ranked, filtered, paged
// answer with counts per kind. A query of filters only lists the newest matching items.
import type Database from 'better-sqlite3';
import { parseSearchQuery, SEARCH_KINDS, type SearchKind, type SearchQuery } from '../../../shared/search/query-syntax';
import { SEARCH_COUNT_CAP, type SearchHit, type SearchResults } from '../../../shared/search/types';
import { ENTITY_CLIPPING_CAP, createEntityClippings } from './entity-clippings';
import { DOCS_ROWID_BASE, filterSql, type FilterSql } from './filters';
import { noCounts } from './match-survey';
import { searchedTerms } from './match-text';
import { createOutletNames } from './outlet-names';
import { createPrefixExpansion } from './prefix-expansion';
import { createRankedSearch } from './ranked-search';
import { createSearchHits } from './search-hits';
import { statementCache } from './statement-cache';

export interface SearchInput {
  query: string;
  kind?: SearchKind;
  offset: number;
  limit: number;
  /** Only clippings captured after this ISO time (a saved search's new matches). */
  capturedAfter?: string;
}

/** Maps bm25 (lower is better, unbounded) into [0, 1), and puts every-word matches above the rest. */
/**
 * Past this many clippings in a date range, each row's date is read instead: building the set cost
 * about 0.6 µs a clipping for every statement (49 ms for 85,000), reading a row's date about 5 µs, and
 * a search that keeps most rows stops after its first thousand or so.
 */
const LARGE_DATE_SET = 20_000;

function scoreOf(bm25: number, tier: 0 | 1): number {
  const strength = Math.max(0, -bm25);
  return Math.round(((tier === 0 ? 1 : 0) + strength / (1 + strength)) * 10_000) / 10_000;
}

function narrowed(filter: FilterSql, capturedAfter: string | undefined): FilterSql {
  if (capturedAfter === undefined) return filter;
  return {
    where: `${filter.where} AND {doc} < ${DOCS_ROWID_BASE} AND (SELECT captured_at FROM clippings WHERE rowid = {doc}) > @capturedAfter`,
    params: { ...filter.params, capturedAfter },
    kinds: filter.kinds.filter((kind) => kind === 'clipping'),
    keepsAll: false,
  };
}

/**
 * Whether the query lists the clippings of one entity: filter and nothing else that narrows them.
 * Such a list is newest first and its counts stop at SEARCH_COUNT_CAP, so only the card's newest
 * mentions up to the page's end (or the count's cap) can show: more would be read for nothing.
 */
function listsOneEntity(query: SearchQuery, terms: number, input: SearchInput): boolean {
  const { outlet, tag, grade, after, before, entity } = query.filters;
  const narrowing = outlet.length + tag.length + grade.length + (after === null ? 0 : 1) + (before === null ? 0 : 1);
  return terms === 0 && query.excluded.length === 0 && entity.length === 1 && narrowing === 0 && input.capturedAfter === undefined;
}

export function createSearchQuery(db: Database.Database) {
  const ranked = createRankedSearch(db);
  const hitOf = createSearchHits(db);
  const entityClippings = createEntityClippings(db);
  const expandPrefixes = createPrefixExpansion(db);
  const outletNames = createOutletNames(db);
  const statement = statementCache(db);
  const datedClippings = db
    .prepare<{ after: string | null; before: string | null }, number>(
      `SELECT count(*) FROM (SELECT 1 FROM clippings INDEXED BY search_clippings_by_published
        WHERE published_at >= coalesce(@after, '') AND (@before IS NULL OR published_at < @before) LIMIT ${LARGE_DATE_SET})`,
    )
    .pluck();
  /** Whether after:/before: keep so many clippings that checking each row beats building their set. */
  const datesPerRow = ({ after, before }: { after: string | null; before: string | null }) =>
    (after !== null || before !== null) && (datedClippings.get({ after, before }) as number) >= LARGE_DATE_SET;

  /**
   * Items that pass the filters, newest first: for a query of filters only. Clippings and the other
   * kinds are each walked newest first down their own index and stop at the page's end, so a page
   * costs its rows, not a sort of the whole library.
   */
  function listed(filter: FilterSql, offset: number, limit: number): number[] {
    const where = filter.where.replaceAll('{doc}', 'listed_item.doc');
    const clippings = `SELECT * FROM (SELECT listed_item.rowid AS doc, listed_item.captured_at AS at FROM clippings listed_item
          WHERE listed_item.trashed_at IS NULL AND ${filter.where.replaceAll('{doc}', 'listed_item.rowid')}
          ORDER BY listed_item.captured_at DESC, listed_item.rowid DESC LIMIT @window)`;
    const others = `SELECT * FROM (SELECT listed_item.doc AS doc, listed_item.changed_at AS at FROM search_docs listed_item
          WHERE ${where} ORDER BY listed_item.changed_at DESC, listed_item.doc DESC LIMIT @window)`;
    // A kind the filters leave out is not walked at all: its rows would each be read and refused.
    const parts = [filter.kinds.includes('clipping') ? clippings : null, filter.kinds.some((kind) => kind !== 'clipping') ? others : null];
    const walked = parts.filter((part) => part !== null);
    if (walked.length === 0) return [];
    const sql = `SELECT doc FROM (${walked.join(' UNION ALL ')}) ORDER BY at DESC, doc DESC LIMIT @limit OFFSET @offset`;
    return statement(sql)
      .pluck()
      .all({ ...filter.params, limit, offset, window: offset + limit }) as number[];
  }

  function listedCounts(filter: FilterSql): Record<SearchKind, number> {
    const counted = noCounts();
    for (const kind of filter.kinds) {
      // With an entity: set, the count starts from its clippings: from the whole table it would step
      // over every older clipping (most of the library) before reaching a card's newest mentions.
      const clippings =
        'entityClippings' in filter.params
          ? 'SELECT rowid AS doc FROM clippings WHERE rowid IN (SELECT value FROM json_each(@entityClippings)) AND trashed_at IS NULL'
          : 'SELECT rowid AS doc FROM clippings WHERE trashed_at IS NULL';
      const source = kind === 'clipping' ? clippings : `SELECT doc FROM search_docs WHERE kind = '${kind}'`;
      const sql = `SELECT count(*) FROM (SELECT 1 FROM (${source}) f WHERE ${filter.where.replaceAll('{doc}', 'f.doc')} LIMIT ${SEARCH_COUNT_CAP})`;
      counted[kind] = statement(sql).pluck().get(filter.params) as number;
    }
    return counted;
  }

  return (input: SearchInput): SearchResults => {
    const query = parseSearchQuery(input.query);
    const hints = [...query.hints];
    const typedKinds = query.filters.kind.length > 0 ? query.filters.kind : SEARCH_KINDS;
    const kinds = input.kind ? typedKinds.filter((kind) => kind === input.kind) : [...typedKinds];
    const terms = searchedTerms(query);
    const listingOne = listsOneEntity(query, terms.length, input);
    const entity = entityClippings(query.filters.entity, listingOne ? Math.max(SEARCH_COUNT_CAP, input.offset + input.limit) : ENTITY_CLIPPING_CAP);
    const cap = ENTITY_CLIPPING_CAP.toLocaleString('en-GB');
    if (!listingOne)
      for (const name of entity.capped)
        hints.push(`“${name}” is named in more than ${cap} clippings: entity: looks in the newest ${cap} of them and in every clipping linked to the card.`);
    const lookups = {
      entityClippings: entity.clippings,
      datesPerRow: datesPerRow(query.filters),
      outletNames: query.filters.outlet.length > 0 ? outletNames(query.filters.outlet) : null,
    };
    const filter = narrowed(filterSql(query.filters, kinds, lookups), input.capturedAfter);
    if (terms.length === 0) {
      if (query.excluded.length > 0) hints.push('Type a word to look for: words after a minus are only left out.');
      const docs = listed(filter, input.offset, input.limit);
      const hits = docs.map((doc) => hitOf.listed(doc)).filter((hit): hit is SearchHit => hit !== null);
      return { hits, counts: listedCounts(filter), hints, terms };
    }
    const expanded = expandPrefixes(query);
    hints.push(...expanded.hints);
    const { docs, counts } = ranked.rows(expanded.query, filter, input.offset + input.limit);
    const hits = docs
      .slice(input.offset)
      .map((row) => hitOf.found(row, scoreOf(row.bm25, row.tier)))
      .filter((hit): hit is SearchHit => hit !== null);
    return { hits, counts, hints, terms };
  };
}
