// The checks a note's content passes before it is stored: JSON with a root (the contract checks
// the outline), every node an object with a type, the project's own nodes with the ids links are
// derived from, and a size limit. A refused save changes nothing.
import { NotebookError } from '../../../shared/errors';
import { formatBytes, NOTE_MAX_CONTENT_BYTES, utf8ByteLength } from '../../../shared/limits';
import { ENTITY_MENTION_TYPE, PASSAGE_CITATION_TYPE, type NoteContent } from '../../../shared/notes/note-format';

/** The content as the JSON text to store; throws NotebookError when it cannot be a note. */
export function serializeNoteContent(content: NoteContent): string {
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

/** Content read back from the library (written by serializeNoteContent). */
export function parseNoteContent(json: string): NoteContent {
  return JSON.parse(json) as NoteContent;
}
