// The editor's rendered text as one string, with a way back from an offset in it to a DOM text node:
// find runs over the string and paints Ranges over the nodes, never touching Lexical's DOM.

/** Elements that start a new line of text: a match never runs across two of them. */
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, td, th, pre';

export interface TextMap {
  text: string;
  nodes: Text[];
  /** Where each node's text starts in `text`, ascending. */
  starts: number[];
}

export function buildTextMap(root: HTMLElement): TextMap {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastBlock: Element | null = null;
  for (let node = walker.nextNode() as Text | null; node !== null; node = walker.nextNode() as Text | null) {
    const block = node.parentElement?.closest(BLOCK_SELECTOR) ?? null;
    if (nodes.length > 0 && block !== lastBlock) {
      parts.push('\n');
      length += 1;
    }
    lastBlock = block;
    nodes.push(node);
    starts.push(length);
    parts.push(node.data);
    length += node.data.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/** The index of the segment holding `offset`: the last start at or before it. */
export function segmentAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A DOM Range over text[start, end). */
export function rangeFor(map: TextMap, start: number, end: number): Range {
  const range = new Range();
  const first = segmentAt(map.starts, start);
  // The end is exclusive: the character before it decides its node.
  const last = segmentAt(map.starts, Math.max(start, end - 1));
  range.setStart(map.nodes[first]!, start - map.starts[first]!);
  range.setEnd(map.nodes[last]!, end - map.starts[last]!);
  return range;
}
