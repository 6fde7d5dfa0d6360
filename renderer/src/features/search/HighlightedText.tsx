/** Text with some spans marked (a snippet's matched words): React text nodes only, never HTML. */
export function HighlightedText(props: { text: string; highlights: ReadonlyArray<readonly [number, number]> }) {
  const parts = splitHighlights(props.text, props.highlights);
  return <>{parts.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</>;
}

export interface TextPart {
  text: string;
  marked: boolean;
}

/** The text cut at the highlights; out-of-range, empty or overlapping spans are clipped, never thrown on. */
export function splitHighlights(text: string, highlights: ReadonlyArray<readonly [number, number]>): TextPart[] {
  const sorted = [...highlights].sort((a, b) => a[0] - b[0]);
  const parts: TextPart[] = [];
  let at = 0;
  for (const [rawStart, rawEnd] of sorted) {
    const start = Math.max(at, Math.min(rawStart, text.length));
    const end = Math.min(Math.max(rawEnd, start), text.length);
    if (end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
