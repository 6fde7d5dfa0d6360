import { useCallback, useState } from 'react';
import type { Passage } from '../../../../shared/domain';
import type { EntitySuggestion } from '../../../../shared/entities/types';
import { flashHighlight } from '../../lib/flashHighlight';
import type { SideTab } from './ReaderSideTabs';
import type { SuggestionGroup } from './suggestionGroups';
import type { TextMap } from './textMap';

/** The span the Reader marks as active, and the passage or suggestion group it belongs to. */
interface ReaderFocus {
  start: number;
  end: number;
  passageId?: string;
  groupKey?: string;
}

/** Which side tab is open and which passage or suggestion is the active one, marked in the article. */
export function useReaderFocus(map: TextMap | null, openedAtPassage: boolean) {
  const [tab, setTab] = useState<SideTab>(openedAtPassage ? 'passages' : 'details');
  const [focus, setFocus] = useState<ReaderFocus | null>(null);

  const scrollTo = useCallback(
    (span: { start: number; end: number }) => map?.rangeOf(span.start, span.end)?.startContainer.parentElement?.scrollIntoView({ block: 'center' }),
    [map],
  );

  /** The passage on the Passages tab, marked in the article; `scroll` brings it into view. */
  const focusPassage = useCallback(
    (passage: Passage, scroll: boolean) => {
      setTab('passages');
      const span = passageFocus(passage);
      if (!span) return;
      setFocus(span);
      if (scroll) scrollTo(span);
    },
    [scrollTo],
  );

  /** A suggestion on the Suggestions tab, one of its occurrences marked in the article. */
  const focusSuggestion = (group: SuggestionGroup, occurrence: EntitySuggestion, scroll: boolean) => {
    setTab('suggestions');
    setFocus({ start: occurrence.start, end: occurrence.end, groupKey: group.key });
    if (scroll) scrollTo(occurrence);
  };

  /** A date suggestion on the Suggestions tab: marked in the article, brought into view and flashed. */
  const focusDate = (span: { start: number; end: number }) => {
    setTab('suggestions');
    setFocus({ start: span.start, end: span.end });
    scrollTo(span);
    const range = map?.rangeOf(span.start, span.end);
    if (range) flashHighlight(range);
  };

  /** A deleted passage is no longer the active one. */
  const forgetPassage = useCallback((passage: Passage) => setFocus((current) => (current?.passageId === passage.id ? null : current)), []);

  return { tab, setTab, focus, focusPassage, focusSuggestion, focusDate, forgetPassage };
}

/** A passage's span as the focus; null for an orphaned passage (its text is gone). */
function passageFocus(passage: Passage): ReaderFocus | null {
  return passage.start === null || passage.end === null ? null : { start: passage.start, end: passage.end, passageId: passage.id };
}
