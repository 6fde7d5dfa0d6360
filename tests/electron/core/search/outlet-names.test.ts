// outlet: matches a part of an outlet's name, case ignored, as it did with LIKE: now through the
// library's outlet names (read by skipping along the outlet index), kept until the library changes.
import { describe, expect, it } from 'vitest';
import type { SearchResults } from '../../../../shared/search/types';
import { openTempCore, callCore as call } from '../../../helpers/temp-library';

type TempCore = ReturnType<typeof openTempCore>;

async function clip(core: TempCore, title: string, outlet: string | null): Promise<string> {
  const id = (await call<{ clipping: { id: string } }>(core, 'clippings.create', { title, text: `${title}: shelling in the north.` })).clipping.id;
  if (outlet !== null) await call(core, 'clippings.update', { id, patch: { outlet } });
  return id;
}

const ids = async (core: TempCore, query: string) =>
  (await call<SearchResults>(core, 'search.query', { query, kind: 'clipping' })).hits.map((hit) => hit.id).sort();

describe('outlet: through the outlet names', () => {
  it('matches any part of a name in any case, both spellings of one name, and a name added later', async () => {
    const core = openTempCore();
    const reuters = await clip(core, 'One', 'Reuters');
    const shouting = await clip(core, 'Two', 'REUTERS');
    const news = await clip(core, 'Three', 'BBC News');
    const arabic = await clip(core, 'Four', 'BBC Arabic');
    await clip(core, 'Five', null);
    expect(await ids(core, 'shelling outlet:reuters')).toEqual([reuters, shouting].sort());
    expect(await ids(core, 'outlet:bbc')).toEqual([news, arabic].sort());
    expect(await ids(core, 'shelling outlet:"c ara"')).toEqual([arabic]);
    expect(await ids(core, 'shelling outlet:nowhere')).toEqual([]);
    const added = await clip(core, 'Six', 'Bbc Persian');
    expect(await ids(core, 'shelling outlet:BBC')).toEqual([news, arabic, added].sort());
  });
});
