// A card's own writes: create, edit (names, aliases, attributes), delete with the cards merged
// into it. Each is one transaction.
import type { ParsedInputOf } from '../../../shared/contract';
import type { BulkResult } from '../../../shared/domain';
import type { CoreContext } from '../context';

export function createCardEditing({ stores, clock, write }: CoreContext) {
  const { entities } = stores;

  const create = write((input: ParsedInputOf<'entities.create'>): string => entities.insert(input, clock()));

  const update = write((input: ParsedInputOf<'entities.update'>): void => {
    const entity = entities.live(input.id);
    const { patch } = input;
    const type = patch.type ?? entity.type;
    const name = patch.name ?? entity.name;
    entities.update(
      input.id,
      {
        type,
        otherLabel: type === 'other' ? (patch.otherLabel !== undefined ? patch.otherLabel : entity.other_label) : null,
        name,
        description: patch.description !== undefined ? patch.description : entity.description,
      },
      clock(),
    );
    if (patch.name !== undefined || patch.aliases !== undefined) {
      const aliases =
        patch.aliases ??
        entities.names
          .of(input.id)
          .filter((n) => n.is_primary === 0)
          .map((n) => n.name);
      entities.names.write(input.id, name, aliases);
    }
    if (patch.attributes !== undefined) entities.attributes.write(input.id, patch.attributes);
  });

  /** Deletes the card and the cards merged into it; names, links and relations go by cascade, passages stay. */
  const remove = write((id: string): BulkResult => {
    entities.live(id);
    const ids = entities.withParts(id);
    // Merges involving these cards can no longer be undone, so their records go first.
    entities.merges.forgetAll(ids);
    entities.removeAll(ids);
    stores.passages.mentions.removeUnlinked();
    return { count: 1 };
  });

  return { create, update, remove };
}
