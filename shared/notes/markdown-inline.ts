// Markdown inline syntax to Lexical nodes: **bold**, *italic* (and the _ forms), ~~strikethrough~~,
// `code`, [text](url "title"), <https://autolinks>, \escapes, new lines, and Obsidian's [[Name]]
// (also [[Name|shown text]]), which becomes a mention when `resolveMention` knows a card so named.
// Emphasis follows CommonMark's delimiter rules closely enough for notes people write by hand.
import { TEXT_FORMAT, type SerializedNode } from './note-format';
import { entityMentionNode, lineBreakNode, linkNode, textNode } from './lexical-json';
import { safeNoteLinkUrl } from './note-safety';

export interface MentionTarget {
  entityId: string;
  name: string;
  entityType: 'person' | 'organization' | 'place' | 'other';
}

export type ResolveMention = (name: string) => MentionTarget | null;

type Piece =
  | { kind: 'text'; text: string; format: number }
  | { kind: 'delim'; char: '*' | '_' | '~'; count: number; canOpen: boolean; canClose: boolean; format: number }
  | { kind: 'break'; format: number }
  | { kind: 'mention'; target: MentionTarget; format: number }
  | { kind: 'link'; url: string; title: string | null; pieces: Piece[]; format: number };

const PUNCTUATION = /[\p{P}\p{S}]/u;
const ESCAPABLE = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;

export function parseInline(text: string, resolveMention?: ResolveMention): SerializedNode[] {
  return toNodes(scan(text, resolveMention), 0);
}

/** Splits the text into pieces: text, emphasis delimiter runs, breaks, mentions and links. */
function scan(text: string, resolveMention: ResolveMention | undefined): Piece[] {
  const pieces: Piece[] = [];
  const pushText = (value: string, format = 0) => {
    const last = pieces.at(-1);
    if (last?.kind === 'text' && last.format === format) last.text += value;
    else pieces.push({ kind: 'text', text: value, format });
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < text.length && ESCAPABLE.test(text[i + 1]!)) {
      pushText(text[i + 1]!);
      i += 2;
    } else if (char === '\n') {
      pieces.push({ kind: 'break', format: 0 });
      i++;
    } else if (char === '`') {
      const run = /^`+/.exec(text.slice(i))![0];
      const close = text.indexOf(run, i + run.length);
      if (close < 0 || /^`/.test(text.slice(close + run.length))) {
        pushText(run);
        i += run.length;
      } else {
        const code = text.slice(i + run.length, close).replace(/\n/g, ' ');
        pushText(/^ .*[^ ].* $/.test(code) ? code.slice(1, -1) : code, TEXT_FORMAT.code);
        i = close + run.length;
      }
    } else if (char === '[' && text[i + 1] === '[') {
      const close = text.indexOf(']]', i + 2);
      const inner = close < 0 ? '' : text.slice(i + 2, close);
      if (close < 0 || inner.trim() === '' || inner.includes('\n')) {
        pushText('[[');
        i += 2;
        continue;
      }
      const [target = '', shown] = inner.split('|', 2);
      const name = target.split('#')[0]!.trim();
      const found = name === '' ? null : (resolveMention?.(name) ?? null);
      if (found) pieces.push({ kind: 'mention', target: found, format: 0 });
      else pushText((shown ?? target).trim());
      i = close + 2;
    } else if (char === '[' || (char === '!' && text[i + 1] === '[')) {
      const link = readLink(text, char === '!' ? i + 1 : i);
      if (!link) {
        pushText(char);
        i++;
      } else {
        const inner = scan(link.label, resolveMention);
        // An image keeps only its alt text; a link a note may not store (javascript:, file:, relative) only its text.
        if (char === '!' || safeNoteLinkUrl(link.url) === null) pieces.push(...inner);
        else pieces.push({ kind: 'link', url: link.url, title: link.title, pieces: inner, format: 0 });
        i = link.end;
      }
    } else if (char === '<' && /^<(https?:\/\/[^\s<>]+|mailto:[^\s<>]+)>/i.test(text.slice(i))) {
      const url = /^<([^>]+)>/.exec(text.slice(i))![1]!;
      pieces.push({ kind: 'link', url, title: null, pieces: [{ kind: 'text', text: url.replace(/^mailto:/i, ''), format: 0 }], format: 0 });
      i += url.length + 2;
    } else if (char === '*' || char === '_' || char === '~') {
      const run = new RegExp(`^\\${char}+`).exec(text.slice(i))![0];
      const before = i === 0 ? ' ' : text[i - 1]!;
      const after = text[i + run.length] ?? ' ';
      if (char === '~' && run.length !== 2) pushText(run);
      else pieces.push({ kind: 'delim', char, count: run.length, format: 0, ...flanking(char, before, after) });
      i += run.length;
    } else {
      pushText(char);
      i++;
    }
  }
  matchEmphasis(pieces);
  return pieces;
}

function flanking(char: string, before: string, after: string): { canOpen: boolean; canClose: boolean } {
  const spaceBefore = /\s/u.test(before);
  const spaceAfter = /\s/u.test(after);
  const punctBefore = PUNCTUATION.test(before);
  const punctAfter = PUNCTUATION.test(after);
  const left = !spaceAfter && (!punctAfter || spaceBefore || punctBefore);
  const right = !spaceBefore && (!punctBefore || spaceAfter || punctAfter);
  if (char === '_') return { canOpen: left && (!right || punctBefore), canClose: right && (!left || punctAfter) };
  return { canOpen: left, canClose: right };
}

/**
 * Pairs delimiter runs (the nearest opener first) and sets the format bits of what lies between.
 * Openers wait on a stack; a match drops the openers above it, which stay literal, so every run is
 * looked at a bounded number of times even in a long paragraph full of asterisks.
 */
function matchEmphasis(pieces: Piece[]): void {
  const openers: number[] = [];
  for (let index = 0; index < pieces.length; index++) {
    const close = pieces[index]!;
    if (close.kind !== 'delim') continue;
    for (let depth = openers.length - 1; close.canClose && close.count > 0 && depth >= 0; depth--) {
      const opener = openers[depth]!;
      const open = pieces[opener] as Extract<Piece, { kind: 'delim' }>;
      if (open.char !== close.char) continue;
      const bothWays = (open.canClose || close.canOpen) && close.char !== '~';
      if (bothWays && (open.count + close.count) % 3 === 0 && !(open.count % 3 === 0 && close.count % 3 === 0)) continue;
      const used = close.char === '~' ? 2 : open.count >= 2 && close.count >= 2 ? 2 : 1;
      const bit = close.char === '~' ? TEXT_FORMAT.strikethrough : used === 2 ? TEXT_FORMAT.bold : TEXT_FORMAT.italic;
      for (let k = opener + 1; k < index; k++) addFormat(pieces[k]!, bit);
      open.count -= used;
      close.count -= used;
      openers.length = open.count > 0 ? depth + 1 : depth; // openers above this one stay literal
      depth = openers.length; // look again from the top: the same opener may match again (***a***)
    }
    if (close.canOpen && close.count > 0) openers.push(index);
  }
}

function addFormat(piece: Piece, bit: number): void {
  piece.format |= bit;
  if (piece.kind === 'link') for (const inner of piece.pieces) addFormat(inner, bit);
}

function toNodes(pieces: readonly Piece[], inherited: number): SerializedNode[] {
  const nodes: SerializedNode[] = [];
  const pushText = (text: string, format: number) => {
    if (text === '') return;
    const last = nodes.at(-1) as { type: string; text: string; format: number } | undefined;
    if (last?.type === 'text' && last.format === format) last.text += text;
    else nodes.push(textNode(text, format));
  };
  for (const piece of pieces) {
    const format = piece.format | inherited;
    if (piece.kind === 'text') pushText(piece.text, format);
    else if (piece.kind === 'delim') pushText(piece.char.repeat(piece.count), format);
    else if (piece.kind === 'break') nodes.push(lineBreakNode());
    else if (piece.kind === 'mention') nodes.push(entityMentionNode(piece.target));
    else nodes.push(linkNode(piece.url, piece.title, toNodes(piece.pieces, 0)));
  }
  return nodes;
}

interface LinkSyntax {
  label: string;
  url: string;
  title: string | null;
  end: number;
}

/** [label](url "title") starting at `start` (the "["), or null when the text there is not a link. */
function readLink(text: string, start: number): LinkSyntax | null {
  let depth = 0;
  let close = -1;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '[') depth++;
    else if (char === ']' && --depth === 0) {
      close = i;
      break;
    }
  }
  if (close < 0 || text[close + 1] !== '(') return null;
  const rest = text.slice(close + 2);
  const match =
    /^[ \t]*(?:<([^<>\n]*)>|((?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))+))?(?:[ \t\n]+("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?[ \t]*\)/.exec(
      rest,
    );
  if (!match) return null;
  const url = (match[1] ?? match[2] ?? '').replace(/\\(.)/g, '$1');
  const title = match[3] ? match[3].slice(1, -1).replace(/\\(.)/g, '$1') : null;
  return { label: text.slice(start + 1, close), url, title, end: close + 2 + match[0].length };
}
