import { describe, expect, it } from 'vitest';
import { MAX_NOTICES, noticeLifetimeMs, noticesIn, withNotice, type QueuedNotice } from '../../../renderer/src/app/noticeQueue';

const info = (id: number, place: QueuedNotice['place'] = 'library', message = `Message ${id}`): QueuedNotice => ({ id, kind: 'info', message, place });

describe('noticeQueue', () => {
  it('keeps the three latest: a fourth pushes out the oldest', () => {
    let queue: QueuedNotice[] = [];
    for (let id = 1; id <= 4; id++) queue = withNotice(queue, info(id));
    expect(MAX_NOTICES).toBe(3);
    expect(queue.map((notice) => notice.id)).toEqual([2, 3, 4]);
  });

  it('shows the same message once, as the latest, unless each offers its own Undo', () => {
    const queue = withNotice(withNotice([info(1, 'library', 'Saved.'), info(2)], info(3, 'library', 'Saved.')), info(4));
    expect(queue.map((notice) => notice.id)).toEqual([2, 3, 4]);
    const undo = (id: number): QueuedNotice => ({ ...info(id, 'library', 'Moved 1 clipping to the Trash.'), action: { label: 'Undo', run: () => {} } });
    expect(withNotice([undo(1)], undo(2)).map((notice) => notice.id)).toEqual([1, 2]);
  });

  it('shows a place its own messages and errors from anywhere', () => {
    const error: QueuedNotice = { id: 9, kind: 'error', message: 'The library could not be read.', place: 'timeline' };
    const queue = [info(1, 'library'), info(2, 'reader'), error];
    expect(noticesIn(queue, 'reader').map((notice) => notice.id)).toEqual([2, 9]);
  });

  it('gives a plain message a few seconds, one with Undo ten, and an error twenty', () => {
    expect(noticeLifetimeMs({ kind: 'info', message: 'Saved.' })).toBe(6_000);
    expect(noticeLifetimeMs({ kind: 'info', message: 'Deleted.', action: { label: 'Undo', run: () => {} } })).toBe(10_000);
    expect(noticeLifetimeMs({ kind: 'error', message: 'Failed.' })).toBe(20_000);
  });
});
