// Shipped: never edit. Later changes go in a new numbered migration.
// Mentions: a span of a clipping linked to a card because a suggestion was accepted (or a card's
// mentions were linked). It is a passages row with is_mention = 1, so every link to cards
// (passage_entities: the entity: filter, the link chart, timeline participants, merges) keeps
// working, but it is not one of the analyst's passages: passage lists and the search index leave
// it out. Existing libraries: a passage that is exactly a name of the card it is linked to, made
// that way and never touched since, becomes a mention.

/** The passage's search_docs row, as migration 8 derives it, only while it is not a mention. */
const passageDoc = (where: string) => `
  INSERT INTO search_docs (kind, item_id, clipping_id, title, body, extra, keys, aliases, changed_at)
    SELECT 'passage', p.id, p.clipping_id, coalesce(p.label, ''), p.exact, coalesce(p.comment, ''), '', '', p.updated_at
    FROM passages p WHERE ${where} AND p.is_mention = 0;`;

/**
 * What accepting a suggestion left: an anchored yellow passage with no label or comment, never edited
 * (updated_at = created_at), linked to at least one card, every card it is linked to carrying its
 * text as a name or alias, and used nowhere — not cited in a note, not evidence of a relation or an
 * event. Anything the analyst did to it keeps it a passage.
 */
const madeByAccepting = `
  p.start IS NOT NULL AND p.color = 'yellow' AND p.label IS NULL AND p.comment IS NULL AND p.updated_at = p.created_at
  AND EXISTS (SELECT 1 FROM passage_entities pe WHERE pe.passage_id = p.id)
  AND NOT EXISTS (
    SELECT 1 FROM passage_entities pe WHERE pe.passage_id = p.id
    AND NOT EXISTS (SELECT 1 FROM entity_names n WHERE n.entity_id = pe.entity_id AND lower(n.name) = lower(trim(p.exact))))
  AND NOT EXISTS (SELECT 1 FROM note_passages np WHERE np.passage_id = p.id)
  AND NOT EXISTS (SELECT 1 FROM relation_evidence re WHERE re.passage_id = p.id)
  AND NOT EXISTS (SELECT 1 FROM event_evidence ee WHERE ee.passage_id = p.id)`;

export const sql = `
ALTER TABLE passages ADD COLUMN is_mention INTEGER NOT NULL DEFAULT 0 CHECK (is_mention IN (0, 1));
CREATE INDEX passages_mentions_by_clipping ON passages(clipping_id, start) WHERE is_mention = 1;

UPDATE passages AS p SET is_mention = 1 WHERE ${madeByAccepting};

DROP TRIGGER IF EXISTS search_passages_insert;
DROP TRIGGER IF EXISTS search_passages_update;
CREATE TRIGGER search_passages_insert AFTER INSERT ON passages BEGIN${passageDoc('p.id = new.id')}
END;
CREATE TRIGGER search_passages_update AFTER UPDATE OF exact, label, comment, is_mention ON passages BEGIN
  DELETE FROM search_docs WHERE kind = 'passage' AND item_id = new.id;${passageDoc('p.id = new.id')}
END;
DELETE FROM search_docs WHERE kind = 'passage' AND item_id IN (SELECT id FROM passages WHERE is_mention = 1);
`;
