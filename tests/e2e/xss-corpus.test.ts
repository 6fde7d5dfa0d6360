// The XSS corpus (../shared/corpus/xss/dompurify-vectors.json, 223 payloads): each payload wrapped
// in a saved page, imported as .html through the CLI into one library, then opened in the Reader
// in Chromium. Nothing may open a dialog, reach beyond the served origin, or navigate the window.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli-process';
import { corpusPath } from '../helpers/corpus';
import { distinctText, useAppHarness } from '../helpers/e2e-app';
import { makeTempDir } from '../helpers/temp-library';

const harness = useAppHarness();
const corpus = corpusPath('xss', 'dompurify-vectors.json');

interface CliImport {
  path: string;
  ok: boolean;
  id: string | null;
  error: string | null;
}

/** A saved news page with the payload inside its article, so extraction keeps it in play. */
function wrap(index: number, title: string | undefined, payload: string): string {
  const safeTitle = (title ?? '').replace(/[<>&"]/g, ' ');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>XSS vector ${index}</title></head><body>
<article><h1>XSS vector ${index}</h1>
<p>Vector ${index} of the sanitiser corpus (${safeTitle}). ${distinctText(9000 + index, 70)}</p>
${payload}
<p>${distinctText(19000 + index, 70)}</p>
</article></body></html>`;
}

describe('XSS corpus in the Reader', () => {
  it.skipIf(!corpus.exists)('shows every vector with no dialog, no request beyond the served origin and no navigation', async () => {
    const vectors = JSON.parse(readFileSync(corpus.path, 'utf8')) as Array<{ title?: string; payload: string }>;
    const folder = join(makeTempDir('notebook-xss'), 'vectors');
    mkdirSync(folder);
    vectors.forEach((vector, index) => writeFileSync(join(folder, `vector-${String(index).padStart(3, '0')}.html`), wrap(index, vector.title, vector.payload)));

    const libraryPath = harness.newLibraryPath();
    const imported = await runCli(['import', folder, '--library', libraryPath, '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    const results = JSON.parse(imported.stdout) as CliImport[];
    expect(results).toHaveLength(vectors.length);
    const failed = results.filter((r) => !r.ok || !r.id);
    if (failed.length > 0) console.log(`Not imported (${failed.length}):\n${failed.map((r) => `  ${r.path}: ${r.error}`).join('\n')}`);
    expect(failed).toEqual([]);

    const server = await harness.serve(libraryPath);
    const app = await harness.openPage(server);
    const { page } = app;
    const dialogs: string[] = [];
    const popups: string[] = [];
    const mainFrameUrls: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.context().on('page', (popup) => popups.push(popup.url()));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) mainFrameUrls.push(frame.url());
    });
    // CSP reports what it had to stop: with a clean clipping it never has to.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as { __cspViolations?: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const startUrl = page.url();
    await page.getByTestId('list-summary').getByText(`${vectors.length} clippings`, { exact: true }).waitFor();

    const unsafe: string[] = [];
    for (const [index, result] of results.entries()) {
      // One round trip per vector: open it in the Reader, wait until it is shown, then look at
      // what the Reader put in the page: nothing that runs, loads from elsewhere, or navigates.
      const found = await page.evaluate(async (id) => {
        window.location.hash = `#/reader/${encodeURIComponent(id)}`;
        const selector = `article[data-clipping-id="${CSS.escape(id)}"] [data-testid="reader-text"]`;
        const deadline = performance.now() + 10_000;
        while (!document.querySelector(selector)) {
          if (performance.now() > deadline) return [`not shown within 10 s`];
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        const root = document.querySelector(selector)!;
        const problems: string[] = [];
        for (const element of Array.from(root.querySelectorAll('*'))) {
          const tag = element.tagName.toLowerCase();
          if (['script', 'iframe', 'frame', 'object', 'embed', 'meta', 'base', 'link', 'form', 'style'].includes(tag)) problems.push(`<${tag}>`);
          for (const attribute of Array.from(element.attributes)) {
            const name = attribute.name.toLowerCase();
            if (name.startsWith('on')) problems.push(`${tag}[${name}]`);
            const local = /^\s*(data|blob):/i.test(attribute.value);
            // An SVG <image href> is an image source: in-page (data:, blob:) images may stay.
            const imageSource = ['src', 'srcset', 'poster', 'background'].includes(name) || (tag === 'image' && ['href', 'xlink:href'].includes(name));
            const link = ['href', 'xlink:href', 'action', 'formaction', 'ping', 'data'].includes(name) && !imageSource;
            if (link || (imageSource && !local)) problems.push(`${tag}[${name}=${attribute.value.slice(0, 40)}]`);
          }
        }
        return problems;
      }, result.id!);
      if (found.length > 0) unsafe.push(`vector ${index} (${vectors[index]!.title ?? 'untitled'}): ${found.join(', ')}`);
    }
    if (unsafe.length > 0) console.log(`Unsafe markup in the Reader:\n${unsafe.join('\n')}`);

    // One last round trip, so late events (image errors, timers) of the last vectors have fired.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    expect(unsafe).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(popups).toEqual([]);
    await expect(page.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations)).resolves.toEqual([]);
    // Only the app's own hash routes: the document itself never changed.
    const withoutHash = (url: string) => url.split('#')[0];
    expect(mainFrameUrls.map(withoutHash).filter((url) => url !== withoutHash(startUrl))).toEqual([]);
    expect(withoutHash(page.url())).toBe(withoutHash(startUrl));
    app.expectOnlyServedOrigin();
    await app.screenshots('xss-last-vector');
  });
});
