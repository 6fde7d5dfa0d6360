// After a write the switcher reads only what changed: each kind of change (rename, new clipping,
// trash, restore, new alias, merge, deleted note and event) comes back as exactly that item put
// again or removed, and nothing else, in a title list of one chunk or of many.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { buildSwitcherIndex } from '../../../../electron/core/search/switcher-index';
import { createSwitcherItems, type HeldItems } from '../../../../electron/core/search/switcher-items';
import { openLibrary } from '../../../../electron/core/db/open-library';
import { seedClippings } from '../../../helpers/seeded-clippings';
import { makeTempDir, openTempCore, callCore as call } from '../../../helpers/temp-library';

type TempCore = ReturnType<typeof openTempCore>;

const createClipping = async (core: TempCore, title: string) =>
  (await call<{ clipping: { id: string } }>(core, 'clippings.create', { title, text: `About ${title}.` })).clipping.id;

/** Runs `sql` in a transaction that then fails, so that it is rolled back. */
function rollBack(db: Database.Database, sql: string): void {
  expect(() =>
    db.transaction(() => {
      db.prepare(sql).run();
      throw new Error('rolled back');
    })(),
  ).toThrow('rolled back');
}

/** An index built from `items.load()`, and `update` returning what it put and removed, as comparable keys and titles. */
function heldIndex(items: ReturnType<typeof createSwitcherItems>) {
  const { rows, expected } = items.load();
  const index = buildSwitcherIndex(rows, expected);
  let put: string[] = [];
  let removed: string[] = [];
  const held: HeldItems = {
    title: (kind, id) => index.title(kind, id),
    ids: (kind) => index.ids(kind),
    count: (kind) => index.count(kind),
    put(item) {
      put.push(`${item.kind}:${item.id} ${item.title}${item.aliases ? ` (${item.aliases})` : ''}`);
      return index.put(item);
    },
    remove(kind, id) {
      if (index.has(kind, id)) removed.push(`${kind}:${id}`);
      index.remove(kind, id);
    },
  };
  return {
    index,
    update(othersWrote: boolean) {
      put = [];
      removed = [];
      expect(items.update(held, othersWrote)).toBe(true);
      return { put: put.sort(), removed: removed.sort() };
    },
  };
}

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
    const held = heldIndex(createSwitcherItems(db));

    expect(held.index.size).toBe(6);
    expect(held.update(true)).toEqual({ put: [], removed: [] });

    await call(core, 'clippings.update', { id: clipping, patch: { title: 'Siege of Tabqa dam' } });
    expect(held.update(true)).toEqual({ put: [`clipping:${clipping} Siege of Tabqa dam`], removed: [] });

    const imported = await createClipping(core, 'Battle for Deir ez-Zor');
    expect(held.update(true)).toEqual({ put: [`clipping:${imported} Battle for Deir ez-Zor`], removed: [] });

    await call(core, 'clippings.trash', { ids: [clipping] });
    expect(held.update(true)).toEqual({ put: [], removed: [`clipping:${clipping}`] });
    await call(core, 'clippings.restore', { ids: [clipping] });
    expect(held.update(true)).toEqual({ put: [`clipping:${clipping} Siege of Tabqa dam`], removed: [] });

    await call(core, 'entities.update', { id: card.id, patch: { aliases: ['Abu Muhammad'] } });
    expect(held.update(true)).toEqual({ put: [`card:${card.id} Ayman al-Zawahiri (Abu Muhammad)`], removed: [] });

    await call(core, 'entities.merge', { survivorId: card.id, absorbedId: other.id });
    const merged = held.update(true);
    expect(merged.removed).toEqual([`card:${other.id}`]);
    expect(merged.put.every((line) => line.startsWith(`card:${card.id} `))).toBe(true);

    await call(core, 'notes.delete', { id: note.id });
    await call(core, 'events.delete', { id: event.id });
    expect(held.update(true)).toEqual({ put: [], removed: [`event:${event.id}`, `note:${note.id}`].sort() });
    expect(held.update(true)).toEqual({ put: [], removed: [] });
  });

  it('reads back the clippings its own connection changed from its log, and only those', () => {
    const library = openLibrary(join(makeTempDir('switcher-log'), 'library.sqlite'));
    onTestFinished(() => library.close());
    const { db } = library;
    const insert = (id: string, title: string) => seedClippings(db, [{ id, title, text: 'Text.' }]);
    insert('a', 'Offensive on Raqqa begins');
    insert('b', 'Ceasefire talks in Geneva');
    const items = createSwitcherItems(db);
    const held = heldIndex(items);
    expect(held.index.size).toBe(2);
    expect(held.update(false)).toEqual({ put: [], removed: [] });

    db.prepare("UPDATE clippings SET title = 'Siege of Tabqa dam' WHERE id = 'a'").run();
    insert('c', 'Battle for Deir ez-Zor');
    expect(held.update(false)).toEqual({ put: ['clipping:a Siege of Tabqa dam', 'clipping:c Battle for Deir ez-Zor'], removed: ['clipping:a'] });
    db.prepare("UPDATE clippings SET trashed_at = '2021-01-01T00:00:00.000Z' WHERE id = 'b'").run();
    db.prepare("DELETE FROM clippings WHERE id = 'c'").run();
    expect(held.update(false)).toEqual({ put: [], removed: ['clipping:b', 'clipping:c'] });
    db.prepare("UPDATE clippings SET trashed_at = NULL WHERE id = 'b'").run();
    expect(held.update(false)).toEqual({ put: ['clipping:b Ceasefire talks in Geneva'], removed: [] });
    // A rolled-back write leaves nothing in the log.
    rollBack(db, "UPDATE clippings SET title = 'Never' WHERE id = 'b'");
    expect(held.update(false)).toEqual({ put: [], removed: [] });
    // The log sees only this connection: another's commit is found from the title list (data_version told the caller).
    const other = new Database(library.path);
    onTestFinished(() => {
      other.close();
    });
    other.prepare("UPDATE clippings SET title = 'Renamed elsewhere' WHERE id = 'b'").run();
    expect(held.update(false)).toEqual({ put: [], removed: [] });
    expect(held.update(true)).toEqual({ put: ['clipping:b Renamed elsewhere'], removed: [] });
    // An index with no room left says so, and the switcher builds it again.
    db.prepare("UPDATE clippings SET title = 'No room' WHERE id = 'a'").run();
    const full: HeldItems = { title: () => undefined, ids: () => [], count: () => 0, put: () => false, remove: () => {} };
    expect(items.update(full, false)).toBe(false);
  });

  it('removes the notes its own connection deleted, from its log, and keeps the ones only changed', () => {
    const library = openLibrary(join(makeTempDir('switcher-docs-log'), 'library.sqlite'));
    onTestFinished(() => library.close());
    const { db } = library;
    const insertNote = db.prepare(`INSERT INTO notes (id, title, title_folded, content, revision, created_at, updated_at)
      VALUES (?, ?, lower(?), '{"root":{"children":[]}}', 0, '2021-01-01T00:00:00.000Z', '2021-01-01T00:00:00.000Z')`);
    for (const [id, title] of [
      ['n1', 'Weekly brief'],
      ['n2', 'Sources on Raqqa'],
      ['n3', 'Open questions'],
    ])
      insertNote.run(id, title, title);
    const held = heldIndex(createSwitcherItems(db));
    expect(held.index.size).toBe(3);

    db.prepare("UPDATE notes SET title = 'Weekly brief, week 2' WHERE id = 'n1'").run();
    db.prepare("DELETE FROM notes WHERE id = 'n2'").run();
    expect(held.update(false)).toEqual({ put: ['note:n1 Weekly brief, week 2'], removed: ['note:n2'] });
    expect(held.update(false)).toEqual({ put: [], removed: [] });
    // A rolled-back delete leaves the note held.
    rollBack(db, "DELETE FROM notes WHERE id = 'n3'");
    expect(held.update(false)).toEqual({ put: [], removed: [] });
    expect([...held.index.ids('note')].sort()).toEqual(['n1', 'n3']);
  });

  it("finds another connection's changes anywhere in a title list of many chunks", () => {
    const library = openLibrary(join(makeTempDir('switcher-chunks'), 'library.sqlite'));
    onTestFinished(() => library.close());
    // 4,000 titles of about 60 bytes: the list spans several of the chunks it is held as digests of.
    const places = ['Raqqa', 'Mosul', 'Tabqa', 'Deir ez-Zor', 'Abu Du’a’s home town', 'الرقة'];
    const titleOf = (index: number) => `Report ${String(index).padStart(4, '0')} from ${places[index % places.length]} on the front`;
    seedClippings(
      library.db,
      Array.from({ length: 4_000 }, (_, index) => ({ id: `c${index}`, title: titleOf(index), text: 'Text.' })),
    );
    const held = heldIndex(createSwitcherItems(library.db));
    expect(held.index.size).toBe(4_000);
    const other = new Database(library.path);
    onTestFinished(() => {
      other.close();
    });
    const rename = (id: string, title: string) => other.prepare('UPDATE clippings SET title = ? WHERE id = ?').run(title, id);

    expect(held.update(true)).toEqual({ put: [], removed: [] });
    // One in the middle keeping its length; then the first and last titles in the list's order,
    // and one whose letters take more than a byte.
    rename('c2005', titleOf(2005).replace('Mosul', 'Homsy'));
    expect(held.update(true)).toEqual({ put: ['clipping:c2005 Report 2005 from Homsy on the front'], removed: [] });
    rename('c0', 'Report 0000 from Raqqa, revised');
    rename('c3999', 'Report 3999 from Raqqa, revised');
    rename('c1115', titleOf(1115).replace('الرقة', 'الموصل'));
    expect(held.update(true)).toEqual({
      put: [
        'clipping:c0 Report 0000 from Raqqa, revised',
        'clipping:c1115 Report 1115 from الموصل on the front',
        'clipping:c3999 Report 3999 from Raqqa, revised',
      ],
      removed: [],
    });
    expect(held.update(true)).toEqual({ put: [], removed: [] });
    // A new title, one renamed to sort elsewhere, and one deleted for good.
    seedClippings(other, [{ id: 'new', title: 'Report 2500½ from Tabqa', text: 'Text.' }]);
    rename('c1500', 'Zz moved to the end');
    other.prepare("DELETE FROM clippings WHERE id = 'c3000'").run();
    expect(held.update(true)).toEqual({
      put: ['clipping:c1500 Zz moved to the end', 'clipping:new Report 2500½ from Tabqa'],
      removed: ['clipping:c3000'],
    });
    expect(held.update(true)).toEqual({ put: [], removed: [] });
    expect(held.index.size).toBe(4_000);
  });
});
