// A file's content arrives base64-encoded: anything that is not base64 is refused with a message
// naming the file, and base64 that encoders may write (padding, unused bits) is decoded.
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../../shared/domain';
import { errorOf, openTempCore, valueOf } from '../../../helpers/temp-library';

const importBase64 = (core: ReturnType<typeof openTempCore>, contentBase64: string) =>
  core.dispatch('clippings.importFile', { fileName: 'report.txt', contentBase64 });

describe('clippings.importFile content', () => {
  it.each([
    ['a character outside the alphabet', `${Buffer.from('Some report text.').toString('base64').slice(0, -4)}!!!!`],
    ['the URL-safe alphabet', Buffer.from('Some report text?>>').toString('base64url').padEnd(28, '=')],
    ['a length that is not a multiple of four', Buffer.from('Some report text.').toString('base64').slice(0, -1)],
    ['padding in the middle', 'U29t=ZSB0ZXh0Lg=='],
    ['spaces', ' U29tZSB0ZXh0Lg='],
  ])('refuses content that is not base64: %s', async (_name, content) => {
    const core = openTempCore();
    expect(errorOf(await importBase64(core, content))).toMatchObject({
      code: 'invalid_input',
      field: 'contentBase64',
      message: 'The content of report.txt is not valid base64.',
    });
  });

  it('judges every one-character change as the base64 pattern does', async () => {
    const core = openTempCore();
    const valid = Buffer.from('A short report that is long enough to change in several places.').toString('base64');
    const pattern = /^[A-Za-z0-9+/]*={0,2}$/;
    for (const character of ['!', '-', '_', ' ', '\n', '=', '.', 'é', '\u0000', 'A', '+']) {
      for (const at of [0, 1, 40, valid.length - 3, valid.length - 2, valid.length - 1]) {
        const content = `${valid.slice(0, at)}${character}${valid.slice(at + 1)}`;
        const answer = await importBase64(core, content);
        const refusedAsBase64 = !answer.ok && answer.error.message === 'The content of report.txt is not valid base64.';
        expect(refusedAsBase64, JSON.stringify(content)).toBe(!pattern.test(content));
      }
    }
  });

  it('decodes base64 with unused bits set, as the base64 pattern allows', async () => {
    const core = openTempCore();
    // "U29tZSB0ZXh0Lh==" leaves bits set after "Some text." that canonical base64 ("Lg==") clears.
    const result = valueOf(await importBase64(core, 'U29tZSB0ZXh0Lh==')) as ImportResult;
    expect(result.clipping?.text).toBe('Some text.');
  });
});
