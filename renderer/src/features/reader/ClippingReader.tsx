import { useCallback, useState, type MouseEvent } from 'react';
import type { Clipping, Passage } from '../../../../shared/domain';
import type { NoticeState } from '../../components/Notice';
import { evidencePickInProgress } from '../../lib/pendingEvidence';
import type { TextSpan } from '../../lib/routes';
import { useRememberRecent } from '../../lib/useRememberRecent';
import { AddEventDialog } from './AddEventDialog';
import { annotationAt } from './annotationAt';
import { clickedOffset } from './articlePoint';
import { selectSpan } from './articleSelection';
import { DateSuggestionsPanel } from './DateSuggestionsPanel';
import { DetailsPanel } from './DetailsPanel';
import { EvidencePickBanner } from './EvidencePickBanner';
import { FindInClipping } from './FindInClipping';
import { MentionMarks } from './MentionMarks';
import { OriginalDialog } from './OriginalDialog';
import { PassagesPanel } from './PassagesPanel';
import { ReaderArticle } from './ReaderArticle';
import type { ReaderRefresh } from './readerRefresh';
import { ReaderSideTabs } from './ReaderSideTabs';
import { SelectionToolbar } from './SelectionToolbar';
import { SuggestionsPanel } from './SuggestionsPanel';
import { useArticleHighlights } from './useArticleHighlights';
import { useArticleKeys } from './useArticleKeys';
import { useClippingEdits } from './useClippingEdits';
import { useOpenAtMatch } from './useOpenAtMatch';
import { useOpenAtPassage } from './useOpenAtPassage';
import { usePassageActions } from './usePassageActions';
import { useReaderEvents } from './useReaderEvents';
import { useReaderAnnotations } from './useReaderAnnotations';
import { useReaderFocus } from './useReaderFocus';
import { useSelectionToolbar } from './useSelectionToolbar';
import { useSuggestionActions } from './useSuggestionActions';
import { useTextMap } from './useTextMap';
import './addEvent.css';
import './annotations.css';
import './reader.css';

/** A clipping in the Reader: the article with its passages and suggestions painted on it, and the side panel. */
export function ClippingReader(props: {
  clipping: Clipping;
  passageId: string | null;
  /** Scroll to this span of the text and flash it (a search result). */
  match: TextSpan | null;
  onReplaced: (clipping: Clipping) => void;
  onChanged: () => void;
  onNotice: (notice: NoticeState | null) => void;
}) {
  const { clipping, onChanged, onNotice } = props;
  const [showingOriginal, setShowingOriginal] = useState(false);
  useRememberRecent({
    kind: 'clipping',
    id: clipping.id,
    title: clipping.title,
    detail: [clipping.outlet, clipping.publishedAt].filter(Boolean).join(' · '),
    clippingId: clipping.id,
  });
  const { body, map } = useTextMap(clipping);
  const { passages, passagesError, mentions, suggestions, suggestionsError, groups, reloadPassages, reloadSuggestions } = useReaderAnnotations(clipping.id);
  const refresh: ReaderRefresh = { reloadPassages, reloadSuggestions, onChanged, onNotice };
  const { tab, setTab, focus, focusPassage, focusSuggestion, focusDate, forgetPassage } = useReaderFocus(map, Boolean(props.passageId));

  const showPassage = useCallback((passage: Passage) => focusPassage(passage, true), [focusPassage]);
  const showWritten = useCallback((passage: Passage) => focusPassage(passage, false), [focusPassage]);
  useOpenAtPassage(props.passageId, passages, map, showPassage);
  useOpenAtMatch(props.match, map);
  const toolbar = useSelectionToolbar({ clipping, body, map, passages, refresh, onWritten: showWritten });
  useArticleHighlights(map, passages, groups, focus, toolbar.pending, mentions);
  useArticleKeys(body, map, clipping.text, toolbar.readSelection);
  const passageActions = usePassageActions({ refresh, onShow: showPassage, onDeleted: forgetPassage });
  const suggestionActions = useSuggestionActions(clipping.id, refresh);
  const edits = useClippingEdits(clipping.id, props.onReplaced, onChanged);
  const timeline = useReaderEvents({ clipping, passages, entitySuggestions: suggestions, refresh });
  const busy = toolbar.busy || suggestionActions.accepting || timeline.addEvent.busy;
  const openDates = groups?.filter((g) => !g.linked).length ?? null;
  const dateCount = timeline.dates.dates?.length ?? null;
  // Opened from a card's add-relation form to select evidence (read each render: it ends by leaving).
  const evidencePick = evidencePickInProgress();

  /** A plain click on a highlight selects its passage (its actions show) and opens it in the side panel; on an underline, its suggestion. */
  const onArticleClick = (event: MouseEvent) => {
    const offset = map && clickedOffset(map, event.clientX, event.clientY);
    const hit = offset === null || offset === undefined ? null : annotationAt(offset, passages ?? [], groups ?? []);
    if (hit?.kind === 'passage') {
      focusPassage(hit.passage, false);
      if (hit.passage.start !== null && hit.passage.end !== null) selectSpan(map!, { start: hit.passage.start, end: hit.passage.end });
    } else if (hit?.kind === 'suggestion') focusSuggestion(hit.group, hit.occurrence, false);
  };

  return (
    <div className="reader-layout">
      <ReaderArticle
        clipping={clipping}
        body={body}
        onArticleClick={onArticleClick}
        onRestore={() => void edits.moveTo('restore')}
        find={
          <>
            {evidencePick && <EvidencePickBanner pick={evidencePick} />}
            <FindInClipping text={clipping.text} map={map} />
          </>
        }
      />
      <MentionMarks mentions={mentions} />
      <ReaderSideTabs
        tab={tab}
        onTab={setTab}
        counts={{ passages: passages?.length ?? null, suggestions: openDates === null || dateCount === null ? openDates : openDates + dateCount }}
      >
        {tab === 'details' && (
          <DetailsPanel
            clipping={clipping}
            status={edits.status}
            onSave={edits.save}
            onShowOriginal={() => setShowingOriginal(true)}
            onTrash={() => void edits.moveTo('trash')}
            onRestore={() => void edits.moveTo('restore')}
          />
        )}
        {tab === 'passages' && <PassagesPanel passages={passages} error={passagesError} activeId={focus?.passageId ?? null} {...passageActions} />}
        {tab === 'suggestions' && (
          <SuggestionsPanel
            groups={groups}
            error={suggestionsError}
            busy={busy}
            activeKey={focus?.groupKey ?? null}
            onShow={(group) => focusSuggestion(group, group.occurrences[0]!, true)}
            onAccept={(accepted) => void suggestionActions.accept(accepted)}
            onReject={(group) => void suggestionActions.reject(group)}
          />
        )}
        {tab === 'suggestions' && (
          <DateSuggestionsPanel
            text={clipping.text}
            dates={timeline.dates.dates}
            error={timeline.dates.error}
            busy={busy || timeline.dates.busy}
            activeStart={focus?.groupKey || focus?.passageId ? null : (focus?.start ?? null)}
            onShow={focusDate}
            onAccept={(date) => {
              focusDate(date);
              timeline.fromSuggestion(date);
            }}
            onReject={(date) => void timeline.dates.reject(date)}
          />
        )}
      </ReaderSideTabs>
      {toolbar.selection && (
        <SelectionToolbar
          selection={toolbar.selection}
          passage={toolbar.existing}
          mode={toolbar.mode}
          color={toolbar.color}
          busy={busy}
          error={toolbar.error}
          onMode={toolbar.changeMode}
          onHighlight={(fields) => void toolbar.highlight(fields)}
          onLink={(choice) => void toolbar.link(choice)}
          onCite={() => void toolbar.cite()}
          onAddEvent={() => void timeline.fromSelection(toolbar.selection!)}
          onUseAsEvidence={evidencePick ? () => void toolbar.useAsEvidence() : undefined}
          onCancel={toolbar.cancel}
        />
      )}
      {timeline.addEvent.draft && (
        <AddEventDialog
          initial={timeline.addEvent.draft}
          busy={timeline.addEvent.busy}
          error={timeline.addEvent.error}
          onSave={(draft) => void timeline.addEvent.save(draft)}
          onCancel={timeline.addEvent.cancel}
        />
      )}
      {showingOriginal && <OriginalDialog clippingId={clipping.id} onClose={() => setShowingOriginal(false)} />}
    </div>
  );
}
