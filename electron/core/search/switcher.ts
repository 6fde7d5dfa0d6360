// search.switcher: fuzzy finding over clipping titles, card names and aliases, note and event
// titles. Plain Fuse.js over 100,000 titles is too slow per keystroke, so the trigram index
// (search_titles) first gives a shortlist ranked by bm25 — titles containing every typed word, or,
// when that finds few (a typo: Bagdadi), titles sharing the most of its trigrams — and Fuse.js ranks
// the shortlist. An empty box lists recently changed items.
import type Database from 'better-sqlite3';
import Fuse from 'fuse.js';
import { SWITCHER_FUSE_OPTIONS, type SwitcherCandidate } from '../../../shared/search/switcher-fuse';
import type { SwitcherItem } from '../../../shared/search/types';
import { DOCS_ROWID_BASE } from './filters';

/** Candidates handed to Fuse.js: enough to keep its top ten, few enough to stay instant. */
const SHORTLIST = 150;
/** Below this many substring candidates, trigram overlap widens the list (typos). */
const ENOUGH_CANDIDATES = 40;
/** BM25 over every title holding a common trigram is slow: past this many, only the newest are ranked. */
const RANKED_TITLES_CAP = 1000;
/** A short query reads the most recent titles instead (the trigram index needs three letters). */
const RECENT_FOR_SHORT_QUERY = 3000;

const CANDIDATE_COLUMNS = `
  CASE WHEN f.doc < ${DOCS_ROWID_BASE} THEN 'clipping' ELSE d.kind END AS kind,
  coalesce(c.id, d.item_id) AS id, coalesce(c.title, d.title) AS title, coalesce(d.aliases, '') AS aliases,
  CASE WHEN f.doc < ${DOCS_ROWID_BASE} THEN coalesce(c.outlet, '')
    WHEN d.kind = 'card' THEN (SELECT CASE WHEN type = 'other' AND other_label IS NOT NULL THEN other_label ELSE type END FROM entities WHERE id = d.item_id)
    ELSE d.kind END AS detail`;
const CANDIDATE_JOINS = `
  LEFT JOIN clippings c ON c.rowid = f.doc AND f.doc < ${DOCS_ROWID_BASE} AND c.trashed_at IS NULL
  LEFT JOIN search_docs d ON d.doc = f.doc AND d.kind <> 'passage'
  WHERE c.id IS NOT NULL OR d.item_id IS NOT NULL`;

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Every typed word of three letters or more, each to be found in the title. */
function substringMatch(words: string[]): string | null {
  const long = words.filter((word) => [...word].length >= 3);
  return long.length === 0 ? null : long.map(quoted).join(' AND ');
}

/** Any trigram of the typed words: titles sharing most of them rank first. */
function trigramMatch(words: string[]): string | null {
  const grams = new Set<string>();
  for (const word of words) {
    const letters = [...word];
    for (let index = 0; index + 3 <= letters.length; index++) grams.add(letters.slice(index, index + 3).join(''));
  }
  return grams.size === 0 ? null : [...grams].map(quoted).join(' OR ');
}

export function createSwitcher(db: Database.Database) {
  const floorOf = db
    .prepare<[string], number>(`SELECT rowid FROM search_titles WHERE search_titles MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ${RANKED_TITLES_CAP - 1}`)
    .pluck();
  const ranked = db.prepare<[string, number, number], SwitcherCandidate>(`
    SELECT ${CANDIDATE_COLUMNS} FROM (
      SELECT rowid AS doc FROM search_titles WHERE search_titles MATCH ? AND rowid >= CAST(? AS INTEGER) ORDER BY rank LIMIT ?) f
    ${CANDIDATE_JOINS}`);
  const shortlist = {
    all: (match: string, limit: number): SwitcherCandidate[] => ranked.all(match, floorOf.get(match) ?? 0, limit),
  };
  const recent = db.prepare<[{ limit: number }], SwitcherCandidate>(`
    SELECT ${CANDIDATE_COLUMNS} FROM (
      SELECT doc, at FROM (SELECT rowid AS doc, updated_at AS at FROM clippings WHERE trashed_at IS NULL ORDER BY updated_at DESC LIMIT @limit)
      UNION ALL SELECT doc, at FROM (SELECT doc, changed_at AS at FROM search_docs WHERE kind <> 'passage' ORDER BY changed_at DESC LIMIT @limit)
      ORDER BY at DESC LIMIT @limit) f
    ${CANDIDATE_JOINS}`);

  function candidates(words: string[]): SwitcherCandidate[] {
    const substring = substringMatch(words);
    if (substring === null) return recent.all({ limit: RECENT_FOR_SHORT_QUERY });
    const found = shortlist.all(substring, SHORTLIST);
    if (found.length >= ENOUGH_CANDIDATES) return found;
    const seen = new Set(found.map((item) => `${item.kind}:${item.id}`));
    const widened = shortlist.all(trigramMatch(words)!, SHORTLIST).filter((item) => !seen.has(`${item.kind}:${item.id}`));
    return [...found, ...widened];
  }

  return (query: string, limit: number): SwitcherItem[] => {
    const words =
      query
        .normalize('NFC')
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) return recent.all({ limit }).map((item) => toItem(item, null));
    const fuse = new Fuse(candidates(words), SWITCHER_FUSE_OPTIONS);
    return fuse.search(words.join(' '), { limit }).map((result) => {
      const alias = result.matches?.find((match) => match.key === 'aliases');
      const matchedAlias = alias?.value ? aliasAt(alias.value, alias.indices[0]?.[0] ?? 0) : null;
      return toItem(result.item, matchedAlias);
    });
  };
}

/** The one alias of "a · b · c" that holds character `at`. */
function aliasAt(aliases: string, at: number): string {
  const start = aliases.lastIndexOf(' · ', at);
  const end = aliases.indexOf(' · ', at);
  return aliases.slice(start < 0 ? 0 : start + 3, end < 0 ? undefined : end);
}

function toItem(candidate: SwitcherCandidate, matchedAlias: string | null): SwitcherItem {
  return {
    kind: candidate.kind,
    id: candidate.id,
    title: candidate.title,
    detail: matchedAlias ? `also ${matchedAlias}` : candidate.detail,
    clippingId: null,
  };
}
