// The switcher's shortlist keeps what plain Fuse.js over every item ranks first: an exact title
// among more than a thousand newer titles sharing its words, typos, a card by alias, and it follows
// writes (new, renamed, trashed and restored items) without reopening the library, and an index
// brought up to date by puts and removals ranks as one built afresh. The index holds its items as
// columns and its postings as varints: what it hands back is each item as it was put, found by
// trigrams in any script however far apart their items are.
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { SWITCHER_FUSE_OPTIONS, type SwitcherCandidate } from '../../../../shared/search/switcher-fuse';
import type { SwitcherItem } from '../../../../shared/search/types';
import { buildSwitcherIndex } from '../../../../electron/core/search/switcher-index';
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
    const words = ['ceasefire', 'talks', 'siege', 'raqqa', 'mosul', 'border', 'aid', 'convoy', 'dam', 'tabqa', 'oil', 'geneva', 'الرقة', 'Du’a'];
    const kinds = ['clipping', 'card', 'note', 'event'] as const;
    const item = (index: number, title: string): SwitcherCandidate => ({
      kind: kinds[index % kinds.length]!,
      id: `i${index}`,
      title,
      aliases: index % 4 === 1 ? `${words[index % words.length]} · Abu ${index}` : '',
      detail: `outlet ${index % 7}`,
    });
    const titleOf = () => Array.from({ length: 1 + Math.floor(random() * 5) }, () => words[Math.floor(random() * words.length)]!).join(' ');
    const final = Array.from({ length: 1_800 }, (_, index) => item(index, titleOf()));
    // Built from the first half with other titles, then brought to `final` by puts and removals.
    const changed = buildSwitcherIndex(final.slice(0, 1_500).map((entry) => item(Number(entry.id.slice(1)), titleOf())));
    for (const entry of final.slice(0, 1_800)) expect(changed.put(entry)).toBe(true);
    for (const entry of final.slice(1_700, 1_800)) changed.remove(entry.kind, entry.id);
    const fresh = buildSwitcherIndex(final.filter((_, index) => index < 1_700));
    expect(changed.size).toBe(fresh.size);
    for (const query of ['ceasefire talks', 'seige', 'mo', 'tabqa dam', 'border aid convoy', 'oil geneva', 'الرق', 'du’a abu 1', 'abu 13'])
      expect({ query, found: changed.shortlist(query, 60) }).toEqual({ query, found: fresh.shortlist(query, 60) });
    // Candidates carry every field as it was put.
    expect(changed.shortlist('abu 1 ', 60)).toContainEqual(final[1]);
  });

  it('holds one item per kind and id, and a restored item takes its old place in the list', () => {
    const item = (kind: SwitcherCandidate['kind'], id: string, title: string): SwitcherCandidate => ({ kind, id, title, aliases: '', detail: kind });
    const index = buildSwitcherIndex([item('clipping', 'a', 'Siege of Raqqa'), item('card', 'a', 'Raqqa'), item('clipping', 'b', 'Siege of Raqqa')]);
    expect([index.size, index.count('clipping'), index.count('card'), index.count('note')]).toEqual([3, 2, 1, 0]);
    expect([index.has('clipping', 'a'), index.has('card', 'a'), index.has('note', 'a')]).toEqual([true, true, false]);
    expect([index.title('card', 'a'), index.title('clipping', 'b'), index.title('note', 'a')]).toEqual(['Raqqa', 'Siege of Raqqa', undefined]);
    expect([...index.ids('clipping')].sort()).toEqual(['a', 'b']);
    const order = () => index.shortlist('siege of raqqa', 60).map((entry) => `${entry.kind}:${entry.id}`);
    expect(order()).toEqual(['clipping:a', 'clipping:b']);
    // Removed, then put again: back at its place before b, which Fuse breaks ties by; a new item goes last.
    index.remove('clipping', 'a');
    index.remove('clipping', 'missing');
    expect([index.size, index.has('clipping', 'a'), index.has('card', 'a')]).toEqual([2, false, true]);
    expect(order()).toEqual(['clipping:b']);
    expect(index.put(item('note', 'c', 'Siege of Raqqa'))).toBe(true);
    expect(index.put(item('clipping', 'a', 'Siege of Raqqa'))).toBe(true);
    expect(order()).toEqual(['clipping:a', 'clipping:b', 'note:c']);
    // Put again without a removal: replaced, not doubled.
    expect(index.put(item('clipping', 'b', 'Fall of Mosul'))).toBe(true);
    expect([index.size, index.title('clipping', 'b')]).toEqual([4, 'Fall of Mosul']);
    expect(order()).toEqual(['clipping:a', 'note:c']);
    expect(index.shortlist('mosul', 60)).toEqual([item('clipping', 'b', 'Fall of Mosul')]);
    // The spare room (2,000 items for a small index; each put takes one, three so far) ends, and the switcher builds again.
    for (let at = 0; at < 2_000 - 3; at++) expect(index.put(item('event', `e${at}`, 'Event'))).toBe(true);
    expect(index.put(item('event', 'one more', 'Event'))).toBe(false);
  });

  it('finds rare trigrams far apart in a long list, in any script, as plain Fuse.js ranks them', () => {
    const random = seededRandom(5);
    const syllables = ['al', 'ra', 'qa', 'mo', 'sul', 'der', 'bor', 'ga', 'ز', 'ق', 'ра', 'ка', 'é', 'ü'];
    const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]!).join('');
    const items: SwitcherCandidate[] = Array.from({ length: 20_000 }, (_, index) => ({
      kind: 'clipping',
      id: `c${index}`,
      title: Array.from({ length: 2 + Math.floor(random() * 6) }, word).join(' '),
      aliases: '',
      detail: '',
    }));
    // Gaps between their items of under 128, under 16,384 and more: one, two and three bytes a gap.
    for (const at of [0, 100, 2_000, 19_999]) items[at]!.title = `Zawahiri in ${items[at]!.title}`;
    for (const at of [7, 9_000]) items[at]!.title = `Ржевский ${items[at]!.title}`;
    const index = buildSwitcherIndex(items);
    const fuse = new Fuse(items, { ...SWITCHER_FUSE_OPTIONS, includeScore: true });
    for (const query of ['zawahiri', 'zawahri', 'ржевский', 'ржевкий', 'bor ga', 'قز', 'raqa mosul']) {
      const scores = new Map(fuse.search(query).map((hit) => [hit.item.id, hit.score!]));
      const tenth = [...scores.values()].slice(0, 10).pop()!;
      const better = [...scores].filter(([, score]) => score < tenth).map(([id]) => id);
      const found = new Fuse(index.shortlist(query, 60), SWITCHER_FUSE_OPTIONS).search(query, { limit: 10 }).map((hit) => hit.item.id);
      expect({ query, length: found.length }).toEqual({ query, length: Math.min(10, scores.size) });
      expect({ query, found }).toEqual({ query, found: expect.arrayContaining(better) });
      expect({ query, worse: found.filter((id) => !(scores.get(id)! <= tenth)) }).toEqual({ query, worse: [] });
    }
    expect(index.shortlist('zawahiri', 60).map((entry) => entry.id)).toEqual(['c0', 'c100', 'c2000', 'c19999']);
    expect(index.shortlist('ржевский', 60).map((entry) => entry.id)).toEqual(['c7', 'c9000']);
  });
});
