// What duplicate detection and the store read from an arriving text, computed in one place so that
// the parse workers (for files) and the main thread (for pastes, repair) give the same values.
// Pure CPU work, no database: a parse worker computes it beside the parse, off the main thread.
import { createHash } from 'node:crypto';
import { countWords } from '../../../shared/text';
import { createShingler, forEachWordHash, minhashSignature, type ShingleHashes } from '../../../shared/duplicates';

/** What duplicate detection reads from a text: its text_hash and its word 5-shingles. */
export interface TextKeys {
  hash: string;
  shingles: ShingleHashes;
}

/** Everything storing an arrival needs besides the document: its keys, MinHash, word count and the bytes' SHA-256. */
export interface ArrivalKeys extends TextKeys {
  signature: Uint32Array;
  wordCount: number;
  sha256: string;
}

/** textHash and shingleHashes of a text from one pass over its words (normalising a text is most of the work). */
export function textKeys(text: string): TextKeys {
  const hasher = createChunkHasher();
  const shingler = createShingler();
  forEachWordHash(text, { chunk: hasher.add, word: shingler.addHash });
  return { hash: hasher.digest(), shingles: shingler.finish() };
}

/** The keys of a document's text and of the bytes it came from. */
export function arrivalKeys(text: string, bytes: Uint8Array): ArrivalKeys {
  const keys = textKeys(text);
  return {
    ...keys,
    signature: minhashSignature(keys.shingles),
    wordCount: wordCountOf(text),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** SHA-256 of normaliseForDuplicates(text), hashed a normalised chunk at a time instead of joined first. */
function createChunkHasher(): { add: (normalised: string) => void; digest: () => string } {
  const hash = createHash('sha256');
  let first = true;
  return {
    add(normalised) {
      if (normalised === '') return;
      if (!first) hash.update(' ');
      hash.update(normalised);
      first = false;
    },
    digest: () => hash.digest('hex'),
  };
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * countWords(text), counted without its Unicode pattern when the text is all ASCII (most imports
 * are): a word is a run of [A-Za-z0-9], joined to the next run by one ' or - between them.
 */
export function wordCountOf(text: string): number {
  if (NON_ASCII.test(text)) return countWords(text);
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isAsciiWordChar(code)) {
      if (!inWord) count++;
      inWord = true;
    } else {
      // An apostrophe or hyphen with a letter or digit on both sides keeps the word going.
      inWord = inWord && (code === 39 || code === 45) && isAsciiWordChar(text.charCodeAt(i + 1));
    }
  }
  return count;
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
