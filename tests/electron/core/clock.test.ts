// The core's one clock: library times never repeat or go back, and a test can give the core its own clock.
import { join } from 'node:path';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { ClippingSummary, Note, Page, Passage } from '../../../shared/domain';
import { libraryClock, type Clock } from '../../../electron/core/clock';
import { openCore } from '../../../electron/core/core';
import { makeTempDir, openTempCore, storedClipping, valueOf } from '../../helpers/temp-library';

describe('capture times', () => {
  afterEach(() => vi.useRealTimers());

  it('never repeat or go back, so clippings sort in the order they arrived', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00.000Z'));
    const core = openTempCore();
    const first = storedClipping(await core.dispatch('clippings.create', { text: 'One\n\nfirst arrival words here' }));
    const second = storedClipping(await core.dispatch('clippings.create', { text: 'Two\n\nsecond arrival other words' }));
    // The clock steps back a minute.
    vi.setSystemTime(new Date('2025-12-31T23:59:00.000Z'));
    const third = storedClipping(await core.dispatch('clippings.create', { text: 'Three\n\nthird arrival more words' }));
    const times = [first, second, third].map((c) => c.capturedAt);
    expect(times).toEqual(['2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.001Z', '2026-01-01T00:00:00.002Z']);
    const listed = valueOf(await core.dispatch('clippings.list', { sort: 'captured', direction: 'asc' })) as Page<ClippingSummary>;
    expect(listed.items.map((c) => c.title)).toEqual(['One', 'Two', 'Three']);
  });
});

describe('the library clock', () => {
  it('starts after the latest stored time, even when the system clock is behind it', () => {
    const clock = libraryClock(
      () => '2026-05-01T12:00:00.000Z',
      () => Date.parse('2026-04-30T00:00:00.000Z'),
    );
    expect([clock(), clock()]).toEqual(['2026-05-01T12:00:00.001Z', '2026-05-01T12:00:00.002Z']);
  });

  it('follows the system clock when it is ahead, and reads the stored time only once', () => {
    const latestStored = vi.fn(() => null);
    let now = Date.parse('2026-01-01T00:00:00.000Z');
    const clock = libraryClock(latestStored, () => now);
    expect(clock()).toBe('2026-01-01T00:00:00.000Z');
    now += 5_000;
    expect(clock()).toBe('2026-01-01T00:00:05.000Z');
    expect(clock()).toBe('2026-01-01T00:00:05.001Z');
    expect(latestStored).toHaveBeenCalledTimes(1);
  });

  it('keeps a library reopened after a step back of the system clock in order', async () => {
    const path = join(makeTempDir(), 'library.sqlite');
    const ahead = openCore(path, { clock: () => '2030-01-01T00:00:00.000Z' });
    storedClipping(await ahead.dispatch('clippings.create', { text: 'From the future\n\nwords of it' }));
    ahead.close();
    const reopened = openCore(path);
    onTestFinished(() => reopened.close());
    const later = storedClipping(await reopened.dispatch('clippings.create', { text: 'Written after\n\nother words' }));
    expect(later.capturedAt).toBe('2030-01-01T00:00:00.001Z');
  });
});

describe('a clock given to openCore', () => {
  it('dates every row the core writes', async () => {
    const ticks = ['2024-02-29T08:00:00.000Z', '2024-02-29T08:00:01.000Z', '2024-02-29T08:00:02.000Z', '2024-02-29T08:00:03.000Z'];
    const clock: Clock = () => ticks.shift() ?? 'no more ticks';
    const core = openCore(join(makeTempDir(), 'library.sqlite'), { clock, logError: () => {} });
    onTestFinished(() => core.close());
    const clipping = storedClipping(await core.dispatch('clippings.create', { text: 'Dated\n\nby the test clock' }));
    const passage = valueOf(await core.dispatch('passages.create', { clippingId: clipping.id, start: 0, end: 5 })) as Passage;
    const note = valueOf(await core.dispatch('notes.create', { title: 'Brief' })) as Note;
    await core.dispatch('clippings.trash', { ids: [clipping.id] });
    const trashed = valueOf(await core.dispatch('clippings.list', { trash: true })) as Page<ClippingSummary>;
    expect(clipping.capturedAt).toBe('2024-02-29T08:00:00.000Z');
    expect([passage.createdAt, passage.updatedAt]).toEqual(['2024-02-29T08:00:01.000Z', '2024-02-29T08:00:01.000Z']);
    expect([note.createdAt, note.updatedAt]).toEqual(['2024-02-29T08:00:02.000Z', '2024-02-29T08:00:02.000Z']);
    expect(trashed.items[0]!.trashedAt).toBe('2024-02-29T08:00:03.000Z');
  });
});
