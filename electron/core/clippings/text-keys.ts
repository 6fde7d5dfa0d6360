// What duplicate detection and the store read from an arriving text, computed in one place so that
// the parse workers (for files) and the main thread (for pastes, repair) give the same values.
// Pure CPU work, no database: a parse worker computes it beside the parse, off the main thread.
import { createHash } from 'node:crypto';
import { countWords } from '../../../shared/text';
import { createShingler, forEachWord, minhashSignature, type ShingleHashes } from '../../../shared/duplicates';

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
  const hasher = createWordHasher();
  const shingler = createShingler();
  forEachWord(text, (word) => {
    hasher.add(word);
    shingler.add(word);
  });
  return { hash: hasher.digest(), shingles: shingler.finish() };
}

/** The keys of a document's text and of the bytes it came from. */
export function arrivalKeys(text: string, bytes: Uint8Array): ArrivalKeys {
  const keys = textKeys(text);
  return {
    ...keys,
    signature: minhashSignature(keys.shingles),
    wordCount: countWords(text),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** SHA-256 of normaliseForDuplicates(text), hashed as the words go by instead of joined first. */
function createWordHasher(): { add: (word: string) => void; digest: () => string } {
  const hash = createHash('sha256');
  let pending = '';
  let first = true;
  return {
    add(word) {
      pending += first ? word : ` ${word}`;
      first = false;
      if (pending.length >= 65_536) {
        hash.update(pending);
        pending = '';
      }
    },
    digest: () => hash.update(pending).digest('hex'),
  };
}
