// Reads what a text says a name is, in the words right after it (a copula or an apposition).
import type { EntityType } from './types';
import type { WordToken } from './tokenize';
import { ORGANIZATION_LEADERS, PERSON_LEADERS, PLACE_LEADERS } from './cue-words';

/**
 * What the text says the name is, right after it: "Bilje is a village in …", "Albu Kamal, a border
 * town", "Korn are an American band", "X (born 1950) is …".
 */
export function describedAs(tokens: readonly WordToken[], last: number, text: string): EntityType | null {
  const next = tokens[last + 1];
  if (!next) return null;
  if (next.lower === 'born' && /^\s*\(\s*$/.test(next.gapBefore)) return 'person';
  let index = last + 1;
  const copula = DESCRIBING_VERBS.has(next.lower) && /^\s+$/.test(next.gapBefore);
  if (!copula && !/^,\s+$/.test(next.gapBefore)) return null;
  if (copula) index++;
  const article = tokens[index];
  if (!article || !/^(?:a|an|the)$/.test(article.lower) || (copula ? !/^\s+$/.test(article.gapBefore) : false)) return null;
  for (let step = 1; step <= 4; step++) {
    const word = tokens[index + step];
    if (!word || !/^[\s-]+$/.test(word.gapBefore) || /[.,;:!?]/.test(text.slice(tokens[index + step - 1]!.end, word.start))) return null;
    if (PLACE_LEADERS.has(word.lower)) return 'place';
    if (ORGANIZATION_LEADERS.has(word.lower)) return 'organization';
    if (PERSON_LEADERS.has(word.lower)) return 'person';
  }
  return null;
}

const DESCRIBING_VERBS = new Set(['is', 'was', 'are', 'were']);
