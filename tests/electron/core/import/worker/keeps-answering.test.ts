// The core keeps answering while a file is being read: the parse runs in a worker, so a long one
// holds up only its own import, never library.info or any other call.
import { describe, expect, it } from 'vitest';
import { openTempCore } from '../../../../helpers/temp-library';

/** A large page (about 400 KB, 3,000 paragraphs): seconds of Readability and sanitising. */
function largePage(): string {
  const paragraphs = Array.from(
    { length: 3_000 },
    (_, index) => `<p>Paragraph ${index} of the long report, with <a href="/n${index}">a link</a> and <em>some</em> words.</p>`,
  );
  return `<!DOCTYPE html><html><head><title>Long report</title></head><body><article>${paragraphs.join('')}</article></body></html>`;
}

describe('while a file is being read', () => {
  it('library.info still answers, before the import finishes', async () => {
    const core = openTempCore();
    // Warm up: the HTML reader is loaded, so what follows measures the parse alone.
    expect((await core.dispatch('library.info', {})).ok).toBe(true);
    const small = Buffer.from('<html><head><title>Small</title></head><body><p>A small page.</p></body></html>').toString('base64');
    expect((await core.dispatch('clippings.importFile', { fileName: 'small.html', contentBase64: small })).ok).toBe(true);

    let importSettled = false;
    const importing = core
      .dispatch('clippings.importFile', { fileName: 'large.html', contentBase64: Buffer.from(largePage()).toString('base64') })
      .finally(() => (importSettled = true));
    // Calls go on one after another for as long as the import runs. In the request's own thread
    // the parse would block them all; in the worker, they keep being answered.
    let answered = 0;
    while (!importSettled) {
      // Each call comes in a new turn of the event loop, as requests do (and the worker's answer can arrive).
      await new Promise((next) => setImmediate(next));
      expect((await core.dispatch('library.info', {})).ok).toBe(true);
      if (!importSettled) answered++;
    }
    console.log(`library.info answered ${answered} times while the page was read`);
    expect(answered).toBeGreaterThanOrEqual(20);
    const imported = await importing;
    expect(imported).toMatchObject({ ok: true, value: { clipping: { title: 'Long report' } } });
  });
});
