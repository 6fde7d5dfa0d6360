import { useMemo } from 'react';
import { groupSuggestions } from './suggestionGroups';
import { useClippingMentions } from './useClippingMentions';
import { useClippingPassages } from './useClippingPassages';
import { useSuggestions } from './useSuggestions';

/** What the Reader paints over a clipping: its passages, its mentions and the suggestions grouped by entity. */
export function useReaderAnnotations(clippingId: string) {
  const { passages, error: passagesError, reload: reloadOnlyPassages } = useClippingPassages(clippingId);
  const { mentions, error: mentionsError, reload: reloadMentions } = useClippingMentions(clippingId);
  const { suggestions, error: suggestionsError, reload: reloadSuggestions } = useSuggestions(clippingId);
  const groups = useMemo(
    () => (suggestions && passages && (mentions || mentionsError) ? groupSuggestions(suggestions, passages, mentions ?? []) : null),
    [suggestions, passages, mentions, mentionsError],
  );
  // Whatever changes passages may change mentions (accepting a suggestion makes one): both reload.
  const reloadPassages = async () => void (await Promise.all([reloadOnlyPassages(), reloadMentions()]));
  return { passages, passagesError, mentions, suggestions, suggestionsError, groups, reloadPassages, reloadSuggestions };
}
