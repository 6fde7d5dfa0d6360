// Events mentioned in a note, in every export format: the mention reads as the event's title with
// its date ("the fall of Mosul (June 2014)"), and an Events section lists each event once with its date.
import { describe, expect, test } from 'vitest';
import { buildDocument } from '../../../../electron/core/export/build-document';
import { EXPORT_WRITERS } from '../../../../electron/core/export';
import type { LibraryFacts } from '../../../../electron/core/export/library-facts';
import { eventMentionNode } from '../../../../shared/notes/event-mention';
import type { TimelineEvent } from '../../../../shared/timeline/types';
import { timelineEvent } from '../../../helpers/timeline-events';
import { noteContent, paragraph, text } from './lexical-nodes';
import { pdfText, squeeze } from './pdf-text';
import { docxText, readZip } from './read-zip';

const FALL = timelineEvent('ev-fall', ['2014-06'], { title: 'the fall of Mosul', type: 'attack' });
/** Two sources disagree on the date. */
const PLEDGE = timelineEvent('ev-pledge', ['2014-07', '2014-09'], { title: 'the pledge', conflict: true });

const NOTE = {
  title: 'Events brief',
  updatedAt: '2024-01-02T00:00:00.000Z',
  content: noteContent(
    // Mentioned with an older title: the library's present one is written.
    paragraph(text('Since '), eventMentionNode({ id: FALL.id, title: 'Mosul taken', edtf: '2014', label: '2014' }), text(', the front moved.')),
    paragraph(
      text('Again '),
      eventMentionNode({ id: FALL.id, title: 'x', edtf: null, label: null }),
      text(' and '),
      eventMentionNode({ id: PLEDGE.id, title: 'p', edtf: null, label: null }),
    ),
    // Deleted since it was mentioned: the stored title and date are written.
    paragraph(text('Earlier: '), eventMentionNode({ id: 'ev-gone', title: 'a meeting in Raqqa', edtf: '2013', label: '2013' }), text('.')),
  ),
};

const FACTS: LibraryFacts = {
  citations: new Map(),
  clippings: new Map(),
  entities: new Map(),
  events: new Map<string, TimelineEvent | null>([
    [FALL.id, FALL],
    [PLEDGE.id, PLEDGE],
    ['ev-gone', null],
  ]),
};

const written = (format: keyof typeof EXPORT_WRITERS) => EXPORT_WRITERS[format].write(buildDocument(NOTE, FACTS));

describe('event mentions in exports', () => {
  test('the document numbers each event once, in order of first mention, with its present title and date', () => {
    const document = buildDocument(NOTE, FACTS);
    expect(document.events).toEqual([
      { number: 1, eventId: FALL.id, title: 'the fall of Mosul', label: 'June 2014', otherDates: [], deleted: false },
      { number: 2, eventId: PLEDGE.id, title: 'the pledge', label: 'July 2014', otherDates: ['September 2014'], deleted: false },
      { number: 3, eventId: 'ev-gone', title: 'a meeting in Raqqa', label: '2013', otherDates: [], deleted: true },
    ]);
  });

  test('Markdown writes the title with its date and an Events list', async () => {
    const markdown = (await written('md')).toString('utf8');
    expect(markdown).toContain('Since the fall of Mosul (June 2014), the front moved.');
    expect(markdown).toContain('Again the fall of Mosul (June 2014) and the pledge (July 2014)');
    expect(markdown).toContain(
      '## Events\n\n1. the fall of Mosul — June 2014.\n2. the pledge — July 2014. Sources disagree: also September 2014.\n3. a meeting in Raqqa — 2013. Event deleted; as it was mentioned.\n',
    );
  });

  test('HTML links each mention to its entry in Events', async () => {
    const html = (await written('html')).toString('utf8');
    expect(html).toContain('<a class="mention event" href="#event-1">the fall of Mosul (June 2014)</a>');
    expect(html).toContain('<h2>Events</h2><ol><li id="event-1" dir="auto">the fall of Mosul — June 2014.</li>');
  });

  test('DOCX and PDF write the same words', async () => {
    const docx = docxText(
      readZip(await written('docx'))
        .get('word/document.xml')!
        .toString('utf8'),
    );
    expect(docx).toContain('Since the fall of Mosul (June 2014), the front moved.');
    expect(docx).toContain('Events\n1. the fall of Mosul — June 2014.\n');
    const pdf = squeeze((await pdfText(await written('pdf'))).text);
    expect(pdf).toContain(squeeze('Since the fall of Mosul (June 2014), the front moved.'));
    expect(pdf).toContain(squeeze('Events 1. the fall of Mosul — June 2014.'));
    expect(pdf).toContain(squeeze('3. a meeting in Raqqa — 2013. Event deleted; as it was mentioned.'));
  });
});
