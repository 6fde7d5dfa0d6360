// Notes: create, get, save with optimistic concurrency, update, delete, and the Notes list.
import { describe, expect, it } from 'vitest';
import type { Note, NoteSummary, Page } from '../../../../shared/domain';
import { emptyNoteContent } from '../../../../shared/notes/note-format';
import { errorOf, openTempCore, valueOf } from '../../../helpers/temp-library';
import { makeNote, saveNote, says } from './note-fixtures';

describe('notes', () => {
  it('creates an empty untitled note at revision 0 and reads it back', async () => {
    const core = openTempCore();
    const note = await makeNote(core, { title: '   ', folder: ' Syria / 2014 ', tags: ['Raqqa', 'brief'] });
    expect(note).toMatchObject({ title: 'Untitled note', folder: 'Syria/2014', tags: ['brief', 'Raqqa'], revision: 0, content: emptyNoteContent() });
    expect(note.createdAt).toBe(note.updatedAt);
    expect(valueOf(await core.dispatch('notes.get', { id: note.id }))).toEqual(note);
    expect(errorOf(await core.dispatch('notes.get', { id: 'nope' })).code).toBe('not_found');
  });

  it('saves as the next revision, and refuses a save based on an older one without changing anything', async () => {
    const core = openTempCore();
    const note = await makeNote(core, { title: 'Brief' });
    const first = await saveNote(core, note, says('first tab'));
    expect(first).toMatchObject({ revision: 1, content: says('first tab') });

    // The second tab still has revision 0.
    const stale = errorOf(await core.dispatch('notes.save', { id: note.id, revision: 0, title: 'Other', content: says('second tab') }));
    expect(stale.code).toBe('conflict');
    expect(stale.field).toBe('revision');
    expect(stale.message).toMatch(/changed in another window or tab since you opened it \(revision 1;/);
    expect(stale.message).toMatch(/reopen the note/);
    expect(valueOf(await core.dispatch('notes.get', { id: note.id }))).toEqual(first);
    expect(valueOf(await core.dispatch('notes.history', { id: note.id }))).toHaveLength(1);

    const second = await saveNote(core, { ...first, title: '  ' }, says('second save'));
    expect(second).toMatchObject({ revision: 2, title: 'Untitled note' });
    expect(errorOf(await core.dispatch('notes.save', { id: 'gone', revision: 0, title: 'x', content: says('x') })).code).toBe('not_found');
  });

  it('answers a save with only the new revision and its time, not the note read back', async () => {
    const core = openTempCore();
    const note = await makeNote(core, { title: 'Brief' });
    const saved = valueOf(await core.dispatch('notes.save', { id: note.id, revision: 0, title: 'Brief', content: says('x') }));
    expect(Object.keys(saved as object).sort()).toEqual(['revision', 'updatedAt']);
    const stored = valueOf(await core.dispatch('notes.get', { id: note.id })) as Note;
    expect(saved).toEqual({ revision: 1, updatedAt: stored.updatedAt });
  });

  it('lists every folder (counting the notes in it or below) and every tag as facets', async () => {
    const core = openTempCore();
    expect(valueOf(await core.dispatch('notes.facets', {}))).toEqual({ folders: [], tags: [] });
    await makeNote(core, { folder: 'Syria', tags: ['brief'] });
    await makeNote(core, { folder: 'Syria/2014', tags: ['brief', 'Raqqa'] });
    await makeNote(core, { folder: 'sahel' });
    await makeNote(core, {});
    expect(valueOf(await core.dispatch('notes.facets', {}))).toEqual({
      folders: [
        { value: 'sahel', count: 1 },
        { value: 'Syria', count: 2 },
        { value: 'Syria/2014', count: 1 },
      ],
      tags: [
        { value: 'brief', count: 2 },
        { value: 'Raqqa', count: 1 },
      ],
    });
  });

  it('refuses content without a root, with a node that is not an object, or a mention without a card id', async () => {
    const core = openTempCore();
    const note = await makeNote(core);
    const save = (content: unknown) => core.dispatch('notes.save', { id: note.id, revision: 0, title: 'x', content });
    expect(errorOf(await save({ nothing: true })).code).toBe('invalid_input');
    const broken = says('x');
    (broken.root.children as unknown[]).push(42);
    expect(errorOf(await save(broken))).toMatchObject({ code: 'invalid_input', field: 'content' });
    const mention = says('x');
    (mention.root.children as unknown[]).push({ type: 'entity-mention', version: 1, entityId: 7, name: 'A' });
    expect(errorOf(await save(mention)).message).toMatch(/A mention in this note has no card id/);
    const eventMention = says('x');
    (eventMention.root.children as unknown[]).push({ type: 'event-mention', version: 1, eventId: ' ', title: 'A', edtf: null, label: null });
    expect(errorOf(await save(eventMention)).message).toMatch(/A mention of an event in this note has no event id/);
    expect((valueOf(await core.dispatch('notes.get', { id: note.id })) as Note).revision).toBe(0);
  });

  it('refuses a note larger than the limit with a message that says what to do', async () => {
    const core = openTempCore();
    const note = await makeNote(core);
    const huge = says('x'.repeat(17 * 1024 * 1024));
    const error = errorOf(await core.dispatch('notes.save', { id: note.id, revision: 0, title: 'Huge', content: huge }));
    expect(error).toMatchObject({ code: 'too_large', field: 'content' });
    expect(error.message).toMatch(/more than the 16 MiB a note may hold, so it was not saved\. Move part of it into another note\./);
  });

  it('updates title, folder and tags without touching the revision, so an open editor still saves', async () => {
    const core = openTempCore();
    const note = await makeNote(core, { title: 'Draft', tags: ['old'] });
    const updated = valueOf(await core.dispatch('notes.update', { id: note.id, patch: { title: 'Final', folder: 'Sahel', tags: ['AQIM'] } })) as Note;
    expect(updated).toMatchObject({ title: 'Final', folder: 'Sahel', tags: ['AQIM'], revision: 0 });
    expect(updated.updatedAt > note.updatedAt).toBe(true);
    const cleared = valueOf(await core.dispatch('notes.update', { id: note.id, patch: { folder: '  ' } })) as Note;
    expect(cleared).toMatchObject({ title: 'Final', folder: null, tags: ['AQIM'] });
    expect((await saveNote(core, note, says('editor text'))).revision).toBe(1);
  });

  it('deletes a note with its history', async () => {
    const core = openTempCore();
    const note = await makeNote(core);
    await saveNote(core, note, says('x'));
    expect(valueOf(await core.dispatch('notes.delete', { id: note.id }))).toEqual({ count: 1 });
    expect(valueOf(await core.dispatch('notes.delete', { id: note.id }))).toEqual({ count: 0 });
    expect(errorOf(await core.dispatch('notes.history', { id: note.id })).code).toBe('not_found');
  });
});

describe('the Notes list', () => {
  it('finds titles containing every word of the query, ignoring case and diacritics', async () => {
    const core = openTempCore();
    const titles = ['Sahél brief: AQIM', 'AQIM finances', 'Raqqa 100% (draft)', 'Brief on the Sahel'];
    for (const title of titles) await makeNote(core, { title });
    const find = async (query: string) => (valueOf(await core.dispatch('notes.list', { query, sort: 'title' })) as Page<NoteSummary>).items.map((n) => n.title);
    expect(await find('sahel BRIEF')).toEqual(['Brief on the Sahel', 'Sahél brief: AQIM']);
    expect(await find('aqim')).toEqual(['AQIM finances', 'Sahél brief: AQIM']);
    expect(await find('100%')).toEqual(['Raqqa 100% (draft)']);
    expect(await find('_')).toEqual([]);
    expect(await find('')).toHaveLength(4);
  });

  it('pages, sorts by updated or title, and filters by folder (with subfolders) and tag', async () => {
    const core = openTempCore();
    const a = await makeNote(core, { title: 'b note', folder: 'Syria', tags: ['weekly'] });
    const b = await makeNote(core, { title: 'A note', folder: 'Syria/2014' });
    const c = await makeNote(core, { title: 'c note', folder: 'Syriac', tags: ['Weekly'] });
    const d = await makeNote(core, { title: 'd note' });
    await saveNote(core, a, says('touched last'));
    const list = async (input: Record<string, unknown>) => valueOf(await core.dispatch('notes.list', input)) as Page<NoteSummary>;
    expect((await list({})).items.map((n) => n.id)).toEqual([a.id, d.id, c.id, b.id]);
    expect((await list({ sort: 'title' })).items.map((n) => n.title)).toEqual(['A note', 'b note', 'c note', 'd note']);
    const page = await list({ sort: 'title', offset: 1, limit: 2 });
    expect(page).toMatchObject({ total: 4, offset: 1, limit: 2 });
    expect(page.items.map((n) => n.title)).toEqual(['b note', 'c note']);
    expect((await list({ folder: 'Syria', sort: 'title' })).items.map((n) => n.id)).toEqual([b.id, a.id]);
    expect((await list({ folder: '' })).items.map((n) => n.id)).toEqual([d.id]);
    expect((await list({ tag: 'WEEKLY', sort: 'title' })).items.map((n) => n.id)).toEqual([a.id, c.id]);
    expect((await list({ tag: 'weekly', folder: 'Syria' })).total).toBe(1);
  });
});
