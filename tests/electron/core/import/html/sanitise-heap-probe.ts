// Run by sanitise-memory.test.ts in a child `node --expose-gc --import tsx`: sanitises one page
// many times, as a long session does, and prints the heap after a full GC before and after.
// Each call awaits a turn of the event loop, as real imports do, so that nothing the test itself
// holds (WeakRefs kept for the current job) is counted.
import { sanitiseHtml } from '../../../../../electron/core/import/html/sanitise';

const calls = Number(process.argv[2] ?? 120);

/** A page like a saved article: ids and names in its head and body, links, images, a form. */
function page(): string {
  const head = Array.from({ length: 40 }, (_, i) => `<meta id="meta-${i}" name="m${i}" content="x"><link id="link-${i}" rel="x" href="#">`).join('');
  const paragraphs = Array.from(
    { length: 80 },
    (_, i) =>
      `<p id="p-${i}">Paragraph ${i} of the report, with <a href="https://example.org/${i}" name="a${i}">a source</a>` +
      ` and <img id="img-${i}" name="i${i}" src="https://example.org/${i}.png"> an image.</p>`,
  ).join('');
  return `<!DOCTYPE html><html><head><title>Report</title>${head}</head><body><form id="f" name="f"><input name="q"></form>${paragraphs}</body></html>`;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

async function heapAfterGc(): Promise<number> {
  await nextTurn();
  gc!();
  return process.memoryUsage().heapUsed;
}

async function main(): Promise<void> {
  const html = page();
  // Warm up: jsdom, DOMPurify and the sanitiser's window are made on the first calls.
  for (let i = 0; i < 5; i++) sanitiseHtml(html);
  const before = await heapAfterGc();
  for (let i = 0; i < calls; i++) {
    if (sanitiseHtml(html).html === '') throw new Error('nothing survived sanitising');
    await nextTurn();
  }
  const after = await heapAfterGc();
  process.stdout.write(JSON.stringify({ calls, pageBytes: html.length, before, after }));
}

void main();
