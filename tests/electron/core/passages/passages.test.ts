// Passages through the core: marking, listing, editing and deleting. (Finding a passage again after
// its text changes is shared/anchoring's, tested there.)
import { describe, expect, it } from 'vitest';
import type { Page, Passage } from '../../../../shared/domain';
import { MAX_PASSAGE_CHARS } from '../../../../shared/anchoring';
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

  it('marking a span already marked returns that passage, with a label or comment given set on it', async () => {
    const { core, clipping, mark } = await setup();
    const first = await mark('Albu Kamal', { color: 'green', comment: 'Border town' });
    const again = await mark('Albu Kamal', { label: 'place' });
    expect(again.id).toBe(first.id);
    // Nothing given is erased: the colour and comment stay, the label is added.
    expect(again).toMatchObject({ color: 'green', label: 'place', comment: 'Border town' });
    const listed = valueOf(await core.dispatch('passages.list', { clippingId: clipping.id })) as Page<Passage>;
    expect(listed.total).toBe(1);
    // A span that only overlaps is another passage.
    const wider = await mark('at Albu Kamal');
    expect(wider.id).not.toBe(first.id);
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
