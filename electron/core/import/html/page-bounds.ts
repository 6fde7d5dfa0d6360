// Bounds on the work a web page can ask of the article finder. Readability's time grows faster
// than the page's nesting depth (2,000 nested divs in 22 KB took 45 s), so a page nested deeper
// than any real article is read as its body's text alone, and Readability is told to give up on
// pages with more elements than it can score in reasonable time.

/** Deeper than real pages nest (Readability's test pages stay far below this). */
export const MAX_ARTICLE_DEPTH = 400;

/** Readability's maxElemsToParse: above this it throws, and the page falls back to its body. */
export const MAX_ARTICLE_ELEMENTS = 50_000;

/** Whether an element nests deeper than `limit` elements below `root`; walked without recursion. */
export function nestsDeeperThan(root: Element, limit: number): boolean {
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return false;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math']);
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'em',
  'font',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The body's text as paragraphs of escaped HTML (every element other than inline ones breaks a
 * paragraph; scripts and styles are skipped): the flat form of a page too deep to read. Walked
 * without recursion, however deep the page.
 */
export function flatBodyHtml(body: Element): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/gu, ' ').trim();
    if (line !== '') paragraphs.push(`<p>${escapeHtml(line)}</p>`);
    current = '';
  };
  // A null on the stack marks the end of a block element.
  const stack: Array<Node | null> = [body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) current += (node as Text).data;
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = (node as Element).localName.toLowerCase();
    if (SKIPPED.has(tag)) continue;
    const block = !INLINE.has(tag);
    if (block) {
      flush();
      stack.push(null);
    }
    for (let child = node.lastChild; child !== null; child = child.previousSibling) stack.push(child);
  }
  flush();
  return paragraphs.join('');
}

function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
