// search.switcher: fuzzy titles, card names and aliases, notes and events — typos included — and
// recently changed items for an empty box.
import { describe, expect, it } from 'vitest';
import type { SwitcherItem } from '../../../../shared/search/types';
import { openTempCore, callCore as call } from '../../../helpers/temp-library';
import { makeNote } from '../notes/note-fixtures';

type TempCore = ReturnType<typeof openTempCore>;

const switcher = (core: TempCore, query: string) => call<SwitcherItem[]>(core, 'search.switcher', { query, limit: 10 });

async function library(core: TempCore) {
  const baghdadi = await call<{ id: string }>(core, 'entities.create', { type: 'person', name: 'Abu Bakr al-Baghdadi', aliases: ['Ibrahim Awad al-Badri'] });
  const zawahiri = await call<{ id: string }>(core, 'entities.create', { type: 'person', name: 'Ayman al-Zawahiri' });
  const clipping = (await call<{ clipping: { id: string } }>(core, 'clippings.create', { title: 'Ceasefire talks in Geneva', text: 'Talks began.' })).clipping
    .id;
  const note = await makeNote(core as never, { title: 'Weekly brief on Mosul' });
  const event = await call<{ id: string }>(core, 'events.create', { title: 'Fall of Mosul' });
  for (let index = 0; index < 60; index++)
    await call(core, 'clippings.create', {
      title: `Daily digest ${index} of regional news`,
      text: `Filler number ${index} about the ${index % 2 ? 'north' : 'south'}.`,
    });
  return { baghdadi: baghdadi.id, zawahiri: zawahiri.id, clipping, note: note.id, event: event.id };
}

describe('search.switcher', () => {
  it('finds cards by name, alias and misspelling, and titles of every kind', async () => {
    const core = openTempCore();
    const ids = await library(core);
    expect((await switcher(core, 'baghdadi'))[0]).toMatchObject({ kind: 'card', id: ids.baghdadi });
    expect((await switcher(core, 'Bagdadi'))[0]).toMatchObject({ kind: 'card', id: ids.baghdadi });
    expect((await switcher(core, 'Zawahri'))[0]).toMatchObject({ kind: 'card', id: ids.zawahiri });
    expect((await switcher(core, 'Badri'))[0]).toMatchObject({ kind: 'card', id: ids.baghdadi, detail: 'also Ibrahim Awad al-Badri' });
    expect((await switcher(core, 'ceasfire'))[0]).toMatchObject({ kind: 'clipping', id: ids.clipping });
    const mosul = await switcher(core, 'mosul');
    expect(mosul.map((item) => item.kind).sort()).toEqual(['event', 'note']);
    expect(await switcher(core, 'ge')).toEqual(expect.arrayContaining([expect.objectContaining({ id: ids.clipping })]));
  });

  it('lists recently changed items when the box is empty', async () => {
    const core = openTempCore();
    const ids = await library(core);
    await call(core, 'entities.update', { id: ids.zawahiri, patch: { description: 'Edited last.' } });
    const recent = await switcher(core, '');
    expect(recent).toHaveLength(10);
    expect(recent[0]).toMatchObject({ kind: 'card', id: ids.zawahiri });
  });
});
