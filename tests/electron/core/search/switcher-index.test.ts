// The switcher's shortlist keeps what plain Fuse.js over every item ranks first: an exact title
// among more than a thousand newer titles sharing its words, typos, a card by alias, and it follows
// writes (new, renamed, trashed and restored items) without reopening the library, and an index
// brought up to date by puts and removals ranks as one built afresh.
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { SWITCHER_FUSE_OPTIONS, type SwitcherCandidate } from '../../../../shared/search/switcher-fuse';
import type { SwitcherItem } from '../../../../shared/search/types';
import { buildSwitcherIndex, type IndexedItem } from '../../../../electron/core/search/switcher-index';
import { seededRandom } from '../../../helpers/seeded-random';
import { openTempCore, callCore as call } from '../../../helpers/temp-library';

type TempCore = ReturnType<typeof openTempCore>;

const switcher = (core: TempCore, query: string) => call<SwitcherItem[]>(core, 'search.switcher', { query, limit: 10 });
const createClipping = async (core: TempCore, title: string) =>
  (await call<{ clipping: { id: string } }>(core, 'clippings.create', { title, text: `About ${title}.` })).clipping.id;

/** More than a thousand newer titles share "ceasefire": the old shortlist ranked only the newest thousand. */
const NEWER_TITLES = 1_100;
const PLACES = ['Geneva', 'Doha', 'Cairo', 'Vienna', 'Astana', 'Riyadh', 'Ankara', 'Sochi'];

describe('switcher shortlist', () => {
  it('ranks like plain Fuse.js over every item, old items and typos included', { timeout: 120_000 }, async () => {
    const core = openTempCore();
    const plain: Array<SwitcherCandidate & { key: string }> = [];
    const oldest = await createClipping(core, 'Ceasefire');
    plain.push({ kind: 'clipping', id: oldest, title: 'Ceasefire', aliases: '', detail: '', key: `clipping:${oldest}` });
    const card = await call<{ id: string }>(core, 'entities.create', { type: 'person', name: 'Abu Bakr al-Baghdadi', aliases: ['Ibrahim Awad al-Badri'] });
    plain.push({ kind: 'card', id: card.id, title: 'Abu Bakr al-Baghdadi', aliases: 'Ibrahim Awad al-Badri', detail: '', key: `card:${card.id}` });
    for (let index = 0; index < NEWER_TITLES; index++) {
      const title = `Ceasefire talks in ${PLACES[index % PLACES.length]} round ${index} with delegations from the region`;
      const id = await createClipping(core, title);
      plain.push({ kind: 'clipping', id, title, aliases: '', detail: '', key: `clipping:${id}` });
    }
    const fuse = new Fuse(plain, { ...SWITCHER_FUSE_OPTIONS, includeScore: true });

    expect((await switcher(core, 'Ceasefire'))[0]).toMatchObject({ kind: 'clipping', id: oldest });
    expect((await switcher(core, 'ceasfire'))[0]).toMatchObject({ kind: 'clipping', id: oldest });
    expect((await switcher(core, 'Bagdadi'))[0]).toMatchObject({ kind: 'card', id: card.id });
    expect((await switcher(core, 'Awad al-Badri'))[0]).toMatchObject({ kind: 'card', id: card.id, detail: 'also Ibrahim Awad al-Badri' });
    // Fuse.js breaks ties by list order, which is the database's: any item scored as well as plain
    // Fuse's tenth is as good a tenth, but everything scored better must be there.
    for (const query of ['Ceasefire', 'ceasfire', 'talks in Doha', 'round 17 with', 'Cairo rond 3', 'Bagdadi']) {
      const scores = new Map(fuse.search(query).map((hit) => [hit.item.key, hit.score!]));
      const tenth = [...scores.values()].slice(0, 10).pop()!;
      const better = [...scores].filter(([, score]) => score < tenth).map(([key]) => key);
      const found = (await switcher(core, query)).map((item) => `${item.kind}:${item.id}`);
      expect({ query, length: found.length }).toEqual({ query, length: Math.min(10, scores.size) });
      expect({ query, found }).toEqual({ query, found: expect.arrayContaining(better) });
      expect({ query, worse: found.filter((key) => !(scores.get(key)! <= tenth)) }).toEqual({ query, worse: [] });
    }
  });

  it('finds new and renamed items and drops trashed ones on the next query', async () => {
    const core = openTempCore();
    const card = await call<{ id: string }>(core, 'entities.create', { type: 'person', name: 'Ayman al-Zawahiri' });
    expect((await switcher(core, 'Zawahri'))[0]).toMatchObject({ kind: 'card', id: card.id });
    const clipping = await createClipping(core, 'Offensive on Raqqa begins');
    expect((await switcher(core, 'raqqa'))[0]).toMatchObject({ kind: 'clipping', id: clipping });
    await call(core, 'clippings.update', { id: clipping, patch: { title: 'Siege of Tabqa dam' } });
    expect((await switcher(core, 'raqqa')).map((item) => item.id)).not.toContain(clipping);
    expect((await switcher(core, 'Tabqa'))[0]).toMatchObject({ kind: 'clipping', id: clipping });
    await call(core, 'entities.update', { id: card.id, patch: { aliases: ['Abu Muhammad'] } });
    expect((await switcher(core, 'Abu Muhammad'))[0]).toMatchObject({ kind: 'card', id: card.id, detail: 'also Abu Muhammad' });
    await call(core, 'clippings.trash', { ids: [clipping] });
    expect((await switcher(core, 'Tabqa')).map((item) => item.id)).not.toContain(clipping);
    await call(core, 'clippings.restore', { ids: [clipping] });
    expect((await switcher(core, 'Tabqa'))[0]).toMatchObject({ kind: 'clipping', id: clipping });
    const imported = await createClipping(core, 'Battle for Deir ez-Zor');
    expect((await switcher(core, 'Deir ez-Zor'))[0]).toMatchObject({ kind: 'clipping', id: imported });
  });

  it('gives after puts and removals the shortlist a fresh build of the same items gives', () => {
    const random = seededRandom(99);
    const words = ['ceasefire', 'talks', 'siege', 'raqqa', 'mosul', 'border', 'aid', 'convoy', 'dam', 'tabqa', 'oil', 'geneva'];
    const item = (index: number, title: string): IndexedItem => ({
      kind: 'clipping',
      id: `c${index}`,
      title,
      aliases: '',
      detail: '',
      key: `clipping:c${index}`,
    });
    const titleOf = () => Array.from({ length: 1 + Math.floor(random() * 5) }, () => words[Math.floor(random() * words.length)]!).join(' ');
    const final = Array.from({ length: 1_800 }, (_, index) => item(index, titleOf()));
    // Built from the first half with other titles, then brought to `final` by puts and removals.
    const changed = buildSwitcherIndex(final.slice(0, 1_500).map((entry) => item(Number(entry.id.slice(1)), titleOf())));
    for (const entry of final.slice(0, 1_800)) expect(changed.put(entry)).toBe(true);
    for (const entry of final.slice(1_700, 1_800)) changed.remove(entry.key);
    const fresh = buildSwitcherIndex(final.filter((_, index) => index < 1_700));
    expect(changed.size).toBe(fresh.size);
    for (const query of ['ceasefire talks', 'seige', 'mo', 'tabqa dam', 'border aid convoy', 'oil geneva'])
      expect({ query, keys: changed.shortlist(query, 60).map((entry) => entry.id) }).toEqual({
        query,
        keys: fresh.shortlist(query, 60).map((entry) => entry.id),
      });
  });
});
