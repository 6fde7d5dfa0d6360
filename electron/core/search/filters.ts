// The search box's filters as one SQL condition on a search-index row (its rowid written `{doc}`),
// with its parameters. outlet:, grade: and entity: narrow to clippings and their passages; tag:
// also keeps notes and events with that tag; after:/before: keep clippings by their published date,
// their passages, and events whose days fall in range. Passages of trashed clippings never show.
import { SEARCH_KINDS, type SearchFilters, type SearchKind } from '../../../shared/search/query-syntax';

/** Rowids of search_docs start here (migration 8): a smaller rowid is a clipping. */
export const DOCS_ROWID_BASE = 1099511627776;

export interface FilterSql {
  /** SQL over `{doc}`, the search-index rowid. */
  where: string;
  params: Record<string, string | number>;
  /** The kinds a row can be of and pass (a filter on clippings' fields leaves out cards, for one). */
  kinds: SearchKind[];
  /** Every kind, no filter on items: all but a few rows (passages of trashed clippings) pass. */
  keepsAll: boolean;
}

/** Clippings (their rowids) that an entity: filter selects, found by the caller. */
export type EntityClippings = number[] | null;

const DOC_KIND = `(SELECT kind FROM search_docs WHERE doc = {doc})`;

/**
 * Conditions on a clipping's rowid (`key`), each a set SQLite builds once per statement from an
 * index where there is one: reading a clipping row for its outlet or date would step over its text.
 * The unary + keeps SQLite from handing the set to FTS5 as rowids to look up, which MATCH forbids.
 */
/** What the caller looked up in the library for the filters. */
export interface FilterLookups {
  /** The clippings entity: keeps (null: no entity: filter). */
  entityClippings: EntityClippings;
  /** after:/before: keep so many clippings (the caller counted) that each row's date is read rather than a set built. */
  datesPerRow: boolean;
  /** The outlet names outlet: matches (null: match by LIKE here). */
  outletNames: string[] | null;
}

const NO_LOOKUPS: FilterLookups = { entityClippings: null, datesPerRow: false, outletNames: null };

function clippingCondition(key: string, filters: SearchFilters, lookups: FilterLookups, params: FilterSql['params']): string[] {
  const { entityClippings, datesPerRow } = lookups;
  const parts: string[] = [];
  const among = (where: string, index = '') => `+${key} IN (SELECT rowid FROM clippings ${index} WHERE ${where})`;
  if (filters.outlet.length > 0 && lookups.outletNames !== null) {
    params.outlets = JSON.stringify(lookups.outletNames);
    parts.push(among('outlet COLLATE NOCASE IN (SELECT value FROM json_each(@outlets))', 'INDEXED BY clippings_by_outlet'));
  } else if (filters.outlet.length > 0) {
    filters.outlet.forEach((outlet, index) => (params[`outlet${index}`] = `%${outlet}%`));
    parts.push(among(filters.outlet.map((_, index) => `outlet LIKE @outlet${index}`).join(' OR '), 'INDEXED BY clippings_by_outlet'));
  }
  if (filters.tag.length > 0) {
    params.tags = JSON.stringify(filters.tag);
    parts.push(`+${key} IN (SELECT tagged.rowid FROM clipping_tags ct JOIN tags t ON t.id = ct.tag_id JOIN clippings tagged ON tagged.id = ct.clipping_id
      WHERE t.name IN (SELECT value FROM json_each(@tags)))`);
  }
  if (filters.grade.length > 0) parts.push(among(filters.grade.map(gradeCondition).join(' OR '), 'INDEXED BY search_clippings_by_grade'));
  // Dates that keep most of the library are checked on each row instead: the set would hold them all.
  // From the narrow clipping_dates (migration 12): in the clipping's row the date lies past its text.
  const published = `(SELECT published_at FROM clipping_dates WHERE clipping_rowid = ${key})`;
  const dated = (condition: string) =>
    datesPerRow ? `${published} ${condition}` : among(`published_at ${condition}`, 'INDEXED BY search_clippings_by_published');
  if (filters.after !== null) parts.push(dated('>= @after'));
  if (filters.before !== null) parts.push(dated('< @before'));
  if (entityClippings !== null) {
    params.entityClippings = JSON.stringify(entityClippings);
    parts.push(`+${key} IN (SELECT value FROM json_each(@entityClippings))`);
  }
  return parts;
}

function gradeCondition(grade: string): string {
  const reliability = /[A-F]/.exec(grade)?.[0];
  const credibility = /[1-6]/.exec(grade)?.[0];
  const parts = [reliability ? `reliability = '${reliability}'` : '', credibility ? `credibility = ${credibility}` : ''].filter(Boolean);
  return `(${parts.join(' AND ')})`;
}

function eventCondition(filters: SearchFilters): string[] | null {
  if (filters.outlet.length > 0 || filters.grade.length > 0 || filters.entity.length > 0) return null;
  const parts: string[] = [];
  if (filters.tag.length > 0)
    parts.push(
      'EXISTS (SELECT 1 FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE et.event_id = v.id AND t.name IN (SELECT value FROM json_each(@tags)))',
    );
  if (filters.after !== null) parts.push('v.dated = 1 AND (v.end_day IS NULL OR v.end_day >= @after)');
  if (filters.before !== null) parts.push('v.dated = 1 AND v.start_day IS NOT NULL AND v.start_day < @before');
  return parts;
}

function noteCondition(filters: SearchFilters): string[] | null {
  const only = filters.tag.length > 0 && filters.outlet.length + filters.grade.length + filters.entity.length === 0;
  if (filters.after !== null || filters.before !== null || (!only && hasItemFilter(filters))) return null;
  return only
    ? ['EXISTS (SELECT 1 FROM note_tags nt JOIN tags t ON t.id = nt.tag_id WHERE nt.note_id = n.id AND t.name IN (SELECT value FROM json_each(@tags)))']
    : [];
}

function hasItemFilter(filters: SearchFilters): boolean {
  return filters.outlet.length + filters.tag.length + filters.grade.length + filters.entity.length > 0 || filters.after !== null || filters.before !== null;
}

const all = (parts: string[]) => (parts.length === 0 ? '1' : parts.join(' AND '));

/** The condition for rows of the kinds in `kinds` that pass the filters. */
export function filterSql(filters: SearchFilters, kinds: readonly SearchKind[], lookups: FilterLookups = NO_LOOKUPS): FilterSql {
  const { entityClippings } = lookups;
  const params: FilterSql['params'] = {};
  if (filters.after !== null) params.after = filters.after;
  if (filters.before !== null) params.before = filters.before;
  const itemFiltered = hasItemFilter(filters);
  const ofClipping = all(clippingCondition('c.rowid', filters, lookups, params));
  const byKind: Partial<Record<SearchKind, string>> = {
    clipping: `{doc} < ${DOCS_ROWID_BASE} AND ${all(clippingCondition('{doc}', filters, lookups, params))}`,
    passage: itemFiltered
      ? `+{doc} IN (SELECT d.doc FROM search_docs d JOIN clippings c ON c.id = d.clipping_id WHERE d.kind = 'passage' AND c.trashed_at IS NULL AND ${ofClipping})`
      : `EXISTS (SELECT 1 FROM search_docs d JOIN clippings c ON c.id = d.clipping_id WHERE d.doc = {doc} AND d.kind = 'passage' AND c.trashed_at IS NULL)`,
  };
  const event = eventCondition(filters);
  if (event !== null)
    byKind.event = itemFiltered
      ? `EXISTS (SELECT 1 FROM search_docs d JOIN events v ON v.id = d.item_id WHERE d.doc = {doc} AND d.kind = 'event' AND ${all(event)})`
      : `${DOC_KIND} = 'event'`;
  const note = noteCondition(filters);
  if (note !== null)
    byKind.note = itemFiltered
      ? `EXISTS (SELECT 1 FROM search_docs d JOIN notes n ON n.id = d.item_id WHERE d.doc = {doc} AND d.kind = 'note' AND ${all(note)})`
      : `${DOC_KIND} = 'note'`;
  if (!itemFiltered) byKind.card = `${DOC_KIND} = 'card'`;
  const passing = kinds.filter((kind) => byKind[kind] !== undefined);
  // The other kinds' conditions start with their rowid range, so that a clipping's row (most rows)
  // is refused by a comparison instead of a lookup in search_docs for each kind.
  const wanted = passing.map((kind) => (kind === 'clipping' ? `(${byKind[kind]})` : `({doc} >= ${DOCS_ROWID_BASE} AND ${byKind[kind]})`));
  const keepsAll = !itemFiltered && entityClippings === null && passing.length === SEARCH_KINDS.length;
  return { where: wanted.length === 0 ? '0' : `(${wanted.join(' OR ')})`, params, kinds: passing, keepsAll };
}
