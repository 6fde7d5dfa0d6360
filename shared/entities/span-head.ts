// The word of a span that says what kind of thing it is: the one before "of"/"for"/"on"
// (Army of the Potomac, Observatory for Human Rights), else the last one not a numeral
// (World War II, Carlos I).
import type { WordToken } from './tokenize';
import { NAME_CONNECTORS } from './cue-words';

const TRAILING_NUMERAL = /^(?:[IVX]+|\d+|jr\.?|sr\.?)$/i;

export function headIndex(tokens: readonly WordToken[], first: number, last: number): number {
  for (let index = first + 1; index < last; index++) {
    if (NAME_CONNECTORS.has(tokens[index]!.text)) return index - 1;
  }
  let head = last;
  while (head > first && TRAILING_NUMERAL.test(tokens[head]!.text)) head--;
  return head;
}
