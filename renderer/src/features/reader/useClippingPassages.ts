import type { Passage } from '../../../../shared/domain';
import type { ApiResult } from '../../../../shared/errors';
import { api } from '../../api/client';
import { useLoad } from '../../api/useCall';

const PAGE = 500;

/** Every passage of a clipping, in text order (orphaned ones last), reloaded on demand. */
export function useClippingPassages(clippingId: string) {
  const { value, error, reload } = useLoad(clippingId, () => allPassages(clippingId), { failure: 'The passages could not be loaded' });
  return { passages: value, error, reload };
}

async function allPassages(clippingId: string): Promise<ApiResult<Passage[]>> {
  const all: Passage[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const result = await api.call('passages.list', { clippingId, offset, limit: PAGE });
    if (!result.ok) return result;
    all.push(...result.value.items);
    if (all.length >= result.value.total || result.value.items.length === 0) break;
  }
  return { ok: true, value: all.sort(inTextOrder) };
}

function inTextOrder(a: Passage, b: Passage): number {
  return (a.start ?? Number.MAX_SAFE_INTEGER) - (b.start ?? Number.MAX_SAFE_INTEGER) || a.createdAt.localeCompare(b.createdAt);
}
