// Note + what the library says now → the document every writer lays out: citations numbered as
// footnotes in order of first appearance, each cited clipping listed once in Sources, each
// mentioned card once in Entities, each mentioned event once in Events with its date, names and
// titles as the library has them today.
import type { Note } from '../../../shared/domain';
import { formatGrade } from '../../../shared/grading';
import { shortenQuote, type CitationSource } from '../../../shared/notes/note-format';
import type { EntityEntry, ExportDocument, Footnote, Source } from './document-model';
import { createEventEntries } from './event-entries';
import type { LibraryFacts } from './library-facts';
import { readNote, type ReferenceResolver } from './read-note';

export const SHA256_PREFIX_LENGTH = 12;

export function buildDocument(note: Pick<Note, 'title' | 'updatedAt' | 'content'>, facts: LibraryFacts): ExportDocument {
  const footnotes: Footnote[] = [];
  const footnoteByPassage = new Map<string, number>();
  const sources: Source[] = [];
  const sourceByClipping = new Map<string, number>();
  const entities: EntityEntry[] = [];
  const entityById = new Map<string, EntityEntry>();
  const events = createEventEntries(facts.events);

  const sourceNumber = (stored: Partial<CitationSource>, passageId: string): number | null => {
    const state = facts.citations.get(passageId);
    const clippingId = state?.clippingId ?? stored.clippingId ?? null;
    if (!clippingId) return null;
    const known = sourceByClipping.get(clippingId);
    if (known !== undefined) return known;
    const clipping = facts.clippings.get(clippingId) ?? null;
    const number = sources.length + 1;
    sources.push(
      clipping
        ? {
            number,
            clippingId,
            title: clipping.title,
            outlet: clipping.outlet,
            publishedAt: clipping.publishedAt,
            url: clipping.url,
            sha256Prefix: clipping.sha256.slice(0, SHA256_PREFIX_LENGTH),
            grade: formatGrade(clipping.reliability, clipping.credibility) || null,
            remark: clipping.trashedAt ? 'in the Trash' : null,
          }
        : {
            number,
            clippingId,
            title: state?.clippingTitle ?? stored.clippingTitle ?? 'Untitled clipping',
            outlet: state?.outlet ?? stored.outlet ?? null,
            publishedAt: state?.publishedAt ?? stored.publishedAt ?? null,
            url: null,
            sha256Prefix: null,
            grade: state?.grade ?? stored.grade ?? null,
            remark: 'no longer in the library; as it was when cited',
          },
    );
    sourceByClipping.set(clippingId, number);
    return number;
  };

  const references: ReferenceResolver = {
    cite(node) {
      const passageId = node.passageId as string;
      const known = footnoteByPassage.get(passageId);
      if (known !== undefined) return known;
      const state = facts.citations.get(passageId);
      const storedQuote = typeof node.quote === 'string' ? node.quote : '';
      const number = footnotes.length + 1;
      footnotes.push({
        number,
        passageId,
        quote: shortenQuote(state?.quote ?? storedQuote),
        source: sourceNumber(node as Partial<CitationSource>, passageId),
        // A passage the library does not answer for is treated as deleted: its stored source still shows.
        status: state?.status ?? 'deleted',
      });
      footnoteByPassage.set(passageId, number);
      return number;
    },
    mention(node) {
      const entityId = typeof node.entityId === 'string' ? node.entityId : '';
      const storedName = typeof node.name === 'string' && node.name.trim() !== '' ? node.name : 'Unnamed card';
      let entry = entityById.get(entityId);
      if (!entry) {
        const card = facts.entities.get(entityId) ?? null;
        entry = card
          ? {
              number: entities.length + 1,
              entityId,
              name: card.name,
              type: card.type,
              otherLabel: card.otherLabel,
              aliases: card.aliases,
              description: card.description,
              deleted: false,
            }
          : {
              number: entities.length + 1,
              entityId,
              name: storedName,
              type: isEntityType(node.entityType) ? node.entityType : 'other',
              otherLabel: null,
              aliases: [],
              description: null,
              deleted: true,
            };
        entities.push(entry);
        entityById.set(entityId, entry);
      }
      return { entity: entry.number, name: entry.name };
    },
    event: events.resolve,
  };

  const blocks = readNote(note.content, references);
  return { title: note.title.trim() || 'Untitled note', updatedAt: note.updatedAt, blocks, footnotes, sources, entities, events: events.entries };
}

function isEntityType(value: unknown): value is EntityEntry['type'] {
  return value === 'person' || value === 'organization' || value === 'place' || value === 'other';
}
