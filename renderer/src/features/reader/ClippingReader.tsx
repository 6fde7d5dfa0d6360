import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { ClippingPatch } from '../../../../shared/contract';
import type { Clipping, Passage, PassageColor } from '../../../../shared/domain';
import type { ApiResult } from '../../../../shared/errors';
import { api } from '../../api/client';
import type { NoticeState } from '../../components/Notice';
import { formatCaptured } from '../../lib/format';
import { citeInNote } from '../../lib/pendingCitation';
import { caretAt } from './articlePoint';
import { ArticleBody } from './ArticleBody';
import { DetailsPanel } from './DetailsPanel';
import { OriginalDialog } from './OriginalDialog';
import { createLinkedPassage, createPassage, linkPassage, recreatePassage, type EntityChoice, type PassageFields } from './passageActions';
import { PassagesPanel } from './PassagesPanel';
import { ReaderSideTabs, type SideTab } from './ReaderSideTabs';
import { SelectionToolbar, type ToolbarMode } from './SelectionToolbar';
import { groupSuggestions, occurrencesToAccept, type SuggestionGroup } from './suggestionGroups';
import { SuggestionsPanel } from './SuggestionsPanel';
import { TextMap } from './textMap';
import { useArticleHighlights } from './useArticleHighlights';
import { useClippingPassages } from './useClippingPassages';
import { useSuggestions } from './useSuggestions';
import { useTextSelection } from './useTextSelection';
import './annotations.css';

export interface ClippingReaderProps {
  clipping: Clipping;
  passageId: string | null;
  onReplaced: (clipping: Clipping) => void;
  onOpen: (id: string, passageId?: string | null) => void;
  onOpenEntity: (id: string) => void;
  onChanged: () => void;
  onNotice: (notice: NoticeState | null) => void;
}

/** A clipping in the Reader: the article with its passages and suggestions painted on it, and the side panel. */
export function ClippingReader(props: ClippingReaderProps) {
  const { clipping, onReplaced, onChanged, onNotice } = props;
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; message: string } | null>(null);
  const [showingOriginal, setShowingOriginal] = useState(false);
  const [tab, setTab] = useState<SideTab>(props.passageId ? 'passages' : 'details');
  const [focus, setFocus] = useState<{ start: number; end: number; passageId?: string; groupKey?: string } | null>(null);
  const [mode, setMode] = useState<ToolbarMode>('buttons');
  const [color, setColor] = useState<PassageColor>('yellow');
  const [busy, setBusy] = useState(false);
  const [toolbarError, setToolbarError] = useState<string | null>(null);

  const body = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<TextMap | null>(null);
  // After the article's nodes are in place (ArticleBody fills them in its own layout effect).
  useLayoutEffect(() => setMap(new TextMap(body.current!, clipping.text)), [clipping.text, clipping.html]);

  const { passages, error: passagesError, reload: reloadPassages } = useClippingPassages(clipping.id);
  const { suggestions, error: suggestionsError, reload: reloadSuggestions } = useSuggestions(clipping.id);
  const groups = useMemo(() => (suggestions && passages ? groupSuggestions(suggestions, passages) : null), [suggestions, passages]);
  const { selection, clear: clearSelection } = useTextSelection(body, map, clipping.text, mode !== 'buttons');
  useArticleHighlights(map, passages, groups, focus, mode !== 'buttons' ? selection : null);

  const scrollTo = useCallback(
    (span: { start: number; end: number }) => {
      const range = map?.rangeOf(span.start, span.end);
      const element = range?.startContainer.parentElement;
      element?.scrollIntoView({ block: 'center' });
    },
    [map],
  );

  const showPassage = useCallback(
    (passage: Passage) => {
      if (passage.start === null || passage.end === null) return;
      setFocus({ start: passage.start, end: passage.end, passageId: passage.id });
      scrollTo({ start: passage.start, end: passage.end });
    },
    [scrollTo],
  );

  // Opened at a passage (from the Passages view or a card): show it once it is loaded.
  const shownFromRoute = useRef<string | null>(null);
  useEffect(() => {
    if (!props.passageId || !passages || !map || shownFromRoute.current === props.passageId) return;
    const passage = passages.find((p) => p.id === props.passageId);
    if (!passage) return;
    shownFromRoute.current = props.passageId;
    setTab('passages');
    showPassage(passage);
    if (passage.start !== null && passage.end !== null) flashSpan(map, passage.start, passage.end);
  }, [props.passageId, passages, map, showPassage]);

  const passageWritten = useCallback(
    async (result: ApiResult<Passage>, fields?: PassageFields) => {
      setBusy(false);
      await reloadPassages();
      if (!result.ok) return setToolbarError(result.error.message);
      setToolbarError(null);
      if (fields) setColor(fields.color);
      clearSelection();
      setMode('buttons');
      setTab('passages');
      if (result.value.start !== null && result.value.end !== null) setFocus({ start: result.value.start, end: result.value.end, passageId: result.value.id });
      onChanged();
    },
    [reloadPassages, clearSelection, onChanged],
  );

  const highlight = useCallback(
    async (fields: PassageFields) => {
      if (!selection || busy) return;
      setBusy(true);
      await passageWritten(await createPassage(clipping.id, selection, fields), fields);
    },
    [selection, busy, clipping.id, passageWritten],
  );

  const linkSelection = useCallback(
    async (choice: EntityChoice) => {
      if (!selection || busy) return;
      setBusy(true);
      const result = await createLinkedPassage(clipping.id, selection, { color }, choice);
      await passageWritten(result);
      if (result.unlinked) onNotice({ kind: 'error', message: result.unlinked });
      void reloadSuggestions();
    },
    [selection, busy, clipping.id, color, passageWritten, reloadSuggestions, onNotice],
  );

  /** Cites the selection in the open note: the passage over exactly this span, else a new one. */
  const citeSelection = useCallback(async () => {
    if (!selection || busy) return;
    let passageId = passages?.find((p) => p.start === selection.start && p.end === selection.end)?.id;
    if (!passageId) {
      setBusy(true);
      const created = await createPassage(clipping.id, selection, { color });
      setBusy(false);
      if (!created.ok) return setToolbarError(created.error.message);
      passageId = created.value.id;
      onChanged();
    }
    const error = await citeInNote(passageId);
    if (error) setToolbarError(error);
  }, [selection, busy, passages, clipping.id, color, onChanged]);

  const cancelToolbar = useCallback(() => {
    setMode('buttons');
    setToolbarError(null);
    // Give the selection back, so the analyst can choose another action for it.
    const range = selection && map?.rangeOf(selection.start, selection.end);
    if (range) {
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    }
  }, [selection, map]);

  const changeMode = useCallback((next: ToolbarMode) => {
    setToolbarError(null);
    setMode(next);
  }, []);

  /** A plain click on a highlight or an underline opens it in the side panel. */
  const onArticleClick = (event: MouseEvent) => {
    if (!map || !window.getSelection()?.isCollapsed) return;
    const caret = caretAt(event.clientX, event.clientY);
    const offset = caret && map.offsetAt(caret.node, caret.offset, 'start');
    if (offset === null || offset === undefined) return;
    const hit = (passages ?? []).filter((p) => p.start !== null && p.start <= offset && offset < p.end!).sort((a, b) => a.end! - a.start! - (b.end! - b.start!))[0];
    if (hit) {
      setTab('passages');
      setFocus({ start: hit.start!, end: hit.end!, passageId: hit.id });
      return;
    }
    const group = (groups ?? []).find((g) => !g.linked && g.occurrences.some((o) => o.start <= offset && offset < o.end));
    const occurrence = group?.occurrences.find((o) => o.start <= offset && offset < o.end);
    if (group && occurrence) {
      setTab('suggestions');
      setFocus({ start: occurrence.start, end: occurrence.end, groupKey: group.key });
    }
  };

  const passageActions = {
    onSelect: showPassage,
    onCite: (passage: Passage) => void citeInNote(passage.id).then((error) => error && onNotice({ kind: 'error', message: error })),
    onOpenEntity: props.onOpenEntity,
    onUpdate: async (passage: Passage, values: PassageFields & { label: string | null; comment: string | null }) =>
      afterPassageEdit(await api.call('passages.update', { id: passage.id, patch: values })),
    onLink: async (passage: Passage, choice: EntityChoice) => {
      const message = await afterPassageEdit(await linkPassage(passage.id, choice));
      void reloadSuggestions();
      return message;
    },
    onUnlink: (passage: Passage, entityId: string) => void api.call('passages.unlink', { passageId: passage.id, entityId }).then(afterPassageEdit),
    onDelete: async (passage: Passage) => {
      const result = await api.call('passages.delete', { id: passage.id });
      if (!result.ok) return onNotice({ kind: 'error', message: `The passage was not deleted: ${result.error.message}` });
      if (focus?.passageId === passage.id) setFocus(null);
      await reloadPassages();
      onChanged();
      onNotice({
        kind: 'info',
        message: 'Passage deleted.',
        action: {
          label: 'Undo',
          run: () =>
            void recreatePassage(passage).then(async (restored) => {
              if (!restored.ok) onNotice({ kind: 'error', message: `The passage could not be put back: ${restored.error.message}` });
              await reloadPassages();
              onChanged();
            }),
        },
      });
    },
  };

  async function afterPassageEdit(result: ApiResult<Passage>): Promise<string | null> {
    await reloadPassages();
    if (!result.ok) return result.error.message;
    onChanged();
    return null;
  }

  const acceptSuggestions = async (accepted: SuggestionGroup[]) => {
    setBusy(true);
    const result = await api.call('entities.acceptSuggestions', {
      clippingId: clipping.id,
      suggestions: accepted.flatMap(occurrencesToAccept).map(({ text, start, end, type, name, entityId }) => ({ text, start, end, type, name, entityId })),
    });
    setBusy(false);
    if (!result.ok) return onNotice({ kind: 'error', message: `The suggestions were not accepted: ${result.error.message}` });
    await Promise.all([reloadPassages(), reloadSuggestions()]);
    onChanged();
    const made = result.value.createdCount > 0 ? `; ${result.value.createdCount} new card${result.value.createdCount === 1 ? '' : 's'}` : '';
    onNotice({ kind: 'info', message: `Linked ${accepted.length === 1 ? `“${accepted[0]!.name}”` : `${accepted.length} entities`}${made}.` });
  };

  const rejectSuggestion = async (group: SuggestionGroup) => {
    const result = await api.call('entities.rejectSuggestion', { clippingId: clipping.id, name: group.name, type: group.type });
    if (!result.ok) return onNotice({ kind: 'error', message: `The suggestion was not rejected: ${result.error.message}` });
    await reloadSuggestions();
  };

  const save = useCallback(
    async (patch: ClippingPatch): Promise<string | null> => {
      const result = await api.call('clippings.update', { id: clipping.id, patch });
      if (!result.ok) {
        setStatus({ kind: 'error', message: `Not saved: ${result.error.message}` });
        return result.error.message;
      }
      onReplaced(result.value);
      setStatus({ kind: 'saved', message: 'Saved' });
      onChanged();
      return null;
    },
    [clipping.id, onReplaced, onChanged],
  );

  const moveTo = useCallback(
    async (where: 'trash' | 'restore') => {
      const result = await api.call(where === 'trash' ? 'clippings.trash' : 'clippings.restore', { ids: [clipping.id] });
      if (!result.ok) return setStatus({ kind: 'error', message: result.error.message });
      const again = await api.call('clippings.get', { id: clipping.id });
      if (again.ok) onReplaced(again.value);
      setStatus({ kind: 'saved', message: where === 'trash' ? 'Moved to the Trash' : 'Restored to the Library' });
      onChanged();
    },
    [clipping.id, onReplaced, onChanged],
  );

  const openGroups = groups?.filter((g) => !g.linked).length ?? null;

  return (
    <div className="reader-layout">
      <article className="reader" aria-labelledby="reader-title" data-clipping-id={clipping.id}>
        {clipping.trashedAt && (
          <div className="reader-banner reader-banner-trash" data-testid="trash-banner">
            In the Trash since {formatCaptured(clipping.trashedAt)}.
            <button type="button" onClick={() => void moveTo('restore')}>
              Restore
            </button>
          </div>
        )}
        {clipping.nearDuplicateOf && (
          <div className="reader-banner" data-testid="near-duplicate-notice">
            Near-duplicate of{' '}
            <button type="button" className="link-button" onClick={() => props.onOpen(clipping.nearDuplicateOf!.id)}>
              “{clipping.nearDuplicateOf.title}”
            </button>{' '}
            — most of its wording is the same.
          </div>
        )}
        <header className="reader-header">
          <h1 id="reader-title">{clipping.title}</h1>
          <p className="reader-byline">
            {[clipping.outlet, clipping.byline, clipping.publishedAt].filter(Boolean).join(' · ') || 'No outlet, author or date yet — add them in Details.'}
          </p>
        </header>
        <div onClick={onArticleClick}>
          <ArticleBody clipping={clipping} containerRef={body} />
        </div>
      </article>
      <ReaderSideTabs tab={tab} onTab={setTab} counts={{ passages: passages?.length ?? null, suggestions: openGroups }}>
        {tab === 'details' && (
          <DetailsPanel
            clipping={clipping}
            status={status}
            onSave={save}
            onShowOriginal={() => setShowingOriginal(true)}
            onTrash={() => void moveTo('trash')}
            onRestore={() => void moveTo('restore')}
          />
        )}
        {tab === 'passages' && <PassagesPanel passages={passages} error={passagesError} activeId={focus?.passageId ?? null} {...passageActions} />}
        {tab === 'suggestions' && (
          <SuggestionsPanel
            groups={groups}
            error={suggestionsError}
            busy={busy}
            activeKey={focus?.groupKey ?? null}
            onShow={(group) => {
              const first = group.occurrences[0]!;
              setFocus({ start: first.start, end: first.end, groupKey: group.key });
              scrollTo(first);
            }}
            onAccept={(accepted) => void acceptSuggestions(accepted)}
            onReject={(group) => void rejectSuggestion(group)}
            onOpenEntity={props.onOpenEntity}
          />
        )}
      </ReaderSideTabs>
      {selection && (
        <SelectionToolbar
          selection={selection}
          mode={mode}
          color={color}
          busy={busy}
          error={toolbarError}
          onMode={changeMode}
          onHighlight={(fields) => void highlight(fields)}
          onLink={(choice) => void linkSelection(choice)}
          onCite={() => void citeSelection()}
          onCancel={cancelToolbar}
        />
      )}
      {showingOriginal && <OriginalDialog clippingId={clipping.id} onClose={() => setShowingOriginal(false)} />}
    </div>
  );
}

/** Flashes a span of the article (opened from a citation or a link): painted for a moment, then gone. */
function flashSpan(map: TextMap, start: number, end: number): void {
  const range = map.rangeOf(start, end);
  if (!range) return;
  const flash = new Highlight(range);
  CSS.highlights.set('passage-flash', flash);
  window.setTimeout(() => {
    if (CSS.highlights.get('passage-flash') === flash) CSS.highlights.delete('passage-flash');
  }, 1600);
}
