// An import's answer is built from what was inserted instead of read back: it must be exactly the
// clipping clippings.get gives for the same id, whatever the importer filled in.
import { describe, expect, it } from 'vitest';
import type { ImportFilesResult, ImportResult } from '../../../../shared/domain';
import { articleText, articleWords } from '../../../helpers/articles';
import { openTempCore, valueOf } from '../../../helpers/temp-library';

const file = (fileName: string, content: string) => ({ fileName, contentBase64: Buffer.from(content, 'utf8').toString('base64') });

async function expectAnswerAsStored(core: ReturnType<typeof openTempCore>, result: ImportResult): Promise<void> {
  expect(result.clipping).not.toBeNull();
  expect(valueOf(await core.dispatch('clippings.get', { id: result.clipping!.id }))).toEqual(result.clipping);
}

describe('the answer to an import', () => {
  it('is the stored clipping: text and Markdown files, a page, pastes with and without a title', async () => {
    const core = openTempCore();
    const page =
      '<html lang="en"><head><title>A page</title><meta name="author" content="A. Writer"></head><body><article><p>The article body, with <em>some</em> words and enough of them to be read as the article.</p></article></body></html>';
    const batch = valueOf(
      await core.dispatch('clippings.importFiles', {
        files: [
          file('plain.txt', 'Embassy cable\r\nThe ambassador met the minister.'),
          file('notes.md', '# Notes\n\nSome *marked* text.'),
          file('page.html', page),
        ],
      }),
    ) as ImportFilesResult;
    for (const result of batch.results) {
      expect(result.ok).toBe(true);
      if (result.ok) await expectAnswerAsStored(core, result.value);
    }
    await expectAnswerAsStored(core, valueOf(await core.dispatch('clippings.create', { text: 'A pasted line of text.' })) as ImportResult);
    await expectAnswerAsStored(core, valueOf(await core.dispatch('clippings.create', { text: 'Another paste.', title: 'Given title' })) as ImportResult);
  });

  it('is the stored clipping for a near-duplicate, with the title of the clipping it resembles', async () => {
    const core = openTempCore();
    const words = articleWords(4, 600);
    const original = valueOf(await core.dispatch('clippings.importFile', file('original.txt', `First report\n\n${articleText(words)}`))) as ImportResult;
    const edited = [...words];
    edited.splice(300, 30, ...articleWords(77, 30));
    const near = valueOf(await core.dispatch('clippings.importFile', file('edited.txt', `Second report\n\n${articleText(edited)}`))) as ImportResult;
    expect(near.nearDuplicateOf).toBe(original.clipping!.id);
    expect(near.clipping!.nearDuplicateOf).toEqual({ id: original.clipping!.id, title: 'First report' });
    await expectAnswerAsStored(core, near);
  });
});
