// When the text before the caret opens the card typeahead: "@name" or "[[name" (Obsidian style),
// at the start of a line or after a space or an opening bracket or quote, so e-mail addresses do not.
import type { MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';

/** A name typed after the trigger: no line breaks, no other trigger, at most this long. */
const MAX_QUERY_CHARS = 60;
const TRIGGER = new RegExp(`(^|[\\s(“"'])(@|\\[\\[)([^\\n@\\[\\]]{0,${MAX_QUERY_CHARS}})$`, 'u');

export function matchMentionTrigger(textBeforeCaret: string): MenuTextMatch | null {
  const match = TRIGGER.exec(textBeforeCaret);
  if (!match) return null;
  const [, before = '', trigger = '', query = ''] = match;
  // A space right after the trigger, or two in a row, means the analyst is writing prose, not a name.
  if (/^\s|\s\s/u.test(query)) return null;
  return { leadOffset: match.index + before.length, matchingString: query, replaceableString: trigger + query };
}
