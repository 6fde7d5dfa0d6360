// Search ranking measured on the Cranfield collection (1,400 abstracts, 225 queries as their authors
// typed them, graded judgements), beside the naive FTS5 query — BM25 over an OR of the words — on
// the same index in the same run. nDCG@10 with gains 4..1 for grades 1..4 (2^gain − 1), over the
// ranked list as returned and over the judged documents only (condensed, as the check outside the
// repo may score). Measured again with 10,000 later made-up abstracts drawn from the collection's own
// words, so that most query words match more rows than a search could rank one by one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSearchQuery } from '../../../../electron/core/search/search-query';
import { corpusPath } from '../../../helpers/corpus';
import { openLibrary } from '../../../../electron/core/db/open-library';
import { seedClippings, type SeededClipping } from '../../../helpers/seeded-clippings';
import { seededRandom } from '../../../helpers/seeded-random';
import { makeTempDir } from '../../../helpers/temp-library';

const corpus = corpusPath('ir', 'cranfield');

interface Record {
  id: number;
  fields: { [field: string]: string };
}

/** SMART format: `.I n` starts a record, `.T`/`.A`/`.B`/`.W` start its fields. */
function readSmart(path: string): Record[] {
  const records: Record[] = [];
  let field = '';
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const marker = /^\.([A-Z])\s*(.*)$/.exec(line);
    if (marker?.[1] === 'I') records.push({ id: Number(marker[2]), fields: {} });
    else if (marker) field = marker[1]!;
    else if (records.length > 0) records.at(-1)!.fields[field] = `${records.at(-1)!.fields[field] ?? ''}${line} `;
  }
  return records;
}

/** query position (1-based) → document → grade. */
function readJudgements(path: string): Map<number, Map<number, number>> {
  const judgements = new Map<number, Map<number, number>>();
  for (const line of readFileSync(path, 'utf8').trim().split('\n')) {
    const [query, document, grade] = line.trim().split(/\s+/).map(Number) as [number, number, number];
    if (!judgements.has(query)) judgements.set(query, new Map());
    judgements.get(query)!.set(document, grade);
  }
  return judgements;
}

const gain = (grade: number | undefined) => (grade !== undefined && grade >= 1 && grade <= 4 ? 2 ** (5 - grade) - 1 : 0);

function ndcgAt10(ranked: number[], grades: Map<number, number>): number | null {
  const dcg = ranked.slice(0, 10).reduce((sum, document, index) => sum + gain(grades.get(document)) / Math.log2(index + 2), 0);
  const ideal = [...grades.values()]
    .map(gain)
    .sort((a, b) => b - a)
    .slice(0, 10)
    .reduce((sum, value, index) => sum + value / Math.log2(index + 2), 0);
  return ideal > 0 ? dcg / ideal : null;
}

/** The abstract's number, or 0 (never judged) for a made-up one. */
const cranfieldNumber = (id: string) => (id.startsWith('cran-') ? Number(id.slice(5)) : 0);

describe.skipIf(!corpus.exists)('search ranking on Cranfield', () => {
  const documents = corpus.exists ? readSmart(join(corpus.path, 'cran.all.1400')) : [];
  const queries = corpus.exists ? readSmart(join(corpus.path, 'cran.qry')) : [];
  const judgements = corpus.exists ? readJudgements(join(corpus.path, 'cranqrel')) : new Map<number, Map<number, number>>();
  function mean(rank: (text: string) => number[], condensed: boolean): number {
    const values = queries.flatMap((query, index) => {
      const grades = judgements.get(index + 1) ?? new Map<number, number>();
      const ranked = rank((query.fields.W ?? '').trim()).filter((document) => !condensed || grades.has(document));
      const value = ndcgAt10(ranked, grades);
      return value === null ? [] : [value];
    });
    return values.reduce((sum, value) => sum + value, 0) / values.length;
  }

  /** Abstracts of words drawn at random from the collection's own: they match queries as loosely as real ones. */
  function madeUpAbstracts(count: number): SeededClipping[] {
    const words = documents.flatMap((document) => (document.fields.W ?? '').toLowerCase().match(/[a-z]+/g) ?? []);
    const random = seededRandom(7);
    const drawn = (length: number) => Array.from({ length }, () => words[Math.floor(random() * words.length)]!).join(' ');
    return Array.from({ length: count }, (_, index) => ({ id: `made-up-${index}`, title: drawn(8), text: drawn(150) }));
  }

  function measure(later: SeededClipping[] = []) {
    // The real library schema and the real search: each abstract is a clipping (its title and text).
    const library = openLibrary(join(makeTempDir('cranfield'), 'library.sqlite'));
    const { db } = library;
    seedClippings(db, [
      ...documents.map((document) => ({ id: `cran-${document.id}`, title: (document.fields.T ?? '').trim(), text: (document.fields.W ?? '').trim() })),
      ...later,
    ]);
    const search = createSearchQuery(db);
    const naiveStatement = db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY bm25(search_index) LIMIT 100').pluck();
    const idOfRowid = new Map(
      (db.prepare('SELECT rowid, id FROM clippings').all() as Array<{ rowid: number; id: string }>).map((row) => [row.rowid, cranfieldNumber(row.id)]),
    );
    const naive = (text: string): number[] => {
      const words = [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
      return words.length ? (naiveStatement.all(words.map((word) => `"${word}"`).join(' OR ')) as number[]).map((rowid) => idOfRowid.get(rowid)!) : [];
    };

    const ourRank = (text: string) => search({ query: text, kind: 'clipping', offset: 0, limit: 100 }).hits.map((hit) => cranfieldNumber(hit.id));
    const figures = {
      ours: { full: mean(ourRank, false), condensed: mean(ourRank, true) },
      naive: { full: mean(naive, false), condensed: mean(naive, true) },
    };
    library.close();
    return figures;
  }

  it('prints nDCG@10 beside the naive OR query, and is at least as good', () => {
    const figures = measure();
    console.log(
      [
        `Cranfield: ${documents.length} abstracts, ${queries.length} queries as typed`,
        'who       nDCG@10   nDCG@10 (judged only)',
        `ours      ${figures.ours.full.toFixed(4)}    ${figures.ours.condensed.toFixed(4)}`,
        `naive OR  ${figures.naive.full.toFixed(4)}    ${figures.naive.condensed.toFixed(4)}`,
      ].join('\n'),
    );
    expect(documents).toHaveLength(1400);
    expect(queries).toHaveLength(225);
    expect(figures.ours.full).toBeGreaterThanOrEqual(figures.naive.full);
    expect(figures.ours.condensed).toBeGreaterThanOrEqual(figures.naive.condensed);
  });

  it('stays at least as good as the naive query with 10,000 later abstracts matching the same words', () => {
    const figures = measure(madeUpAbstracts(10_000));
    console.log(
      [
        `Cranfield and 10,000 later made-up abstracts of its words: ${queries.length} queries as typed`,
        'who       nDCG@10   nDCG@10 (judged only)',
        `ours      ${figures.ours.full.toFixed(4)}    ${figures.ours.condensed.toFixed(4)}`,
        `naive OR  ${figures.naive.full.toFixed(4)}    ${figures.naive.condensed.toFixed(4)}`,
      ].join('\n'),
    );
    expect(figures.ours.full).toBeGreaterThanOrEqual(figures.naive.full);
    expect(figures.ours.condensed).toBeGreaterThanOrEqual(figures.naive.condensed);
  });
});
