// After a write the switcher reads only what changed: each kind of change (rename, new clipping,
// trash, restore, new alias, merge, deleted note and event) comes back as exactly that item put
// again or removed, and nothing else.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createSwitcherItems, type SwitcherChanges } from '../../../../electron/core/search/switcher-items';
import { openTempCore, valueOf } from '../../../helpers/temp-library';

type TempCore = ReturnType<typeof openTempCore>;

async function call<T>(core: TempCore, method: string, input: unknown): Promise<T> {
  return valueOf((await core.dispatch(method as never, input as never)) as never) as T;
}

const createClipping = async (core: TempCore, title: string) =>
  (await call<{ clipping: { id: string } }>(core, 'clippings.create', { title, text: `About ${title}.` })).clipping.id;

/** The changes as comparable keys and titles. */
const summary = (changes: SwitcherChanges) => ({
  put: changes.put.map((item) => `${item.key} ${item.title}${item.aliases ? ` (${item.aliases})` : ''}`).sort(),
  removed: [...changes.removed].sort(),
});

describe('switcher items', () => {
  it('reads back only the items a write changed', async () => {
    const core = openTempCore();
    const clipping = await createClipping(core, 'Offensive on Raqqa begins');
    await createClipping(core, 'Ceasefire talks in Geneva');
    const card = await call<{ id: string }>(core, 'entities.create', { type: 'person', name: 'Ayman al-Zawahiri' });
    const other = await call<{ id: string }>(core, 'entities.create', { type: 'person', name: 'Ayman Zawahri' });
    const note = await call<{ id: string }>(core, 'notes.create', { title: 'Weekly brief' });
    const event = await call<{ id: string }>(core, 'events.create', { title: 'Fall of Mosul' });
    const db = new Database(join(core.dir, 'library.sqlite'), { readonly: true });
    onTestFinished(() => {
      db.close();
    });
    const items = createSwitcherItems(db);

    expect(items.load().map((item) => item.key)).toHaveLength(6);
    expect(summary(items.changes())).toEqual({ put: [], removed: [] });

    await call(core, 'clippings.update', { id: clipping, patch: { title: 'Siege of Tabqa dam' } });
    expect(summary(items.changes())).toEqual({ put: [`clipping:${clipping} Siege of Tabqa dam`], removed: [] });

    const imported = await createClipping(core, 'Battle for Deir ez-Zor');
    expect(summary(items.changes())).toEqual({ put: [`clipping:${imported} Battle for Deir ez-Zor`], removed: [] });

    await call(core, 'clippings.trash', { ids: [clipping] });
    expect(summary(items.changes())).toEqual({ put: [], removed: [`clipping:${clipping}`] });
    await call(core, 'clippings.restore', { ids: [clipping] });
    expect(summary(items.changes())).toEqual({ put: [`clipping:${clipping} Siege of Tabqa dam`], removed: [] });

    await call(core, 'entities.update', { id: card.id, patch: { aliases: ['Abu Muhammad'] } });
    expect(summary(items.changes())).toEqual({ put: [`card:${card.id} Ayman al-Zawahiri (Abu Muhammad)`], removed: [] });

    await call(core, 'entities.merge', { survivorId: card.id, absorbedId: other.id });
    const merged = summary(items.changes());
    expect(merged.removed).toEqual([`card:${other.id}`]);
    expect(merged.put.every((line) => line.startsWith(`card:${card.id} `))).toBe(true);

    await call(core, 'notes.delete', { id: note.id });
    await call(core, 'events.delete', { id: event.id });
    expect(summary(items.changes())).toEqual({ put: [], removed: [`event:${event.id}`, `note:${note.id}`].sort() });
    expect(summary(items.changes())).toEqual({ put: [], removed: [] });
  });
});
