import { useCall } from '../../api/useCall';

/** The clipping's mentions (accepted suggestions: spans linked to a card), in text order. */
export function useClippingMentions(clippingId: string) {
  const { value, error, reload } = useCall('entities.mentionsIn', { clippingId }, { failure: 'The mentions could not be loaded' });
  return { mentions: value, error, reload };
}
