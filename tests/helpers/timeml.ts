// Reads TimeML news documents (TimeBank): the article text with every tag stripped, its creation
// date, and the TIMEX3 time expressions as UTF-16 spans of that text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TimeExpression {
  start: number;
  end: number;
  text: string;
  /** DATE, TIME, DURATION or SET. */
  type: string;
  /** The normalised value: 1998-02-06, 1998-W10, 1997-Q3, 199 (a decade), PRESENT_REF, P3M … */
  value: string;
}

export interface TimemlDocument {
  name: string;
  /** The document creation time's value (usually a day, 1998-02-06). */
  creationDate: string;
  /** The text of the <TEXT> element: the article as a clipping would hold it. */
  text: string;
  timeExpressions: TimeExpression[];
}

const TAG = /<(\/?)([A-Za-z0-9]+)([^>]*)>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attribute(attributes: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1] ?? '';
}

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);
}

/** Strips the tags of `markup`, keeping where each TIMEX3 starts and ends in the stripped text. */
export function stripTimeml(markup: string): { text: string; timeExpressions: TimeExpression[] } {
  let text = '';
  let last = 0;
  let open: { start: number; type: string; value: string } | null = null;
  const timeExpressions: TimeExpression[] = [];
  for (const match of markup.matchAll(TAG)) {
    text += decode(markup.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[2] !== 'TIMEX3') continue;
    if (match[1] === '') {
      open = { start: text.length, type: attribute(match[3]!, 'type'), value: attribute(match[3]!, 'value') };
    } else if (open) {
      timeExpressions.push({ ...open, end: text.length, text: text.slice(open.start) });
      open = null;
    }
  }
  text += decode(markup.slice(last));
  return { text, timeExpressions };
}

export function readTimeml(name: string, xml: string): TimemlDocument {
  const creation = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!creation || !body) throw new Error(`${name} has no <DCT> or no <TEXT>: is it a TimeML document?`);
  return { name, creationDate: attribute(creation[1]!, 'value'), ...stripTimeml(body[1]!) };
}

/** Every `.tml` document of a folder, in name order. */
export function readTimemlFolder(folder: string): TimemlDocument[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.tml'))
    .sort()
    .map((name) => readTimeml(name, readFileSync(join(folder, name), 'utf8')));
}
