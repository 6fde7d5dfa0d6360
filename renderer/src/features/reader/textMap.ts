// Between the Reader's DOM and offsets into the clipping's text: a selection becomes start/end
// offsets, and a passage's offsets become a DOM Range to highlight or scroll to.
import { alignNodeTexts } from './textAlignment';

/** Elements marked so are shown but are not part of the text (page markers). */
export const NOT_TEXT_ATTRIBUTE = 'data-not-text';

export class TextMap {
  private readonly nodes: Text[] = [];
  /** Visible characters in text order: which node, where in it, and their offset in the text. */
  private readonly nodeOf: Int32Array;
  private readonly indexOf: Int32Array;
  private readonly offsetOf: Int32Array;

  constructor(
    private readonly container: HTMLElement,
    private readonly text: string,
  ) {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest(`[${NOT_TEXT_ATTRIBUTE}]`) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) this.nodes.push(node as Text);
    const aligned = alignNodeTexts(
      text,
      this.nodes.map((node) => node.data),
    );
    const total = aligned.reduce((sum, offsets, n) => sum + countVisible(offsets, this.nodes[n]!.data), 0);
    this.nodeOf = new Int32Array(total);
    this.indexOf = new Int32Array(total);
    this.offsetOf = new Int32Array(total);
    let k = 0;
    aligned.forEach((offsets, n) => {
      const data = this.nodes[n]!.data;
      for (let i = 0; i < offsets.length; i++) {
        if (offsets[i]! < 0 || /\s/u.test(data[i]!)) continue;
        this.nodeOf[k] = n;
        this.indexOf[k] = i;
        this.offsetOf[k++] = offsets[i]!;
      }
    });
  }

  /** The text offset of a DOM boundary point (a selection's start or end), or null when outside. */
  offsetAt(node: Node, offset: number, side: 'start' | 'end'): number | null {
    if (!this.container.contains(node)) return null;
    const k = this.firstVisibleAtOrAfter(node, offset);
    if (side === 'start') return k < this.offsetOf.length ? this.offsetOf[k]! : this.text.length;
    return k > 0 ? this.offsetOf[k - 1]! + 1 : 0;
  }

  /** A DOM range over the shown characters of text[start, end), or null when none is shown. */
  rangeOf(start: number, end: number): Range | null {
    const first = lowerBound(this.offsetOf, start);
    const last = lowerBound(this.offsetOf, end) - 1;
    if (first >= this.offsetOf.length || last < first) return null;
    const range = document.createRange();
    range.setStart(this.nodes[this.nodeOf[first]!]!, this.indexOf[first]!);
    range.setEnd(this.nodes[this.nodeOf[last]!]!, this.indexOf[last]! + 1);
    return range;
  }

  /** The first visible character at or after a boundary point, as an index into the arrays. */
  private firstVisibleAtOrAfter(node: Node, offset: number): number {
    const point = document.createRange();
    point.setStart(node, offset);
    // Characters are in document order: find the first whose position is not before the point.
    let low = 0;
    let high = this.offsetOf.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (point.comparePoint(this.nodes[this.nodeOf[mid]!]!, this.indexOf[mid]!) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

function countVisible(offsets: Int32Array, data: string): number {
  let n = 0;
  for (let i = 0; i < offsets.length; i++) if (offsets[i]! >= 0 && !/\s/u.test(data[i]!)) n++;
  return n;
}

/** The first index whose value is ≥ target in an ascending array. */
function lowerBound(values: Int32Array, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < target) low = mid + 1;
    else high = mid;
  }
  return low;
}
