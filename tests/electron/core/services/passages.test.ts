// Passages through the core: marking, listing, editing, and finding them again after the text changes.
import { describe, expect, it } from 'vitest';
import type { Page, Passage } from '../../../../shared/domain';
import { MAX_PASSAGE_CHARS } from '../../../../shared/anchoring';
import { createPassagesService } from '../../../../electron/core/services/passages';
import { openLibrary } from '../../../../electron/core/db/open-library';
import { errorOf, makeTempDir, openTrackedCore, storedClipping, valueOf } from '../../../helpers/temp-library';
import { join } from 'node:path';

const TEXT = 'Fighters crossed the border at Albu Kamal on Tuesday.\n\nThe Observatory said the pledge was read aloud.';

async function setup() {
  const dir = makeTempDir();
  const core = openTrackedCore(join(dir, 'library.sqlite'), dir);
  const clipping = storedClipping(await core.dispatch('clippings.create', { text: TEXT }));
  const mark = async (quote: string, extra: Record<string, unknown> = {}) => {
    const start = TEXT.indexOf(quote);
    return valueOf(await core.dispatch('passages.create', { clippingId: clipping.id, start, end: start + quote.length, ...extra })) as Passage;
  };
  return { core, clipping, mark, dir };
}

describe('passages', () => {
  it('marks a span with both selectors, a colour, a label and a comment', async () => {
    const { clipping, mark } = await setup();
    const passage = await mark('Albu Kamal', { color: 'green', label: 'place', comment: '  Border town  ' });
    expect(passage).toMatchObject({
      clippingId: clipping.id,
      clippingTitle: clipping.title,
      exact: 'Albu Kamal',
      start: TEXT.indexOf('Albu Kamal'),
      end: TEXT.indexOf('Albu Kamal') + 10,
      anchorStatus: 'exact',
      color: 'green',
      label: 'place',
      comment: 'Border town',
      entities: [],
    });
    expect(TEXT.endsWith(passage.suffix, TEXT.indexOf('Albu Kamal') + 10 + passage.suffix.length)).toBe(true);
    expect(passage.prefix.endsWith('border at ')).toBe(true);
  });

  it('lists a clipping’s passages in reading order, and filters by colour and label', async () => {
    const { core, clipping, mark } = await setup();
    await mark('the pledge was read aloud', { color: 'pink' });
    await mark('Fighters crossed', { label: 'Claim' });
    const inOrder = valueOf(await core.dispatch('passages.list', { clippingId: clipping.id })) as Page<Passage>;
    expect(inOrder.items.map((p) => p.exact)).toEqual(['Fighters crossed', 'the pledge was read aloud']);
    const pink = valueOf(await core.dispatch('passages.list', { color: 'pink' })) as Page<Passage>;
    expect(pink.items.map((p) => p.exact)).toEqual(['the pledge was read aloud']);
    const claims = valueOf(await core.dispatch('passages.list', { label: 'claim' })) as Page<Passage>;
    expect(claims.total).toBe(1);
  });

  it('edits and deletes a passage', async () => {
    const { core, mark } = await setup();
    const passage = await mark('Tuesday');
    const edited = valueOf(await core.dispatch('passages.update', { id: passage.id, patch: { color: 'blue', comment: '' } })) as Passage;
    expect(edited).toMatchObject({ color: 'blue', comment: null });
    expect(valueOf(await core.dispatch('passages.delete', { id: passage.id }))).toEqual({ count: 1 });
    expect(errorOf(await core.dispatch('passages.update', { id: passage.id, patch: { color: 'blue' } })).code).toBe('not_found');
  });

  it('refuses selections outside the text, empty or blank ones, and ones over the limit', async () => {
    const { core, clipping } = await setup();
    const create = (start: number, end: number) => core.dispatch('passages.create', { clippingId: clipping.id, start, end });
    expect(errorOf(await create(5, 5)).code).toBe('invalid_input');
    expect(errorOf(await create(0, TEXT.length + 1)).code).toBe('invalid_input');
    expect(errorOf(await create(TEXT.indexOf('\n\n'), TEXT.indexOf('\n\n') + 2)).code).toBe('invalid_input');
    expect(errorOf(await core.dispatch('passages.create', { clippingId: 'nope', start: 0, end: 3 })).code).toBe('not_found');

    const long = storedClipping(await core.dispatch('clippings.create', { text: 'word '.repeat(4000) }));
    const tooLong = errorOf(await core.dispatch('passages.create', { clippingId: long.id, start: 0, end: MAX_PASSAGE_CHARS + 1 }));
    expect(tooLong.code).toBe('invalid_input');
    expect(tooLong.message).toMatch(/10,?000/);
  });
});

describe('passages after the text changes', () => {
  async function reanchored(edit: (text: string) => string, quote: string) {
    const { clipping, mark, dir } = await setup();
    const passage = await mark(quote);
    const newText = edit(TEXT);
    const library = openLibrary(join(dir, 'library.sqlite'));
    try {
      library.db.prepare('UPDATE clippings SET text = ? WHERE id = ?').run(newText, clipping.id);
      createPassagesService(library.db).reanchor(clipping.id, newText);
      return { passage: createPassagesService(library.db).get(passage.id), newText };
    } finally {
      library.close();
    }
  }

  it('shifts by the length of an edit before it', async () => {
    const { passage, newText } = await reanchored((t) => `UPDATE: ${t}`, 'Albu Kamal');
    expect(passage).toMatchObject({ start: TEXT.indexOf('Albu Kamal') + 8, end: TEXT.indexOf('Albu Kamal') + 18, anchorStatus: 'moved' });
    expect(newText.slice(passage.start!, passage.end!)).toBe('Albu Kamal');
  });

  it('stays put after an edit after it', async () => {
    const { passage } = await reanchored((t) => `${t} More text.`, 'Albu Kamal');
    expect(passage).toMatchObject({ start: TEXT.indexOf('Albu Kamal'), end: TEXT.indexOf('Albu Kamal') + 10, anchorStatus: 'exact' });
  });

  it('follows an edit inside it by fuzzy matching', async () => {
    const quote = 'The Observatory said the pledge was read aloud';
    const { passage, newText } = await reanchored((t) => t.replace('said the pledge', 'said that the pledge'), quote);
    expect(passage.anchorStatus).toBe('fuzzy');
    expect(newText.slice(passage.start!, passage.end!)).toBe('The Observatory said that the pledge was read aloud');
  });

  it('keeps a passage whose text is gone as orphaned, with its quote', async () => {
    const { passage } = await reanchored(() => 'Entirely different words now stand here.', 'Albu Kamal');
    expect(passage).toMatchObject({ anchorStatus: 'orphaned', start: null, end: null, exact: 'Albu Kamal' });
  });
});
