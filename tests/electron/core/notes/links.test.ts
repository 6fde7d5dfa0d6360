// Links from notes to cards and passages: derived on every write, answered by notes.referencing
// from the link tables, kept right through renames, merges and deletions, and repairable.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CitationState, MergeResult, Note, NoteEvidence, NoteRef } from '../../../../shared/domain';
import { createContext } from '../../../../electron/core/context';
import { createNoteLinks } from '../../../../electron/core/notes/links';
import { makeCard, makeClipping, markPassage, type TempCore } from '../../../helpers/entity-fixtures';
import { errorOf, openTempCore, valueOf } from '../../../helpers/temp-library';
import { citation, claim, content, makeNote, mention, paragraph, saveNote, text } from './note-fixtures';

const TEXT = 'Omar al-Shishani led the assault on Menagh. The airbase fell in August 2013.';

async function referencing(core: TempCore, input: Record<string, string>): Promise<string[]> {
  return (valueOf(await core.dispatch('notes.referencing', input)) as NoteRef[]).map((ref) => ref.title);
}

async function setup(core: TempCore) {
  const clippingId = await makeClipping(core, TEXT);
  const assault = await markPassage(core, clippingId, TEXT, 'Omar al-Shishani led the assault on Menagh.');
  const fell = await markPassage(core, clippingId, TEXT, 'The airbase fell in August 2013.');
  const omar = await makeCard(core, { type: 'person', name: 'Omar al-Shishani' });
  return { clippingId, assault, fell, omar };
}

describe('note links and backlinks', () => {
  it('lists the notes that mention a card, cite a passage, or cite any passage of a clipping', async () => {
    const core = openTempCore();
    const { clippingId, assault, fell, omar } = await setup(core);
    const a = await makeNote(core, { title: 'Mentions Omar' });
    await saveNote(core, a, content(paragraph(mention(omar.id, 'Omar'), text(' led it.'))));
    const b = await makeNote(core, { title: 'Cites the assault', content: content(paragraph(text('Menagh'), citation(assault.id), citation(assault.id))) });
    const c = await makeNote(core, { title: 'Cites the fall' });
    const cSaved = await saveNote(core, c, content(paragraph(citation(fell.id))));

    expect(await referencing(core, { entityId: omar.id })).toEqual(['Mentions Omar']);
    expect(await referencing(core, { passageId: assault.id })).toEqual(['Cites the assault']);
    expect(await referencing(core, { clippingId })).toEqual(['Cites the fall', 'Cites the assault']);
    expect(await referencing(core, { entityId: omar.id, passageId: fell.id })).toEqual(['Cites the fall', 'Mentions Omar']);
    expect(errorOf(await core.dispatch('notes.referencing', {})).code).toBe('invalid_input');

    // A save that drops the citation drops the link.
    await saveNote(core, cSaved, content(paragraph(text('no citation now'))));
    expect(await referencing(core, { passageId: fell.id })).toEqual([]);
    expect(b.id).toBeTruthy();
  });

  it('keeps backlinks through a rename and a merge, and drops them (not the note text) when the card or passage goes', async () => {
    const core = openTempCore();
    const { assault, omar } = await setup(core);
    const tarkhan = await makeCard(core, { type: 'person', name: 'Tarkhan Batirashvili' });
    const note = await makeNote(core, { title: 'Brief' });
    const body = content(paragraph(mention(tarkhan.id, 'Tarkhan Batirashvili'), text(' at Menagh '), citation(assault.id)));
    await saveNote(core, note, body);

    await core.dispatch('entities.update', { id: tarkhan.id, patch: { name: 'Abu Omar' } });
    expect(await referencing(core, { entityId: tarkhan.id })).toEqual(['Brief']);

    const merged = valueOf(await core.dispatch('entities.merge', { survivorId: omar.id, absorbedId: tarkhan.id })) as MergeResult;
    expect(await referencing(core, { entityId: omar.id })).toEqual(['Brief']);
    await core.dispatch('entities.undoMerge', { mergeId: merged.mergeId });
    expect(await referencing(core, { entityId: omar.id })).toEqual([]);
    expect(await referencing(core, { entityId: tarkhan.id })).toEqual(['Brief']);

    await core.dispatch('entities.delete', { id: tarkhan.id });
    await core.dispatch('passages.delete', { id: assault.id });
    expect(await referencing(core, { entityId: tarkhan.id })).toEqual([]);
    expect(await referencing(core, { passageId: assault.id })).toEqual([]);
    // The note still reads as written: the mention keeps its name, the citation its source.
    expect((valueOf(await core.dispatch('notes.get', { id: note.id })) as Note).content).toEqual(body);
    // A later save of it still works; the gone card and passage get no link rows.
    expect(valueOf(await core.dispatch('notes.save', { id: note.id, revision: 1, title: 'Brief', content: body }))).toMatchObject({ revision: 2 });
  });

  it("rebuilds every note's link rows from the content, and says how many were wrong", async () => {
    const core = openTempCore();
    const { assault, omar } = await setup(core);
    const right = await makeNote(core, { title: 'Right', content: content(paragraph(mention(omar.id, 'Omar'))) });
    const wrong = await makeNote(core, { title: 'Wrong', content: content(paragraph(citation(assault.id))) });

    const db = new Database(`${core.dir}/library.sqlite`);
    const rebuildNoteLinks = createNoteLinks(createContext(db, { libraryPath: core.libraryPath })).rebuild;
    try {
      db.prepare('DELETE FROM note_passages WHERE note_id = ?').run(wrong.id);
      db.prepare('INSERT INTO note_entities (note_id, entity_id) VALUES (?, ?)').run(wrong.id, omar.id);
      expect(rebuildNoteLinks()).toEqual({ notes: 2, repaired: 1 });
      expect(db.prepare('SELECT note_id, passage_id FROM note_passages').all()).toEqual([{ note_id: wrong.id, passage_id: assault.id }]);
      expect(db.prepare('SELECT note_id, entity_id FROM note_entities').all()).toEqual([{ note_id: right.id, entity_id: omar.id }]);
      expect(rebuildNoteLinks()).toEqual({ notes: 2, repaired: 0 });
    } finally {
      db.close();
    }
  });
});

describe('evidence of a note', () => {
  it('counts distinct passages and sources, their present grades, and lists claims needing evidence in order', async () => {
    const core = openTempCore();
    const { clippingId, assault, fell } = await setup(core);
    await core.dispatch('clippings.update', { id: clippingId, patch: { reliability: 'B', credibility: 2 } });
    const otherText = 'Rebels claimed the base.';
    const otherClipping = await makeClipping(core, otherText);
    const claimed = await markPassage(core, otherClipping, otherText, 'Rebels claimed the base.');
    const gone = await markPassage(core, otherClipping, otherText, 'Rebels');
    await core.dispatch('passages.delete', { id: gone.id });

    const note = await makeNote(core, {
      title: 'Brief',
      content: content(
        paragraph(text('Menagh fell '), citation(assault.id), citation(fell.id), citation(assault.id)),
        paragraph(claim(text('Foreign fighters '), text('led it.')), text(' Others '), citation(claimed.id)),
        // Deleted since it was cited: counted with the source and grade its citation recorded.
        paragraph(citation(gone.id, { clippingId: 'recorded-clipping', grade: 'C3' }), claim(text('  ')), claim(text('Who paid?'))),
      ),
    });
    expect(valueOf(await core.dispatch('notes.evidence', { id: note.id }))).toEqual({
      passagesCited: 4,
      distinctSources: 3,
      grades: [
        { value: 'B2', count: 2 },
        { value: 'C3', count: 1 },
        { value: 'ungraded', count: 1 },
      ],
      needsEvidence: ['Foreign fighters led it.', 'Who paid?'],
    } satisfies NoteEvidence);
  });
});

describe('citation states', () => {
  it('says for each passage whether it is ok, orphaned, in the Trash or deleted, with its source', async () => {
    const core = openTempCore();
    const { clippingId, assault, fell } = await setup(core);
    await core.dispatch('clippings.update', { id: clippingId, patch: { reliability: 'B', outlet: 'Reuters', publishedAt: '2013-08' } });
    const otherText = 'A second report on the base.';
    const trashed = await markPassage(core, await makeClipping(core, otherText), otherText, 'second report');
    await core.dispatch('clippings.trash', { ids: [trashed.clippingId] });
    const db = new Database(`${core.dir}/library.sqlite`);
    db.prepare("UPDATE passages SET anchor_status = 'orphaned', start = NULL, end = NULL WHERE id = ?").run(fell.id);
    db.close();

    const states = valueOf(await core.dispatch('passages.citations', { ids: [assault.id, fell.id, trashed.id, 'gone'] })) as CitationState[];
    expect(states).toEqual([
      {
        passageId: assault.id,
        status: 'ok',
        quote: 'Omar al-Shishani led the assault on Menagh.',
        clippingId,
        clippingTitle: assault.clippingTitle,
        outlet: 'Reuters',
        publishedAt: '2013-08',
        grade: 'B',
      },
      expect.objectContaining({ passageId: fell.id, status: 'orphaned', quote: 'The airbase fell in August 2013.', grade: 'B' }),
      expect.objectContaining({ passageId: trashed.id, status: 'trashed', quote: 'second report', grade: null }),
      { passageId: 'gone', status: 'deleted', quote: null, clippingId: null, clippingTitle: null, outlet: null, publishedAt: null, grade: null },
    ]);
  });
});
