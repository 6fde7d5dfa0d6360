// @vitest-environment jsdom
// The card list pages through entities.list, and while there is a query shows entities.find's matches
// (of the chosen type) once typing pauses, keeping the rows shown until they arrive.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { EntitySummary, EntityType } from '../../../../shared/domain';
import { installFakeCore, type PendingCall } from '../../api/fake-core';
import { during, renderHook, settle } from '../../api/render-hook';

let calls: PendingCall[];
let useEntityList: typeof import('../../../../renderer/src/features/entities/useEntityList').useEntityList;

beforeAll(async () => {
  calls = installFakeCore();
  ({ useEntityList } = await import('../../../../renderer/src/features/entities/useEntityList'));
});

const card = (i: number, type: EntityType = 'person'): EntitySummary => ({
  id: `e${i}`,
  name: `Card ${i}`,
  type,
  otherLabel: null,
  aliases: [],
  description: null,
  passageCount: 0,
  mentionCount: 0,
});

describe('useEntityList', () => {
  it('pages the cards by type, then shows the matches of a query', async () => {
    calls.length = 0;
    type Props = { query: string; type: EntityType | null };
    const hook = await renderHook((p: Props) => useEntityList(p.query, p.type, 0), { query: '', type: 'person' });
    expect(calls.map((c) => [c.method, c.input])).toEqual([
      ['entities.list', { offset: 0, limit: 1 }],
      ['entities.list', { offset: 0, limit: 200, type: 'person' }],
    ]);
    calls[0]!.answer({ ok: true, value: { items: [card(0)], total: 450, offset: 0, limit: 1 } });
    calls[1]!.answer({ ok: true, value: { items: Array.from({ length: 200 }, (_, i) => card(i)), total: 300, offset: 0, limit: 200 } });
    await settle();
    expect(hook.current()).toMatchObject({ total: 300, libraryTotal: 450, loading: false });
    await during(() => hook.current().loadMore());
    expect(calls[2]!.input).toEqual({ offset: 200, limit: 200, type: 'person' });
    calls[2]!.answer({ ok: true, value: { items: Array.from({ length: 100 }, (_, i) => card(200 + i)), total: 300, offset: 200, limit: 200 } });
    await settle();
    expect(hook.current().items).toHaveLength(300);

    await hook.rerender({ query: 'zaw', type: 'person' });
    // Until the matches arrive, the list stays.
    expect(hook.current()).toMatchObject({ loading: true });
    expect(hook.current().items).toHaveLength(300);
    // Asked once typing pauses.
    await vi.waitFor(() => expect(calls).toHaveLength(4));
    expect(calls[3]).toMatchObject({ method: 'entities.find', input: { query: 'zaw', limit: 100 } });
    calls[3]!.answer({ ok: true, value: [card(1), card(2, 'place')] });
    await settle();
    expect(hook.current()).toMatchObject({ total: 1, loading: false });
    expect(hook.current().items.map((e) => e.id)).toEqual(['e1']);
    hook.unmount();
  });
});
