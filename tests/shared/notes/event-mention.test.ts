// An event mentioned in a note: its text with its date, its place among the note's links, and what
// a stored note may hold.
import { describe, expect, it } from 'vitest';
import { eventMentionNode, eventWithDate, storedEventLabel, storedEventTitle } from '../../../shared/notes/event-mention';
import { emptyNoteContent, EVENT_MENTION_TYPE, type NoteContent, type SerializedNode } from '../../../shared/notes/note-format';
import { noteLinks } from '../../../shared/notes/note-links';
import { withoutUnsafeContent } from '../../../shared/notes/note-safety';
import { noteText } from '../../../shared/notes/note-text';

const fallOfMosul = eventMentionNode({ id: 'ev1', title: 'the fall of Mosul', edtf: '2014-06', label: 'June 2014' });

function noteWith(...inline: SerializedNode[]): NoteContent {
  const content = emptyNoteContent();
  (content.root.children[0] as { children: SerializedNode[] }).children = inline;
  return content;
}

const text = (value: string): SerializedNode => ({ type: 'text', version: 1, text: value, format: 0, style: '', mode: 'normal', detail: 0 });

describe('event mentions', () => {
  it('serialises with its id, title and date as mentioned', () => {
    expect(fallOfMosul).toEqual({ type: EVENT_MENTION_TYPE, version: 1, eventId: 'ev1', title: 'the fall of Mosul', edtf: '2014-06', label: 'June 2014' });
  });

  it('reads as its title with its date, or the title alone when undated', () => {
    expect(eventWithDate('the fall of Mosul', 'June 2014')).toBe('the fall of Mosul (June 2014)');
    expect(eventWithDate('a meeting', null)).toBe('a meeting');
    expect(eventWithDate('  ', ' ')).toBe('Untitled event');
  });

  it('is read leniently from stored JSON', () => {
    expect(storedEventTitle({ title: 3 })).toBe('Untitled event');
    expect(storedEventLabel({ label: '' })).toBeNull();
    expect(storedEventLabel({ label: 'about 2014' })).toBe('about 2014');
  });

  it('is part of the note’s text and of its links, once however often it is mentioned', () => {
    const content = noteWith(text('Since '), fallOfMosul, text(' and again '), fallOfMosul);
    expect(noteText(content)).toBe('Since the fall of Mosul (June 2014) and again the fall of Mosul (June 2014)');
    expect(noteLinks(content)).toEqual({ entityIds: [], passageIds: [], eventIds: ['ev1'] });
  });

  it('is kept as it is by the safety cleaning of stored notes', () => {
    const content = noteWith(text('See '), fallOfMosul);
    expect(withoutUnsafeContent(content)).toEqual(content);
  });
});
