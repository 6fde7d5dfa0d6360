// The passages store's one check that evidence still exists, shared by events and relations: a
// passage deleted since it was chosen is refused with the same message, naming it, and nothing is written.
import { describe, expect, it } from 'vitest';
import { createPassagesStore } from '../../../../electron/core/passages/store';
import { NotebookError } from '../../../../shared/errors';
import { getCard, makeCard, makeClipping, markPassage } from '../../../helpers/entity-fixtures';
import { errorOf, openTempCore, valueOf } from '../../../helpers/temp-library';
import Database from 'better-sqlite3';
import { join } from 'node:path';

const GONE_MESSAGE = /^The evidence passage gone-1 no longer exists — it may have been deleted\. Remove it from the evidence\.$/;

async function libraryWithPassage() {
  const core = openTempCore();
  const text = 'A and B met in Raqqa.';
  const passage = await markPassage(core, await makeClipping(core, text), text, 'A and B');
  const a = await makeCard(core, { type: 'person', name: 'A' });
  const b = await makeCard(core, { type: 'person', name: 'B' });
  return { core, passage, a, b };
}

describe('requirePassages', () => {
  it('passes existing passages and names the first one that is gone, under the given field', async () => {
    const { core, passage } = await libraryWithPassage();
    // A second connection beside the core's (WAL): the store alone, as the services use it.
    const db = new Database(join(core.dir, 'library.sqlite'));
    try {
      const store = createPassagesStore(db);
      expect(() => store.requirePassages([passage.id])).not.toThrow();
      expect(() => store.requirePassages([])).not.toThrow();
      let thrown: unknown;
      try {
        store.requirePassages([passage.id, 'gone-1', 'gone-2'], 'newEvidence');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(NotebookError);
      expect(thrown).toMatchObject({ code: 'not_found', field: 'newEvidence' });
      expect((thrown as Error).message).toMatch(GONE_MESSAGE);
    } finally {
      db.close();
    }
  });

  it('refuses an event and a relation citing a deleted passage with the same message, and writes neither', async () => {
    const { core, passage, a, b } = await libraryWithPassage();
    const eventError = errorOf(await core.dispatch('events.create', { title: 'Meeting', date: '2014', evidence: [passage.id, 'gone-1'] }));
    const relationError = errorOf(await core.dispatch('relations.create', { sourceId: a.id, targetId: b.id, type: 'allied_with', evidence: ['gone-1'] }));
    for (const error of [eventError, relationError]) {
      expect(error).toMatchObject({ code: 'not_found', field: 'evidence' });
      expect(error.message).toMatch(GONE_MESSAGE);
    }
    expect((valueOf(await core.dispatch('events.list', { filter: {} })) as { total: number }).total).toBe(0);
    expect((await getCard(core, a.id)).relations).toEqual([]);
  });
});
