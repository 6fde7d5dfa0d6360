import { useCall } from '../../api/useCall';

/** The entity suggestions for a clipping (known cards, aliases defined in the text, offline NER). */
export function useSuggestions(clippingId: string) {
  const { value, error, reload } = useCall('entities.suggest', { clippingId }, { failure: 'Suggestions could not be made' });
  return { suggestions: value, error, reload };
}
