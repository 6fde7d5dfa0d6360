// A Markdown clipping's front matter through the whole import: its tags become the clipping's
// tags (one tag per name, whatever the case), and malformed front matter is kept with a warning.
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../../shared/domain';
import { openTempCore, valueOf } from '../../../helpers/temp-library';

const file = (fileName: string, content: string) => ({ fileName, contentBase64: Buffer.from(content, 'utf8').toString('base64') });

describe('importing a Markdown clipping with front matter', () => {
  it('tags the clipping with the tags its front matter names', async () => {
    const core = openTempCore();
    const first = valueOf(
      await core.dispatch('clippings.importFile', file('a.md', '---\ntags: [Syria, border]\n---\nFighters took the crossing.')),
    ) as ImportResult;
    const second = valueOf(
      await core.dispatch('clippings.importFile', file('b.md', '---\ntags: syria, clippings\n---\nThe officials said so.')),
    ) as ImportResult;
    expect(first.clipping!.tags).toEqual(['border', 'Syria']);
    expect(second.clipping!.tags).toEqual(['clippings', 'Syria']);
    expect(valueOf(await core.dispatch('clippings.get', { id: second.clipping!.id }))).toEqual(second.clipping);
  });

  it('stores a clipping whose front matter cannot be read, with the front matter in its text and a warning', async () => {
    const core = openTempCore();
    const result = valueOf(await core.dispatch('clippings.importFile', file('c.md', '---\ntitle: [oops\n---\nFighters took the crossing.'))) as ImportResult;
    expect(result.clipping!.tags).toEqual([]);
    expect(result.warnings).toEqual([expect.stringMatching(/front matter could not be read/)]);
    expect((valueOf(await core.dispatch('clippings.get', { id: result.clipping!.id })) as { text: string }).text).toContain('title: [oops');
  });
});
