// Linking a card's unlinked mentions: the full-text index narrows the clippings to those that
// mention one of its names and have no passage linked to it; in each, the first occurrence found
// the way suggestions find known cards (folded, word by word) becomes a linked passage.
import type Database from 'better-sqlite3';
import type { ParsedInputOf } from '../../../shared/contract';
import type { LinkMentionsResult } from '../../../shared/domain';
import { KnownCardIndex } from '../../../shared/entities/known-card-index';
import { NotebookError } from '../../../shared/errors';
import type { EntityMentions } from './entity-mentions';
import type { EntityStore } from './entity-store';
import type { createPassagesService } from './passages';

export function createLinkMentions(
  db: Database.Database,
  store: EntityStore,
  mentions: EntityMentions,
  passages: ReturnType<typeof createPassagesService>,
) {
  const link = db.prepare('INSERT OR IGNORE INTO passage_entities (passage_id, entity_id) VALUES (?, ?)');
  const missingClipping = db.prepare(`
    SELECT value AS id FROM json_each(?) WHERE value NOT IN (SELECT id FROM clippings) LIMIT 1`);

  return db.transaction((input: ParsedInputOf<'entities.linkMentions'>): LinkMentionsResult => {
    const entity = store.live(input.entityId, 'entityId');
    if (input.clippingIds !== undefined) {
      const missing = missingClipping.get(JSON.stringify(input.clippingIds)) as { id: string } | undefined;
      if (missing) throw new NotebookError('not_found', `There is no clipping with id ${missing.id}; it may have been deleted.`, 'clippingIds');
    }
    const names = store.names(entity.id);
    const index = new KnownCardIndex([{ id: entity.id, type: entity.type, name: entity.name, aliases: names.filter((n) => n.is_primary === 0).map((n) => n.name) }]);
    const result: LinkMentionsResult = { clippingCount: 0, passageCount: 0 };
    for (const clipping of mentions.unlinkedClippings(entity.id, names.map((n) => n.name), input.clippingIds)) {
      const first = index.findIn(clipping.text)[0];
      if (!first) continue; // the index matched words the folded scan does not take as this name
      let passageId = passages.idAt(clipping.id, first.start, first.end);
      if (passageId === null) {
        passageId = passages.create({ clippingId: clipping.id, start: first.start, end: first.end, color: 'yellow', label: null, comment: null }).id;
        result.passageCount++;
      }
      link.run(passageId, entity.id);
      result.clippingCount++;
    }
    return result;
  });
}
