// A caller may send the next clippings.importFiles batch before the previous one answers (the CLI
// does, so its files are parsed while the previous batch is stored). Batches are still stored in
// the order they came: a file of an earlier batch is never reported a duplicate of a later one.
import { describe, expect, it } from 'vitest';
import type { ImportFilesResult } from '../../../../shared/domain';
import { articleText, articleWords } from '../../../helpers/articles';
import { openTempCore, valueOf } from '../../../helpers/temp-library';

const file = (fileName: string, text: string) => ({ fileName, contentBase64: Buffer.from(text, 'utf8').toString('base64') });

describe('clippings.importFiles sent before the previous batch answered', () => {
  it('stores the batches in the order they came, however long each takes to parse', async () => {
    const core = openTempCore();
    const shared = 'The same short report, sent in both batches.';
    // The first batch holds a large file that takes much longer to read than the whole second batch.
    const large = articleText(articleWords(5, 400_000));
    const first = core.dispatch('clippings.importFiles', { files: [file('large.txt', large), file('first.txt', shared)] });
    const second = core.dispatch('clippings.importFiles', { files: [file('second.txt', shared)] });
    const [earlier, later] = (await Promise.all([first, second])).map((answer) => (valueOf(answer) as ImportFilesResult).results);
    const firstCopy = earlier![1]!;
    const secondCopy = later![0]!;
    if (!firstCopy.ok || !secondCopy.ok) throw new Error('expected both files to be answered');
    expect(firstCopy.value.clipping?.sourceName).toBe('first.txt');
    expect(secondCopy.value).toEqual({ clipping: null, duplicateOf: firstCopy.value.clipping!.id, nearDuplicateOf: null });
  });
});
