// SQL for the Library's sort and filters. Column names come from fixed maps, never from input;
// values travel as parameters.
import type { ParsedInputOf } from '../../../shared/contract';

type ListInput = ParsedInputOf<'clippings.list'>;

const ORDER: Record<ListInput['sort'], (dir: string) => string> = {
  captured: (dir) => `c.captured_at ${dir}, c.id ${dir}`,
  // Undated and ungraded clippings go last whichever way the column is sorted.
  published: (dir) => `c.published_at IS NULL, c.published_at ${dir}, c.id ${dir}`,
  title: (dir) => `c.title COLLATE NOCASE ${dir}, c.id ${dir}`,
  outlet: (dir) => `c.outlet IS NULL, c.outlet COLLATE NOCASE ${dir}, c.id ${dir}`,
  grade: (dir) => `c.reliability IS NULL, c.reliability ${dir}, c.credibility IS NULL, c.credibility ${dir}, c.id ${dir}`,
};

export interface ListSql {
  where: string;
  orderBy: string;
  params: Record<string, string | number>;
}

export function listSql(input: ListInput): ListSql {
  const conditions = [input.trash ? 'c.trashed_at IS NOT NULL' : 'c.trashed_at IS NULL'];
  const params: Record<string, string | number> = {};
  const { filter } = input;
  if (filter.outlet !== undefined) {
    conditions.push('c.outlet = @outlet COLLATE NOCASE');
    params.outlet = filter.outlet;
  }
  if (filter.tag !== undefined) {
    conditions.push(
      'EXISTS (SELECT 1 FROM clipping_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.clipping_id = c.id AND t.name = @tag)',
    );
    params.tag = filter.tag;
  }
  if (filter.reliability !== undefined) {
    conditions.push('c.reliability = @reliability');
    params.reliability = filter.reliability;
  }
  if (filter.credibility !== undefined) {
    conditions.push('c.credibility = @credibility');
    params.credibility = filter.credibility;
  }
  // Partial dates compare on the precision the filter gives: "2014" includes "2014-07-02".
  if (filter.publishedFrom !== undefined) {
    conditions.push('substr(c.published_at, 1, length(@publishedFrom)) >= @publishedFrom');
    params.publishedFrom = filter.publishedFrom;
  }
  if (filter.publishedTo !== undefined) {
    conditions.push('substr(c.published_at, 1, length(@publishedTo)) <= @publishedTo');
    params.publishedTo = filter.publishedTo;
  }
  return { where: conditions.join(' AND '), orderBy: ORDER[input.sort](input.direction === 'asc' ? 'ASC' : 'DESC'), params };
}
