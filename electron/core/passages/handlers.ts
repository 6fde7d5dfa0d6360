// The passages.* methods: mark, edit, delete, list, link to cards, and what citations of them say.
import type { ParsedInputOf } from '../../../shared/contract';
import type { CoreContext } from '../context';
import type { Handlers } from '../dispatch';
import { createCitationStates } from './citations';
import { createPassagesService } from './passages';

type PassagesHandlers = Pick<
  Handlers,
  'passages.create' | 'passages.update' | 'passages.delete' | 'passages.list' | 'passages.facets' | 'passages.link' | 'passages.unlink' | 'passages.citations'
>;

export function createPassagesHandlers(ctx: CoreContext): PassagesHandlers {
  const { passages: store, entities } = ctx.stores;
  const passages = createPassagesService(ctx);
  const citationStates = createCitationStates(store);
  // Each write reads first (does the passage, clipping or card exist?): one transaction with the write lock.
  const { write } = ctx;
  return {
    'passages.create': write(passages.create),
    'passages.update': write(passages.update),
    'passages.delete': (input) => ({ count: store.remove(input.id) }),
    'passages.list': passages.list,
    'passages.facets': () => passages.facets(),
    'passages.link': write((input: ParsedInputOf<'passages.link'>) => {
      passages.get(input.passageId);
      entities.live(input.entityId, 'entityId');
      store.link(input.passageId, input.entityId);
      return passages.get(input.passageId);
    }),
    'passages.unlink': write((input: ParsedInputOf<'passages.unlink'>) => {
      passages.get(input.passageId);
      store.unlink(input.passageId, input.entityId);
      return passages.get(input.passageId);
    }),
    'passages.citations': (input) => citationStates(input.ids),
  };
}
