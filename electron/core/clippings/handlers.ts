// The clippings.* methods: paste, import, list, read, edit, tag, trash.
import type { CoreContext } from '../context';
import type { Handlers } from '../dispatch';
import { createArrivals } from './arrival';
import { createClippingEditing } from './editing';
import { createClippingReader } from './reading';

type ClippingsHandlers = Pick<
  Handlers,
  | 'clippings.create'
  | 'clippings.importFile'
  | 'clippings.importFiles'
  | 'clippings.list'
  | 'clippings.facets'
  | 'clippings.get'
  | 'clippings.original'
  | 'clippings.update'
  | 'clippings.tag'
  | 'clippings.trash'
  | 'clippings.restore'
>;

export function createClippingsHandlers(ctx: CoreContext): ClippingsHandlers {
  const reader = createClippingReader(ctx.stores.clippings);
  const arrivals = createArrivals(ctx);
  const editing = createClippingEditing(ctx, reader);
  return {
    'clippings.create': arrivals.paste,
    'clippings.importFile': arrivals.importFile,
    'clippings.importFiles': arrivals.importFiles,
    'clippings.list': reader.list,
    'clippings.facets': () => reader.facets(),
    'clippings.get': (input) => reader.get(input.id),
    'clippings.original': (input) => reader.original(input.id),
    'clippings.update': (input) => {
      editing.update(input);
      return reader.get(input.id);
    },
    'clippings.tag': editing.tag,
    'clippings.trash': (input) => editing.trash(input.ids),
    'clippings.restore': (input) => editing.restore(input.ids),
  };
}
