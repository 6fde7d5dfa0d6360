// A prefix is searched as the index's words that start with it: every such word while they are
// few (stems that stemming again would change included), the most frequent ones with a hint when
// there are more, quotes and operators in them never reaching FTS5 as syntax.
import { describe, expect, it } from 'vitest';
import type { SearchResults } from '../../../../shared/search/types';
import { openTempCore, callCore as call } from '../../../helpers/temp-library';

type TempCore = ReturnType<typeof openTempCore>;

const search = (core: TempCore, query: string) => call<SearchResults>(core, 'search.query', { query, limit: 50 });
const clip = async (core: TempCore, title: string, text: string) =>
  (await call<{ clipping: { id: string } }>(core, 'clippings.create', { title, text })).clipping.id;

describe('prefix search', () => {
  it('finds every word that starts with the prefix, stems that stemming would change included', async () => {
    const core = openTempCore();
    const nursing = await clip(core, 'Field hospital', 'The nursing staff left the clinic.');
    const nurses = await clip(core, 'Aid', 'Two nurses were detained.');
    const nurseries = await clip(core, 'Farms', 'The tree nurseries burned.');
    await clip(core, 'Other', 'Nothing of the sort here.');
    const results = await search(core, 'nurs*');
    expect(results.hits.map((hit) => hit.id).sort()).toEqual([nursing, nurses, nurseries].sort());
    expect(results.hints).toEqual([]);
    expect((await search(core, 'hospital nurs*')).hits[0]!.id).toBe(nursing);
  });

  it('searches the most frequent words when a prefix starts too many, and says so', async () => {
    const core = openTempCore();
    // 80 made-up words starting "zq", each in one clipping; "zqcommon" in three more.
    const words = Array.from({ length: 80 }, (_, index) => `zq${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + Math.floor(index / 26))}x`);
    for (const word of words) await clip(core, `Note on ${word}`, `The word ${word} appears once.`);
    const common = await Promise.all(
      [1, 2, 3].map((index) => clip(core, `Common ${index}`, `Report ${index}: the zqcommon word appears here ${'again '.repeat(index)}today.`)),
    );
    const results = await search(core, 'zq*');
    expect(results.hits.map((hit) => hit.id)).toEqual(expect.arrayContaining(common));
    expect(results.hints).toEqual([expect.stringMatching(/^“zq\*” starts 81 or more words; the 8 found in the most items were searched/)]);
    expect((await search(core, 'zqba*')).hits).toHaveLength(1);
  });
});
