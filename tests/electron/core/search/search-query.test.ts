// search.query over a small library: ranking tiers, transliterated names, Arabic script, filters,
// counts and paging, snippets with highlights, match offsets into the item's own text.
import { describe, expect, it } from 'vitest';
import type { SearchResults } from '../../../../shared/search/types';
import { openTempCore, callCore as call } from '../../../helpers/temp-library';
import { makeNote, saveNote, says } from '../notes/note-fixtures';

type TempCore = ReturnType<typeof openTempCore>;

const search = (core: TempCore, query: string, extra: Record<string, unknown> = {}) => call<SearchResults>(core, 'search.query', { query, ...extra });

async function clip(core: TempCore, title: string, text: string, patch: Record<string, unknown> = {}): Promise<string> {
  const id = (await call<{ clipping: { id: string } }>(core, 'clippings.create', { title, text })).clipping.id;
  if (Object.keys(patch).length > 0) await call(core, 'clippings.update', { id, patch });
  return id;
}

describe('search.query', () => {
  it('puts items with every word first, then those with some, and reports counts per kind', async () => {
    const core = openTempCore();
    const some = await clip(core, 'River report', 'The convoy convoy convoy waited by the river.');
    const every = await clip(core, 'Border report', 'A convoy crossed the border near the bridge.');
    const results = await search(core, 'convoy border bridge');
    expect(results.hits.map((hit) => hit.id)).toEqual([every, some]);
    expect(results.hits[0]!.score).toBeGreaterThan(results.hits[1]!.score);
    expect(results.counts).toEqual({ clipping: 2, passage: 0, note: 0, card: 0, event: 0 });
    expect(results.terms).toEqual(['convoy', 'border', 'bridge']);
  });

  it('counts matches of every kind, and only the kind asked for', async () => {
    const core = openTempCore();
    await clip(core, 'Front line', 'Fighting resumed near Tikrit overnight.');
    const place = await call<{ id: string }>(core, 'entities.create', { type: 'place', name: 'Tikrit' });
    await call(core, 'events.create', { title: 'Fighting resumes', placeId: place.id });
    const note = await makeNote(core as never, { title: 'Salahuddin' });
    await saveNote(core as never, note, says('Tikrit changed hands twice.'));
    expect((await search(core, 'tikrit')).counts).toEqual({ clipping: 1, passage: 0, note: 1, card: 1, event: 1 });
    expect((await search(core, 'tikrit', { kind: 'event' })).counts).toEqual({ clipping: 0, passage: 0, note: 0, card: 0, event: 1 });
    expect((await search(core, 'tikrit fighting')).counts).toEqual({ clipping: 1, passage: 0, note: 1, card: 1, event: 1 });
  });

  it('finds stemmed words, highlights them in the snippet and gives the match offsets in the text', async () => {
    const core = openTempCore();
    const text = 'Opening line.\nLater the envoys were negotiating a ceasefire in Mosul.';
    await clip(core, 'Talks', text);
    const [hit] = (await search(core, 'negotiate')).hits;
    expect(hit!.snippet.slice(hit!.highlights[0]![0], hit!.highlights[0]![1])).toBe('negotiating');
    expect(text.slice(hit!.match!.start, hit!.match!.end)).toBe('negotiating');
    expect(hit!.snippet).not.toContain('\n');
  });

  it('gives the same snippets and match offsets when a long question fetches its best rows in one pass', async () => {
    const core = openTempCore();
    const text = 'Opening line.\nLater the envoys were negotiating a ceasefire in Mosul.';
    await clip(core, 'Talks', text);
    await clip(core, 'Other', 'Nothing of note happened on the road to Erbil.');
    // Eleven words: more than the lookup budget allows seeking row by row, so the range is read.
    const [hit] = (await search(core, 'negotiate ceasefire envoys mosul talks truce armistice parley mediators delegation accord')).hits;
    expect(hit!.title).toBe('Talks');
    expect(hit!.snippet.slice(hit!.highlights[0]![0], hit!.highlights[0]![1])).toBe('envoys');
    expect(text.slice(hit!.match!.start, hit!.match!.end)).toBe('envoys');
  });

  it('meets transliterations of names: al-Zawahiri finds Zawahri, Jolani finds al-Julani', async () => {
    const core = openTempCore();
    const zawahri = await clip(core, 'Zawahri message released', 'A new recording appeared.');
    const card = await call<{ id: string }>(core, 'entities.create', { type: 'person', name: 'Abu Mohammad al-Julani', aliases: ['Ahmed al-Sharaa'] });
    expect((await search(core, 'al-Zawahiri')).hits.map((hit) => hit.id)).toEqual([zawahri]);
    const jolani = await search(core, 'Jolani');
    expect(jolani.hits.map((hit) => [hit.kind, hit.id])).toEqual([['card', card.id]]);
    const sharaa = await search(core, 'Sharaa');
    expect(sharaa.hits.map((hit) => hit.id)).toEqual([card.id]);
    expect(sharaa.hits[0]!.snippet).toContain('Ahmed al-Sharaa');
  });

  it('finds a phrase in the text columns only, never among the transliteration keys', async () => {
    const core = openTempCore();
    const card = await call<{ id: string }>(core, 'entities.create', { type: 'person', name: 'Ayman al-Zawahiri' });
    // The card's keys are "mn l zwhr": a phrase of those skeletons is not something its text says.
    expect((await search(core, '"l zwhr"')).hits).toEqual([]);
    expect((await search(core, '"ayman al zawahiri"')).hits.map((hit) => hit.id)).toEqual([card.id]);
    expect((await search(core, '"al zawahiri"')).hits.map((hit) => hit.id)).toEqual([card.id]);
  });

  it('searches Arabic script beside Latin transliterations', async () => {
    const core = openTempCore();
    const id = await clip(core, 'بيان', 'نشر أيمن الظواهري تسجيلا جديدا (Ayman al-Zawahiri).');
    expect((await search(core, 'الظواهري')).hits.map((hit) => hit.id)).toEqual([id]);
    expect((await search(core, 'Zawahiri')).hits.map((hit) => hit.id)).toEqual([id]);
  });

  it('filters by outlet, grade, published dates, tag and kind', async () => {
    const core = openTempCore();
    const reuters = await clip(core, 'Shelling one', 'Shelling in the north.', {
      outlet: 'Reuters',
      publishedAt: '2013-05-02',
      reliability: 'B',
      credibility: 2,
    });
    const bbc = await clip(core, 'Shelling two', 'Shelling in the south.', { outlet: 'BBC News', publishedAt: '2014-08-01', reliability: 'C', credibility: 3 });
    await call(core, 'clippings.tag', { ids: [bbc], add: ['syria'] });
    const note = await makeNote(core as never, { title: 'Shelling notes' });
    await saveNote(core as never, note, says('Shelling reported twice.'));
    const ids = async (query: string) => (await search(core, query)).hits.map((hit) => hit.id).sort();
    expect(await ids('shelling outlet:reuters')).toEqual([reuters]);
    expect(await ids('shelling grade:B2')).toEqual([reuters]);
    expect(await ids('shelling grade:3')).toEqual([bbc]);
    expect(await ids('shelling after:2014')).toEqual([bbc]);
    expect(await ids('shelling before:2014-07')).toEqual([reuters]);
    expect(await ids('shelling tag:syria')).toEqual([bbc]);
    expect(await ids('shelling kind:note')).toEqual([note.id]);
    expect((await ids('shelling')).length).toBe(3);
    expect((await search(core, 'shelling', { kind: 'clipping' })).counts).toEqual({ clipping: 2, passage: 0, note: 0, card: 0, event: 0 });
    expect(await ids('outlet:bbc')).toEqual([bbc]);
  });

  it('entity: keeps clippings linked to the card or naming it by any alias', async () => {
    const core = openTempCore();
    const card = await call<{ id: string }>(core, 'entities.create', { type: 'person', name: 'Abu Bakr al-Baghdadi', aliases: ['Ibrahim Awad'] });
    const byAlias = await clip(core, 'Sermon', 'Ibrahim Awad spoke in Mosul about the offensive.');
    const linked = await clip(core, 'Offensive', 'The leader, unnamed here, ordered the offensive.');
    await clip(core, 'Other', 'The offensive stalled.');
    const passage = await call<{ id: string }>(core, 'passages.create', { clippingId: linked, start: 4, end: 10 });
    await call(core, 'passages.link', { passageId: passage.id, entityId: card.id });
    const found = await search(core, 'offensive entity:"Abu Bakr al-Baghdadi"', { kind: 'clipping' });
    expect(found.hits.map((hit) => hit.id).sort()).toEqual([byAlias, linked].sort());
  });

  it('pages with offset and limit, the pages joining up to the whole list', async () => {
    const core = openTempCore();
    for (let index = 0; index < 7; index++) await clip(core, `Report ${index}`, `Convoy ${'seen '.repeat(index)}today.`);
    const whole = (await search(core, 'convoy', { limit: 7 })).hits.map((hit) => hit.id);
    const first = (await search(core, 'convoy', { limit: 3 })).hits.map((hit) => hit.id);
    const second = (await search(core, 'convoy', { offset: 3, limit: 4 })).hits.map((hit) => hit.id);
    expect([...first, ...second]).toEqual(whole);
    expect(new Set(whole).size).toBe(7);
  });

  it('reads anything typed without failing: operators, unbalanced quotes, emoji, 10,000 characters', async () => {
    const core = openTempCore();
    await clip(core, 'Near the border', 'NEAR the border, a "quoted" word and an emoji 🚀 appear.');
    const nasty = [
      'NEAR(',
      'NEAR(border',
      '"unclosed',
      'border"',
      '*',
      '-',
      '-border',
      'OR',
      'AND NOT',
      '^border',
      'border*',
      '🚀',
      '{title}: x',
      'title:border',
      'a"b"c',
      '""',
      '(',
      ')',
      'x'.repeat(10_000),
      '\u0000',
      'kind:',
      'grade:Z9',
      'after:soon',
      'entity:',
    ];
    let seed = 7;
    const randomChar = () => String.fromCharCode(((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 200) + 32);
    for (let index = 0; index < 40; index++) nasty.push(Array.from({ length: 30 }, randomChar).join(''));
    for (const query of nasty) {
      const result = await core.dispatch('search.query', { query } as never);
      expect(result.ok, `query ${JSON.stringify(query.slice(0, 40))}`).toBe(true);
    }
    expect((await search(core, 'NEAR(border')).hits).toHaveLength(1);
    expect((await search(core, '"unclosed')).hints.length).toBeGreaterThan(0);
  });
});
