// The clipping's date suggestions, and rejecting one for good (with Undo while the notice shows).
import { useCallback } from 'react';
import type { TimelineSuggestion } from '../../../../shared/timeline/types';
import { useAction } from '../../api/useAction';
import { useCall } from '../../api/useCall';
import type { NoticeState } from '../../components/Notice';

export function useDateSuggestions(clippingId: string, onNotice: (notice: NoticeState | null) => void) {
  const { value, error, reload } = useCall('timeline.suggest', { clippingId }, { failure: 'Dates could not be suggested' });
  const { run, busy } = useAction();

  const unreject = useCallback(
    async (suggestion: TimelineSuggestion) => {
      const result = await run('timeline.unrejectSuggestion', { clippingId, text: suggestion.text, edtf: suggestion.edtf });
      if (!result.ok) return onNotice({ kind: 'error', message: `The date was not brought back: ${result.error.message}` });
      onNotice(null);
      await reload();
    },
    [run, clippingId, onNotice, reload],
  );

  const reject = useCallback(
    async (suggestion: TimelineSuggestion) => {
      const result = await run('timeline.rejectSuggestion', { clippingId, text: suggestion.text, edtf: suggestion.edtf });
      if (!result.ok) return onNotice({ kind: 'error', message: `The date was not rejected: ${result.error.message}` });
      await reload();
      onNotice({
        kind: 'info',
        message: `“${suggestion.text}” (${suggestion.label}) will not be suggested again for this clipping.`,
        action: { label: 'Undo', run: () => void unreject(suggestion) },
      });
    },
    [run, clippingId, onNotice, reload, unreject],
  );

  return { dates: value, error, reload, reject, busy };
}
