// Which clippings mention a card by one of its names, found through the search index's clipping
// text (it folds case and diacritics). A clipping with a passage or a mention (an accepted suggestion)
// linked to the card is always listed, even when its text no longer carries any of the card's names
// (the card was renamed, or the name has no word to search for).
import type { EntityMention } from '../../../shared/domain';
import type { ClippingsStore } from '../clippings/store';

export type EntityMentions = ReturnType<typeof createEntityMentions>;

export function createEntityMentions(clippings: ClippingsStore) {
  const { mentions } = clippings;
  return {
    /** Up to 200 clippings: those with a linked passage first, then those naming the card; newest first in each. */
    list(entityId: string, names: readonly string[]): EntityMention[] {
      const query = mentionQuery(names);
      const rows = query === null ? mentions.linked(entityId) : mentions.linkedThenMatching(entityId, query);
      return rows.map((r) => ({ clippingId: r.id, title: r.title, linked: r.linked === 1 }));
    },

    /** How many live clippings mention the card and have no passage linked to it. */
    unlinkedCount(entityId: string, names: readonly string[]): number {
      const query = mentionQuery(names);
      return query === null ? 0 : mentions.unlinkedCount(entityId, query);
    },

    /** Those clippings with their text, oldest first; only among `clippingIds` when given. */
    unlinkedClippings(entityId: string, names: readonly string[], clippingIds?: readonly string[]): Array<{ id: string; text: string }> {
      const query = mentionQuery(names);
      return query === null ? [] : mentions.unlinked(entityId, query, clippingIds);
    },
  };
}

/** The names as FTS5 phrases joined by OR (the store looks for them in the text); null when no name has a word. */
function mentionQuery(names: readonly string[]): string | null {
  const phrases = [...new Set(names.map(ftsPhrase).filter((p) => p !== ''))];
  return phrases.length === 0 ? null : phrases.join(' OR ');
}

/** A name as an FTS5 phrase: its words, quoted; "" when it has none. */
function ftsPhrase(name: string): string {
  const words = name.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length === 0 ? '' : `"${words.join(' ')}"`;
}
