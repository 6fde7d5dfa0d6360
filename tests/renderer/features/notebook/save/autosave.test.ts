import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NoteSaved } from '../../../../../shared/domain';
import type { ApiResult } from '../../../../../shared/errors';
import { NoteAutosaver, type NoteDraft, type SaveStatus } from '../../../../../renderer/src/features/notebook/save/autosave';

function note(revision: number): NoteSaved {
  return { revision, updatedAt: '' };
}

/** A save the test answers by hand, so the order of events is explicit. */
function harness(revision = 3) {
  const calls: Array<NoteDraft & { revision: number; answer: (r: ApiResult<NoteSaved>) => void }> = [];
  const statuses: SaveStatus['kind'][] = [];
  let title = 'first';
  const saver = new NoteAutosaver({
    revision,
    read: () => ({ title, content: { root: { type: 'root' as const, children: [] } } }),
    save: (draft) => new Promise((answer) => calls.push({ ...draft, answer })),
    onStatus: (s) => statuses.push(s.kind),
    delayMs: 600,
    retryMs: 3000,
  });
  return { saver, calls, statuses, setTitle: (t: string) => (title = t) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('NoteAutosaver', () => {
  it('saves once after the last of quick changes, with the revision it read, and the answer becomes the next base', async () => {
    const { saver, calls, statuses } = harness(3);
    saver.changed();
    await vi.advanceTimersByTimeAsync(400);
    saver.changed();
    await vi.advanceTimersByTimeAsync(599);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.revision).toBe(3);
    calls[0]!.answer({ ok: true, value: note(4) });
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.revision).toBe(4);
    expect(saver.hasUnsavedChanges).toBe(false);
    // Told once per change of status: the second keystroke re-renders nothing.
    expect(statuses).toEqual(['pending', 'saving', 'saved']);

    saver.changed();
    await vi.advanceTimersByTimeAsync(600);
    expect(calls[1]!.revision).toBe(4);
  });

  it('never runs two saves at once: a change during a save is saved after it, on the new base', async () => {
    const { saver, calls, setTitle } = harness(1);
    saver.changed();
    await vi.advanceTimersByTimeAsync(600);
    setTitle('second');
    saver.changed();
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toHaveLength(1);
    calls[0]!.answer({ ok: true, value: note(2) });
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({ revision: 2, title: 'second' });
  });

  it('flush saves at once, after waiting for a save under way', async () => {
    const { saver, calls } = harness(1);
    saver.changed();
    const flushed = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    calls[0]!.answer({ ok: true, value: note(2) });
    await flushed;
    expect(saver.hasUnsavedChanges).toBe(false);
    // Nothing to store: no request.
    await saver.flush();
    expect(calls).toHaveLength(1);
  });

  it('stops on a conflict and keeps the changes as unsaved; later changes send nothing', async () => {
    const { saver, calls, statuses } = harness(5);
    saver.changed();
    await vi.advanceTimersByTimeAsync(600);
    calls[0]!.answer({ ok: false, error: { code: 'conflict', message: 'Saved elsewhere since.' } });
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.inConflict).toBe(true);
    expect(saver.hasUnsavedChanges).toBe(true);
    expect(statuses.at(-1)).toBe('conflict');
    saver.changed();
    await saver.flush();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(1);
    expect(saver.revision).toBe(5);
  });

  it('after another error says so and tries again later', async () => {
    const { saver, calls, statuses } = harness(1);
    saver.changed();
    await vi.advanceTimersByTimeAsync(600);
    calls[0]!.answer({ ok: false, error: { code: 'internal', message: 'The notebook is not answering.' } });
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toBe('error');
    expect(saver.hasUnsavedChanges).toBe(true);
    await vi.advanceTimersByTimeAsync(3000);
    expect(calls).toHaveLength(2);
    calls[1]!.answer({ ok: true, value: note(2) });
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toBe('saved');
  });
});

describe('NoteAutosaver.discard', () => {
  it('drops pending changes and saves nothing more', async () => {
    const { saver, calls } = harness(1);
    saver.changed();
    saver.discard();
    await vi.advanceTimersByTimeAsync(5000);
    await saver.flush();
    saver.changed();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(0);
  });
});

describe('NoteAutosaver refusals', () => {
  it('does not retry what the core refused (too large, deleted): the next change tries again', async () => {
    const { saver, calls, statuses } = harness(1);
    saver.changed();
    await vi.advanceTimersByTimeAsync(600);
    calls[0]!.answer({ ok: false, error: { code: 'too_large', message: 'This note is 17 MB.' } });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(1);
    expect(statuses.at(-1)).toBe('error');
    saver.changed();
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toHaveLength(2);
  });
});
