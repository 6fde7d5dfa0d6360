// A cheap first pass over the article while it is still a linkedom tree: attributes the sanitiser
// would drop anyway are dropped here, <span>s left without attributes are unwrapped, and runs of
// white space shrink to one space (outside <pre>), white space between blocks to nothing. jsdom is
// slow per node and per attribute, so this makes the real sanitising pass (DOMPurify on jsdom,
// which still decides everything) several times cheaper on large pages. It is not a sanitiser.

// Attributes that may survive sanitising; everything else is removed early.
const KEPT_ATTRIBUTES = new Set([
  'href',
  'src',
  'alt',
  'lang',
  'dir',
  'colspan',
  'rowspan',
  'headers',
  'scope',
  'abbr',
  'datetime',
  'start',
  'reversed',
  'type',
  'value',
  'span',
  'width',
  'height',
]);
const FOREIGN_ROOTS = new Set(['svg', 'math']);
const PREFORMATTED = new Set(['pre', 'textarea', 'listing', 'plaintext', 'xmp']);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function prefilterArticle(root: Element): void {
  const elements = Array.from(root.querySelectorAll('*'));
  const foreign = foreignElements(root);
  for (const element of elements) {
    if (foreign.has(element)) continue;
    for (const name of element.getAttributeNames()) {
      if (!KEPT_ATTRIBUTES.has(name.toLowerCase())) element.removeAttribute(name);
    }
    if (element.localName.toLowerCase() === 'span' && !element.hasAttributes() && element.parentNode) {
      unwrap(element);
    }
  }
  squeezeWhiteSpace(root);
}

function squeezeWhiteSpace(node: Node): void {
  for (let child = node.firstChild; child !== null;) {
    const next = child.nextSibling;
    if (child.nodeType === TEXT_NODE) {
      const text = child as Text;
      if (/^[ \t\n\r\f]*$/u.test(text.data) && isBlockOrEdge(text.previousSibling) && isBlockOrEdge(next) && isBlock(node)) {
        node.removeChild(text);
      } else if (/[ \t\n\r\f]{2}|[\t\n\r\f]/u.test(text.data)) {
        text.data = text.data.replace(/[ \t\n\r\f]+/gu, ' ');
      }
    } else if (child.nodeType === ELEMENT_NODE && !PREFORMATTED.has((child as Element).localName.toLowerCase())) {
      squeezeWhiteSpace(child);
    }
    child = next;
  }
}

function isBlock(node: Node): boolean {
  return node.nodeType === ELEMENT_NODE && BLOCKS.has((node as Element).localName.toLowerCase());
}

function isBlockOrEdge(node: Node | null): boolean {
  return node === null || isBlock(node);
}

/** SVG and MathML keep all their attributes for the sanitiser to judge. */
function foreignElements(root: Element): Set<Element> {
  const foreign = new Set<Element>();
  for (const top of Array.from(root.querySelectorAll('svg, math'))) {
    if (!FOREIGN_ROOTS.has(top.localName.toLowerCase())) continue;
    foreign.add(top);
    for (const inner of Array.from(top.querySelectorAll('*'))) foreign.add(inner);
  }
  return foreign;
}

function unwrap(element: Element): void {
  const parent = element.parentNode!;
  while (element.firstChild) parent.insertBefore(element.firstChild, element);
  parent.removeChild(element);
}
