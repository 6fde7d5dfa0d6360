// After a write the switcher reads only what changed: each kind of change (rename, new clipping,
// trash, restore, new alias, merge, deleted note and event) comes back as exactly that item put
// again or removed, and nothing else.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createSwitcherItems, type SwitcherChanges } from '../../../../electron/core/search/switcher-items';
import { openLibrary } from '../../../../electron/core/db/open-library';
import { seedClippings } from '../../../helpers/seeded-clippings';
import { makeTempDir, openTempCore, callCore as call } from '../../../helpers/temp-library';

type TempCore = ReturnType<typeof openTempCore>;

const createClipping = async (core: TempCore, title: string) =>
  (await call<{ clipping: { id: string } }>(core, 'clippings.create', { title, text: `About ${title}.` })).clipping.id;

/** The changes as comparable keys and titles. */
const summary = (changes: SwitcherChanges) => ({
  put: changes.put.map((item) => `${item.key} ${item.title}${item.aliases ? ` (${item.aliases})` : ''}`).sort(),
  removed: [...changes.removed].sort(),
});

describe('switcher items', () => {
  it('reads back only the items another connection changed (from the whole title list)', async () => {
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
    expect(summary(items.changes(true))).toEqual({ put: [], removed: [] });

    await call(core, 'clippings.update', { id: clipping, patch: { title: 'Siege of Tabqa dam' } });
    expect(summary(items.changes(true))).toEqual({ put: [`clipping:${clipping} Siege of Tabqa dam`], removed: [] });

    const imported = await createClipping(core, 'Battle for Deir ez-Zor');
    expect(summary(items.changes(true))).toEqual({ put: [`clipping:${imported} Battle for Deir ez-Zor`], removed: [] });

    await call(core, 'clippings.trash', { ids: [clipping] });
    expect(summary(items.changes(true))).toEqual({ put: [], removed: [`clipping:${clipping}`] });
    await call(core, 'clippings.restore', { ids: [clipping] });
    expect(summary(items.changes(true))).toEqual({ put: [`clipping:${clipping} Siege of Tabqa dam`], removed: [] });

    await call(core, 'entities.update', { id: card.id, patch: { aliases: ['Abu Muhammad'] } });
    expect(summary(items.changes(true))).toEqual({ put: [`card:${card.id} Ayman al-Zawahiri (Abu Muhammad)`], removed: [] });

    await call(core, 'entities.merge', { survivorId: card.id, absorbedId: other.id });
    const merged = summary(items.changes(true));
    expect(merged.removed).toEqual([`card:${other.id}`]);
    expect(merged.put.every((line) => line.startsWith(`card:${card.id} `))).toBe(true);

    await call(core, 'notes.delete', { id: note.id });
    await call(core, 'events.delete', { id: event.id });
    expect(summary(items.changes(true))).toEqual({ put: [], removed: [`event:${event.id}`, `note:${note.id}`].sort() });
    expect(summary(items.changes(true))).toEqual({ put: [], removed: [] });
  });

  it('reads back the clippings its own connection changed from its log, and only those', () => {
    const library = openLibrary(join(makeTempDir('switcher-log'), 'library.sqlite'));
    onTestFinished(() => library.close());
    const { db } = library;
    const insert = (id: string, title: string) => seedClippings(db, [{ id, title, text: 'Text.' }]);
    insert('a', 'Offensive on Raqqa begins');
    insert('b', 'Ceasefire talks in Geneva');
    const items = createSwitcherItems(db);
    expect(items.load()).toHaveLength(2);
    expect(summary(items.changes(false))).toEqual({ put: [], removed: [] });

    db.prepare("UPDATE clippings SET title = 'Siege of Tabqa dam' WHERE id = 'a'").run();
    insert('c', 'Battle for Deir ez-Zor');
    expect(summary(items.changes(false))).toEqual({ put: ['clipping:a Siege of Tabqa dam', 'clipping:c Battle for Deir ez-Zor'], removed: ['clipping:a'] });
    db.prepare("UPDATE clippings SET trashed_at = '2021-01-01T00:00:00.000Z' WHERE id = 'b'").run();
    db.prepare("DELETE FROM clippings WHERE id = 'c'").run();
    expect(summary(items.changes(false))).toEqual({ put: [], removed: ['clipping:b', 'clipping:c'] });
    db.prepare("UPDATE clippings SET trashed_at = NULL WHERE id = 'b'").run();
    expect(summary(items.changes(false))).toEqual({ put: ['clipping:b Ceasefire talks in Geneva'], removed: [] });
    // A rolled-back write leaves nothing in the log.
    expect(() =>
      db.transaction(() => {
        db.prepare("UPDATE clippings SET title = 'Never' WHERE id = 'b'").run();
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(summary(items.changes(false))).toEqual({ put: [], removed: [] });
    // The log sees only this connection: another's commit is found from the title list (data_version told the caller).
    const other = new Database(library.path);
    onTestFinished(() => {
      other.close();
    });
    other.prepare("UPDATE clippings SET title = 'Renamed elsewhere' WHERE id = 'b'").run();
    expect(summary(items.changes(false))).toEqual({ put: [], removed: [] });
    expect(summary(items.changes(true))).toEqual({ put: ['clipping:b Renamed elsewhere'], removed: [] });
  });
});
