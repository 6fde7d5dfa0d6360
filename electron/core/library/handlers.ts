// library.info: which library is open, its schema, how many clippings it holds, what it can import.
import type { CoreContext } from '../context';
import type { Handlers } from '../dispatch';
import { htmlImportSupport } from '../import';

export function createLibraryHandlers({ stores, libraryPath }: CoreContext): Pick<Handlers, 'library.info'> {
  return {
    'library.info': async () => {
      const { live, trashed } = stores.clippings.counts();
      return {
        path: libraryPath,
        libraryId: stores.library.libraryId(),
        schemaVersion: stores.library.schemaVersion(),
        clippingCount: live,
        trashCount: trashed,
        htmlImport: await htmlImportSupport(),
      };
    },
  };
}
