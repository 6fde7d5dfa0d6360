import { useCallback, useEffect, useState } from 'react';
import type { EntitySuggestion } from '../../../../shared/entities/types';
import { api } from '../../api/client';

/** The entity suggestions for a clipping (known cards, aliases defined in the text, offline NER). */
export function useSuggestions(clippingId: string) {
  const [suggestions, setSuggestions] = useState<EntitySuggestion[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    const result = await api.call('entities.suggest', { clippingId });
    if (result.ok) {
      setSuggestions(result.value);
      setError(null);
    } else {
      setError(`Suggestions could not be made: ${result.error.message}`);
    }
  }, [clippingId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { suggestions, error, reload };
}
