// Linking a card's unlinked mentions: the full-text index narrows the clippings to those that
// mention one of its names and have no passage or mention linked to it; in each, the first occurrence
// found the way suggestions find known cards (folded, word by word) becomes a linked mention.
import type { ParsedInputOf } from '../../../shared/contract';
import type { LinkMentionsResult } from '../../../shared/domain';
import { KnownCardIndex } from '../../../shared/entities/known-card-index';
import { NotebookError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import type { LinkSpan } from './linked-spans';
import type { EntityMentions } from './mentions';

export function createLinkMentions({ stores, write }: CoreContext, mentions: EntityMentions, linkSpan: LinkSpan) {
  const { entities } = stores;
  return write((input: ParsedInputOf<'entities.linkMentions'>): LinkMentionsResult => {
    const entity = entities.live(input.entityId, 'entityId');
    if (input.clippingIds !== undefined) {
      const missing = stores.clippings.firstMissing(input.clippingIds);
      if (missing !== null) throw new NotebookError('not_found', `There is no clipping with id ${missing}; it may have been deleted.`, 'clippingIds');
    }
    const names = entities.names.of(entity.id);
    const index = new KnownCardIndex([
      { id: entity.id, type: entity.type, name: entity.name, aliases: names.filter((n) => n.is_primary === 0).map((n) => n.name) },
    ]);
    const result: LinkMentionsResult = { clippingCount: 0, passageCount: 0, mentionCount: 0 };
    for (const clipping of mentions.unlinkedClippings(
      entity.id,
      names.map((n) => n.name),
      input.clippingIds,
    )) {
      const first = index.findIn(clipping.text)[0];
      if (!first) continue; // the index matched words the folded scan does not take as this name
      if (linkSpan(clipping.id, clipping.text, first.start, first.end, entity.id).created) result.mentionCount++;
      result.clippingCount++;
    }
    return result;
  });
}
