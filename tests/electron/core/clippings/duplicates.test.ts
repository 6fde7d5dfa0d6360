// Exact duplicates are reported and not stored; near-duplicates (Jaccard of word 5-shingles ≥ 0.8)
// are stored and flagged.
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../../shared/domain';
import { articleText, articleWords } from '../../../helpers/articles';
import { openTempCore, storedClipping, valueOf } from '../../../helpers/temp-library';

const paste = async (core: ReturnType<typeof openTempCore>, text: string) => valueOf(await core.dispatch('clippings.create', { text })) as ImportResult;

describe('duplicates', () => {
  it('reports an exact duplicate (same normalised text) and does not store it twice', async () => {
    const core = openTempCore();
    const text = articleText(articleWords(1, 400));
    const first = storedClipping(await core.dispatch('clippings.create', { text }));
    const again = await paste(core, `  ${text.toUpperCase().replace(/\n\n/g, '\n')}  `);
    expect(again).toEqual({ clipping: null, duplicateOf: first.id, nearDuplicateOf: null });
    const base64 = Buffer.from(text).toString('base64');
    const imported = valueOf(await core.dispatch('clippings.importFile', { fileName: 'same.txt', contentBase64: base64 })) as ImportResult;
    expect(imported.duplicateOf).toBe(first.id);
    expect((valueOf(await core.dispatch('library.info', {})) as { clippingCount: number }).clippingCount).toBe(1);
  });

  it('flags a copy with 10 % of its words changed in one place (an edited paragraph)', async () => {
    const core = openTempCore();
    const words = articleWords(2, 600);
    const original = storedClipping(await core.dispatch('clippings.create', { text: articleText(words) }));
    const edited = [...words];
    const replacement = articleWords(99, 60);
    edited.splice(300, 60, ...replacement);
    const result = await paste(core, articleText(edited));
    expect(result.clipping).not.toBeNull();
    expect(result.nearDuplicateOf).toBe(original.id);
    expect(result.clipping!.nearDuplicateOf).toEqual({ id: original.id, title: original.title });
  });

  it('does not flag two different articles from the same site (shared header and footer)', async () => {
    const core = openTempCore();
    const header = 'World News Daily | Home | Politics | Business | Opinion';
    const footer = articleText(articleWords(500, 60));
    await paste(core, `${header}\n\n${articleText(articleWords(3, 500))}\n\n${footer}`);
    const second = await paste(core, `${header}\n\n${articleText(articleWords(4, 500))}\n\n${footer}`);
    expect(second.clipping).not.toBeNull();
    expect(second.nearDuplicateOf).toBeNull();
  });

  it('does not flag a copy whose changes are spread so that under 80 % of shingles are shared', async () => {
    const core = openTempCore();
    const words = articleWords(5, 600);
    await paste(core, articleText(words));
    const scattered = words.map((word, i) => (i % 5 === 0 ? `${word}x` : word));
    expect((await paste(core, articleText(scattered))).nearDuplicateOf).toBeNull();
  });
});
