// A note's history: the first save, at most one kept state a minute while typing (the state a save
// replaces, so the last state before a pause survives), the state before a restore, and the cap.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Note, NoteSnapshot, NoteSnapshotSummary } from '../../../../shared/domain';
import { MAX_SNAPSHOTS_PER_NOTE } from '../../../../electron/core/notes/history';
import { errorOf, openTempCore, valueOf } from '../../../helpers/temp-library';
import { makeNote, saveNote, says } from './note-fixtures';

const START = Date.parse('2026-03-01T09:00:00.000Z');
const at = (seconds: number) => vi.setSystemTime(START + seconds * 1000);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  at(0);
});
afterEach(() => {
  vi.useRealTimers();
});

type Core = ReturnType<typeof openTempCore>;

async function historyOf(core: Core, id: string): Promise<NoteSnapshotSummary[]> {
  return valueOf(await core.dispatch('notes.history', { id })) as NoteSnapshotSummary[];
}

/** Saves "v1", "v2" … at the given seconds; returns the note after the last save. */
async function typeAt(core: Core, note: Note, seconds: number[]): Promise<Note> {
  let current = note;
  for (const second of seconds) {
    at(second);
    current = await saveNote(core, current, says(`v${current.revision + 1}`));
  }
  return current;
}

describe('note history', () => {
  it('keeps the first save, then at most one state a minute, and the last state before a pause', async () => {
    const core = openTempCore();
    at(-5);
    const note = await makeNote(core, { title: 'Brief' });
    expect(await historyOf(core, note.id)).toEqual([]);

    // v1 at 0 s (first save), v2..v5 within the minute: only v1 is kept.
    let current = await typeAt(core, note, [0, 10, 20, 30, 59]);
    expect((await historyOf(core, note.id)).map((s) => s.revision)).toEqual([1]);

    // At 70 s the newest kept state is 70 s old: the save keeps the state it replaces (v5, saved at 59 s).
    current = await typeAt(core, current, [70, 80]);
    expect(await historyOf(core, note.id)).toEqual([
      { revision: 5, title: 'Brief', savedAt: new Date(START + 59_000).toISOString(), wordCount: 1 },
      { revision: 1, title: 'Brief', savedAt: new Date(START).toISOString(), wordCount: 1 },
    ]);

    // An hour later the analyst erases everything: v7, the state before the pause, is kept.
    at(3600);
    current = await saveNote(core, current, says(''));
    expect((await historyOf(core, note.id)).map((s) => s.revision)).toEqual([7, 5, 1]);
    const kept = valueOf(await core.dispatch('notes.snapshot', { id: note.id, revision: 7 })) as NoteSnapshot;
    expect(kept.content).toEqual(says('v7'));
    expect(current.revision).toBe(8);
  });

  it('restores a kept state as a new revision, keeping the state it replaces, with the same conflict check', async () => {
    const core = openTempCore();
    const note = await makeNote(core, { title: 'Brief' });
    let current = await typeAt(core, note, [0, 5, 10]);
    current = await saveNote(core, { ...current, title: 'Renamed' }, says('latest words here'));

    const stale = errorOf(await core.dispatch('notes.restore', { id: note.id, snapshotRevision: 1, revision: current.revision - 1 }));
    expect(stale.code).toBe('conflict');
    expect((valueOf(await core.dispatch('notes.get', { id: note.id })) as Note).content).toEqual(says('latest words here'));

    at(20);
    const restored = valueOf(await core.dispatch('notes.restore', { id: note.id, snapshotRevision: 1, revision: current.revision })) as Note;
    expect(restored).toMatchObject({ revision: current.revision + 1, title: 'Brief', content: says('v1') });
    const history = await historyOf(core, note.id);
    expect(history.map((s) => [s.revision, s.title, s.wordCount])).toEqual([
      [4, 'Renamed', 3],
      [1, 'Brief', 1],
    ]);
    // The restore can itself be undone.
    const undone = valueOf(await core.dispatch('notes.restore', { id: note.id, snapshotRevision: 4, revision: restored.revision })) as Note;
    expect(undone.content).toEqual(says('latest words here'));
    expect(errorOf(await core.dispatch('notes.restore', { id: note.id, snapshotRevision: 3, revision: undone.revision })).code).toBe('not_found');
  });

  it('keeps the content a note was created with (an import) as its first state', async () => {
    const core = openTempCore();
    const note = await makeNote(core, { title: 'Imported', content: says('from a file') });
    expect((await historyOf(core, note.id)).map((s) => s.revision)).toEqual([0]);
  });

  it(`thins a long history to ${MAX_SNAPSHOTS_PER_NOTE} states, keeping the oldest and the newest`, async () => {
    const core = openTempCore();
    const note = await makeNote(core);
    // Each save comes two minutes after the last, so each keeps the state before it.
    const seconds = Array.from({ length: MAX_SNAPSHOTS_PER_NOTE + 10 }, (_, i) => i * 120);
    await typeAt(core, note, seconds);
    const history = await historyOf(core, note.id);
    expect(history).toHaveLength(MAX_SNAPSHOTS_PER_NOTE);
    expect(history.at(-1)!.revision).toBe(1);
    expect(history[0]!.revision).toBe(MAX_SNAPSHOTS_PER_NOTE + 9);
  });
});

describe('one transaction per save', () => {
  it('leaves content, revision, history and links as they were when the link rewrite fails', async () => {
    const core = openTempCore();
    const note = await makeNote(core, { title: 'Brief' });
    // Revision 1 is kept (the first save); revision 2 would be kept by the next save, two minutes on.
    const saved = await saveNote(core, await saveNote(core, note, says('first')), says('kept'));
    at(120);
    // Another connection makes every insert into note_passages fail, after the content update ran.
    const other = new Database(`${core.dir}/library.sqlite`);
    other.exec("CREATE TRIGGER fail_links BEFORE INSERT ON note_passages BEGIN SELECT RAISE(ABORT, 'link table broken'); END;");
    other.close();
    const { citation, content, paragraph, text } = await import('./note-fixtures');
    const clipping = valueOf(await core.dispatch('clippings.create', { text: 'A quoted sentence.' })) as { clipping: { id: string } };
    const passage = valueOf(await core.dispatch('passages.create', { clippingId: clipping.clipping.id, start: 0, end: 8, color: 'yellow' })) as { id: string };

    const failed = await core.dispatch('notes.save', {
      id: note.id,
      revision: 2,
      title: 'Changed',
      content: content(paragraph(text('lost'), citation(passage.id))),
    });
    expect(errorOf(failed).code).toBe('internal');
    expect(valueOf(await core.dispatch('notes.get', { id: note.id }))).toEqual(saved);
    expect((await historyOf(core, note.id)).map((s) => s.revision)).toEqual([1]);
    expect(valueOf(await core.dispatch('notes.referencing', { passageId: passage.id }))).toEqual([]);
  });
});
