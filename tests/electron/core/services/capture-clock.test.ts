import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClippingSummary, Page } from '../../../../shared/domain';
import { openTempCore, storedClipping, valueOf } from '../../../helpers/temp-library';

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
