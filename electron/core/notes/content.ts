// The checks a note's content passes before it is stored: JSON with a root (the contract checks
// the outline), a nesting depth every reader can walk, every node an object with a type, the
// project's own nodes with the ids links are derived from, and a size limit; and what it may not
// hold (script or data links, inline CSS) is dropped. A refused save changes nothing.
import { NotebookError } from '../../../shared/errors';
import { formatBytes, NOTE_MAX_CONTENT_BYTES, utf8ByteLength } from '../../../shared/limits';
import { ENTITY_MENTION_TYPE, EVENT_MENTION_TYPE, PASSAGE_CITATION_TYPE, type NoteContent } from '../../../shared/notes/note-format';
import { nestsDeeperThan, NOTE_MAX_DEPTH, withoutUnsafeContent } from '../../../shared/notes/note-safety';

export interface StorableContent {
  /** The content as stored (unsafe links and styles dropped): what links are derived from. */
  content: NoteContent;
  json: string;
}

/** The content as it is to be stored; throws NotebookError when it cannot be a note. */
export function storableNoteContent(given: NoteContent): StorableContent {
  // Before anything that recurses (the cleaning, JSON.stringify), so a deep note cannot overflow the stack.
  if (nestsDeeperThan(given, NOTE_MAX_DEPTH)) {
    throw invalid(
      `This note nests more than ${NOTE_MAX_DEPTH} levels deep (lists, quotes or other blocks inside one another), more than a note may, so it was not saved. Flatten the deepest lists or quotes and save again.`,
    );
  }
  const content = withoutUnsafeContent(given);
  return { content, json: serializeNoteContent(content) };
}

function serializeNoteContent(content: NoteContent): string {
  const json = JSON.stringify(content);
  const bytes = utf8ByteLength(json);
  if (bytes > NOTE_MAX_CONTENT_BYTES) {
    throw new NotebookError(
      'too_large',
      `This note is ${formatBytes(bytes)}, more than the ${formatBytes(NOTE_MAX_CONTENT_BYTES)} a note may hold, so it was not saved. Move part of it into another note.`,
      'content',
    );
  }
  checkNodes(content);
  return json;
}

function checkNodes(content: NoteContent): void {
  const stack: unknown[] = [content.root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || Array.isArray(node) || typeof (node as { type?: unknown }).type !== 'string') {
      throw invalid('Every node of a note must be an object with a type; this content has one that is not, so it was not saved.');
    }
    const record = node as Record<string, unknown>;
    if (record.type === ENTITY_MENTION_TYPE && !nonEmptyString(record.entityId)) {
      throw invalid('A mention in this note has no card id, so it was not saved. Remove the mention and insert it again.');
    }
    if (record.type === EVENT_MENTION_TYPE && !nonEmptyString(record.eventId)) {
      throw invalid('A mention of an event in this note has no event id, so it was not saved. Remove the mention and insert it again with @.');
    }
    if (record.type === PASSAGE_CITATION_TYPE && !nonEmptyString(record.passageId)) {
      throw invalid('A citation in this note has no passage id, so it was not saved. Remove the citation and cite the passage again.');
    }
    if ('children' in record) {
      if (!Array.isArray(record.children)) throw invalid(`A “${record.type}” node's children are not a list, so the note was not saved.`);
      for (const child of record.children) stack.push(child);
    }
  }
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function invalid(message: string): NotebookError {
  return new NotebookError('invalid_input', message, 'content');
}

/** Content read back from the library (written by storableNoteContent). */
export function parseNoteContent(json: string): NoteContent {
  return JSON.parse(json) as NoteContent;
}
