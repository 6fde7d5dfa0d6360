// The e2e network guard cannot pass vacuously: planted requests to a foreign host, a foreign IP
// and another port on 127.0.0.1 are each caught, aborted and reported.
import { describe, expect, it } from 'vitest';
import { useAppHarness } from '../helpers/e2e-app';

const harness = useAppHarness();

describe('the e2e network guard', () => {
  it('catches and aborts planted requests to anything but the served origin', async () => {
    const app = await harness.open();
    await app.page.getByTestId('library-empty').waitFor();
    const planted = ['http://example.invalid/planted', 'http://192.0.2.1/planted', 'http://127.0.0.1:1/planted'];
    for (const url of planted) {
      const other = await app.page.context().newPage();
      const failure = await other.goto(url).then(
        () => null,
        (error: Error) => error.message,
      );
      expect(failure, url).toContain('ERR_BLOCKED_BY_CLIENT');
      await other.close();
    }
    const report = caught(harness);
    for (const url of planted) expect(report).toContain(url);
    // A navigation the page starts itself is caught the same way.
    await app.page.evaluate(() => {
      window.location.href = 'http://example.invalid/from-the-page';
    });
    await expect.poll(() => caught(harness)).toContain('http://example.invalid/from-the-page');
    // Reported once: what was caught above does not fail the test again in the afterEach.
    expect(() => harness.expectNoForeignRequests()).not.toThrow();
  });
});

/** What the guard would fail the test with, read without letting it fail this one. */
function caught(h: typeof harness): string {
  try {
    h.expectNoForeignRequests();
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}
