// The search.* and savedSearches.* methods: full-text search, the quick switcher, rebuilding the
// derived index, and saved searches with their new-match counts.
import type Database from 'better-sqlite3';
import type { CoreContext } from '../context';
import type { Handlers } from '../dispatch';
import { createSavedSearches } from './saved-searches';
import { createSearchIndex } from './search-index';
import { createSearchQuery } from './search-query';
import { createSwitcher } from './switcher';

type SearchMethod = Extract<keyof Handlers, `search.${string}` | `savedSearches.${string}`>;

export function createSearchHandlers(ctx: CoreContext, db: Database.Database): Pick<Handlers, SearchMethod> {
  const search = createSearchQuery(db);
  const switcher = createSwitcher(db);
  const index = createSearchIndex(db);
  const saved = createSavedSearches(db, ctx.clock, search);
  const rebuild = ctx.write(() => index.rebuild());
  const create = ctx.write((query: string, name: string | undefined) => saved.create(query, name));
  const remove = ctx.write((id: string) => saved.delete(id));
  const open = ctx.write((id: string) => saved.open(id));
  return {
    'search.query': (input) => search(input),
    'search.switcher': (input) => switcher(input.query, input.limit),
    'search.rebuild': () => rebuild(),
    'savedSearches.list': () => saved.list(),
    'savedSearches.create': (input) => create(input.query, input.name),
    'savedSearches.delete': (input) => ({ count: remove(input.id) }),
    'savedSearches.open': (input) => open(input.id),
  };
}
