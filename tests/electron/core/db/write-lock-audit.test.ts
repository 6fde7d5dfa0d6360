// Every method that reads and then writes does both in one write transaction: a call that runs a
// write statement outside a transaction must run nothing else outside one (a single INSERT or
// UPDATE is its own transaction, which is fine). Found by watching every statement the core runs
// while a day's worth of calls goes through dispatch.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult, Note, Passage } from '../../../../shared/domain';
import { openTempCore, valueOf } from '../../../helpers/temp-library';

interface Ran {
  sql: string;
  writes: boolean;
  inTransaction: boolean;
}

let log: Ran[] = [];
const patched: Array<() => void> = [];

/** Wraps the Statement methods that execute, recording each statement and whether a transaction was open. */
function watchStatements(): void {
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, (...args: unknown[]) => unknown>;
  probe.close();
  for (const name of ['run', 'get', 'all', 'iterate']) {
    const original = proto[name]!;
    proto[name] = function (this: Database.Statement, ...args: unknown[]) {
      log.push({ sql: this.source.trim().slice(0, 80), writes: !this.reader, inTransaction: this.database.inTransaction });
      return original.apply(this, args);
    };
    patched.push(() => (proto[name] = original));
  }
}

const TRANSACTION_CONTROL = /^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i;

/** What a call ran outside a transaction, when a write there came after something else (read then write). */
function unguarded(): string[] {
  const outside = log.filter((ran) => !ran.inTransaction && !TRANSACTION_CONTROL.test(ran.sql));
  const writesLate = outside.some((ran, index) => ran.writes && index > 0);
  return writesLate ? outside.map((ran) => `${ran.writes ? 'write' : 'read '} ${ran.sql}`) : [];
}

describe('write lock audit', () => {
  beforeAll(watchStatements);
  afterAll(() => patched.forEach((restore) => restore()));

  it('runs no read-then-write sequence outside a write transaction', async () => {
    const core = openTempCore();
    const found: Record<string, string[]> = {};
    async function call<T>(method: string, input: unknown): Promise<T> {
      log = [];
      const value = valueOf(await core.dispatch(method, input)) as T;
      const outside = unguarded();
      if (outside.length > 0) found[method] = outside;
      return value;
    }

    const { clipping } = await call<ImportResult>('clippings.create', { text: 'Ahmed Kassem met the harbour board in Tartus on Monday.' });
    const clippingId = clipping!.id;
    await call('clippings.update', { id: clippingId, patch: { outlet: 'Harbour News', tags: ['port'] } });
    await call('clippings.tag', { ids: [clippingId], add: ['shipping'], remove: ['port'] });
    const passage = await call<Passage>('passages.create', { clippingId, start: 0, end: 12, color: 'yellow' });
    await call('passages.update', { id: passage.id, patch: { label: 'who', comment: 'the chair' } });
    const person = await call<{ id: string }>('entities.create', { type: 'person', name: 'Ahmed Kassem' });
    const place = await call<{ id: string }>('entities.create', { type: 'place', name: 'Tartus' });
    await call('entities.update', { id: person.id, patch: { aliases: ['A. Kassem'] } });
    await call('passages.link', { passageId: passage.id, entityId: person.id });
    await call('passages.unlink', { passageId: passage.id, entityId: person.id });
    await call('entities.rejectSuggestion', { clippingId, name: 'Monday', type: 'other' });
    const relation = await call<{ id: string }>('relations.create', { sourceId: person.id, targetId: place.id, type: 'located_in', evidence: [passage.id] });
    await call('relations.update', { id: relation.id, patch: { date: '2024-03' } });
    const note = await call<Note>('notes.create', { title: 'Brief' });
    await call('notes.update', { id: note.id, patch: { title: 'Brief on Tartus', tags: ['port'] } });
    await call('notes.save', { id: note.id, revision: note.revision, title: 'Brief on Tartus', content: note.content });
    await call('notes.importMarkdown', { fileName: 'brief.md', markdown: '# Imported brief\n\nAhmed Kassem was in Tartus.' });
    await call('entities.linkMentions', { entityId: place.id });
    const twin = await call<{ id: string }>('entities.create', { type: 'person', name: 'A. Kassem' });
    const { mergeId } = await call<{ mergeId: string }>('entities.merge', { survivorId: person.id, absorbedId: twin.id });
    await call('entities.undoMerge', { mergeId });
    const event = await call<{ id: string; datings: Array<{ id: string }> }>('events.create', {
      title: 'Harbour board meets',
      date: '2024-03',
      participants: [person.id],
      placeId: place.id,
      tags: ['port'],
      evidence: [passage.id],
      newEvidence: [{ clippingId, start: 13, end: 30 }],
    });
    await call('events.update', { id: event.id, patch: { title: 'Harbour board meeting', tags: ['port', 'board'] } });
    const dated = await call<{ datings: Array<{ id: string }> }>('events.addDating', {
      eventId: event.id,
      date: '2024-04',
      newEvidence: [{ clippingId, start: 31, end: 45 }],
    });
    await call('events.updateDating', { id: dated.datings[1]!.id, date: '2024-04-01', evidence: [passage.id] });
    await call('events.addEvidence', { eventId: event.id, newEvidence: [{ clippingId, start: 46, end: 55 }] });
    await call('events.removeEvidence', { eventId: event.id, passageId: passage.id });
    await call('events.removeDating', { id: dated.datings[1]!.id });
    await call('events.delete', { id: event.id });
    await call('events.restore', { id: event.id });
    await call('timeline.rejectSuggestion', { clippingId, text: 'Monday', edtf: '2026-01-05' });
    await call('timeline.unrejectSuggestion', { clippingId, text: 'Monday', edtf: '2026-01-05' });
    await call('relations.delete', { id: relation.id });
    await call('passages.delete', { id: passage.id });
    await call('entities.delete', { id: place.id });
    await call('clippings.trash', { ids: [clippingId] });
    await call('clippings.restore', { ids: [clippingId] });
    await call('notes.delete', { id: note.id });

    expect(found).toEqual({});
  });
});
