// The messages shown at the foot of the window: at most three at a time (a new one pushes out the
// oldest), each belonging to the place it was given in (errors show everywhere).
import type { NoticeState } from '../components/Notice';
import type { PlaceId } from '../lib/routes';

export interface QueuedNotice extends NoticeState {
  id: number;
  place: PlaceId;
}

export const MAX_NOTICES = 3;

/** How long a message stays on its own: a few seconds, longer when it offers a way back (Undo); an error longest (it says what to do). */
export function noticeLifetimeMs(notice: NoticeState): number | null {
  if (notice.kind === 'error') return 20_000;
  return notice.action ? 10_000 : 6_000;
}

/**
 * The queue with `notice` added last; the oldest leave beyond MAX_NOTICES. A message repeated word for
 * word replaces the earlier one, unless they offer an action (each Undo undoes its own change).
 */
export function withNotice(queue: readonly QueuedNotice[], notice: QueuedNotice): QueuedNotice[] {
  const repeats = (shown: QueuedNotice) =>
    !shown.action && !notice.action && shown.message === notice.message && shown.kind === notice.kind && shown.place === notice.place;
  const others = queue.filter((shown) => !repeats(shown));
  return [...others, notice].slice(-MAX_NOTICES);
}

/** The messages to show in `place`: its own, and errors from anywhere. */
export function noticesIn(queue: readonly QueuedNotice[], place: PlaceId): QueuedNotice[] {
  return queue.filter((notice) => notice.kind === 'error' || notice.place === place);
}
