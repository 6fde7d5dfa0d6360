// Changing clippings after they arrived: their details and grade, their tags, the Trash.
import type { ParsedInputOf } from '../../../shared/contract';
import type { BulkResult } from '../../../shared/domain';
import type { CoreContext } from '../context';
import type { ClippingReader } from './reading';
import type { EditableField } from './store';

export function createClippingEditing({ stores, clock, write }: CoreContext, reader: ClippingReader) {
  const { clippings, tags } = stores;

  /** Makes a clipping's tags exactly `names`. */
  function replaceTags(clippingId: string, names: readonly string[]): void {
    clippings.unlinkTags(clippingId);
    for (const name of names) clippings.linkTag(clippingId, tags.idOf(name));
  }

  /** Adds and removes tags on one clipping; false when the clipping does not exist. */
  function changeTags(clippingId: string, add: readonly string[], remove: readonly string[]): boolean {
    if (!clippings.exists(clippingId)) return false;
    for (const name of remove) {
      const tagId = tags.find(name);
      if (tagId !== null) clippings.unlinkTag(clippingId, tagId);
    }
    for (const name of add) clippings.linkTag(clippingId, tags.idOf(name));
    return true;
  }

  const update = write((input: ParsedInputOf<'clippings.update'>): void => {
    reader.get(input.id);
    const { tags: tagNames, ...fields } = input.patch;
    const changed: Partial<Record<EditableField, unknown>> = {};
    for (const [field, value] of Object.entries(fields)) if (value !== undefined) changed[field as EditableField] = emptyToNull(value);
    clippings.update(input.id, changed, clock());
    if (tagNames !== undefined) replaceTags(input.id, tagNames);
  });

  const tag = write((input: ParsedInputOf<'clippings.tag'>): BulkResult => {
    let count = 0;
    for (const id of new Set(input.ids)) if (changeTags(id, input.add, input.remove)) count++;
    return { count };
  });

  return {
    update,
    tag,
    trash: (ids: readonly string[]): BulkResult => ({ count: clippings.trash(ids, clock()) }),
    restore: (ids: readonly string[]): BulkResult => ({ count: clippings.restore(ids) }),
  };
}

function emptyToNull(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? null : value;
}
