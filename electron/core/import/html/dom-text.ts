// The plain text of a sanitised article: block elements make paragraphs (separated by one blank
// line), <br> makes a line break, table cells are separated by a space, white space collapses
// (except inside <pre>). Never any markup: only text nodes are read.

const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
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
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);
const CELL_ELEMENTS = new Set(['td', 'th']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function textOfElement(root: Element): string {
  const paragraphs: string[] = [];
  let current = '';

  const flush = () => {
    const lines = current.split('\n').map((line) => line.replace(/[ \t\r\f\u00a0]+/gu, ' ').trim());
    current = '';
    const paragraph = lines.join('\n').replace(/^\n+|\n+$/gu, '');
    if (paragraph !== '') paragraphs.push(paragraph);
  };

  const walk = (node: Node) => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        // Source line breaks are white space; only <br> and blocks break lines.
        current += (child as Text).data.replace(/\n/gu, ' ');
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as Element).localName.toLowerCase();
      if (tag === 'br') {
        current += '\n';
      } else if (tag === 'pre') {
        flush();
        const text = (child.textContent ?? '').replace(/\r\n?/gu, '\n').replace(/^\n+|\s+$/gu, '');
        if (text !== '') paragraphs.push(text);
      } else if (BLOCK_ELEMENTS.has(tag)) {
        flush();
        walk(child);
        flush();
      } else if (CELL_ELEMENTS.has(tag)) {
        current += ' ';
        walk(child);
        current += ' ';
      } else {
        walk(child);
      }
    }
  };

  walk(root);
  flush();
  return paragraphs.join('\n\n').replace(/\n{3,}/gu, '\n\n');
}
