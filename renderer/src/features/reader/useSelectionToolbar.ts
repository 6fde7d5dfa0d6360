// The toolbar over a selection in the article: its mode (buttons or a form), the last colour used,
// and what its actions write (a passage, a linked passage, a citation in the open note).
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Clipping, Passage, PassageColor } from '../../../../shared/domain';
import type { ApiResult } from '../../../../shared/errors';
import { citeInNote } from '../../lib/pendingCitation';
import { finishEvidencePick } from '../../lib/pendingEvidence';
import { createLinkedPassage, createPassage, linkPassage, updatePassage, type EntityChoice, type PassageFields } from './passageActions';
import type { ReaderRefresh } from './readerRefresh';
import type { ToolbarMode } from './SelectionToolbar';
import type { TextMap } from './textMap';
import { useTextSelection } from './useTextSelection';

export function useSelectionToolbar(options: {
  clipping: Clipping;
  body: RefObject<HTMLElement | null>;
  map: TextMap | null;
  passages: readonly Passage[] | null;
  refresh: ReaderRefresh;
  /** Shows a passage the toolbar has just written. */
  onWritten: (passage: Passage) => void;
}) {
  const { clipping, map, passages, onWritten } = options;
  const { reloadPassages, reloadSuggestions, onChanged, onNotice } = options.refresh;
  const [mode, setMode] = useState<ToolbarMode>('buttons');
  const [color, setColor] = useState<PassageColor>('yellow');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { selection, clear, clearIfStill, mark, refresh: readSelection } = useTextSelection(options.body, map, clipping.text, mode !== 'buttons');
  // A selection over exactly a passage's span is that passage: the actions act on it, not on a copy.
  const existing = (selection && passages?.find((p) => p.start === selection.start && p.end === selection.end)) || null;

  // A form the toolbar opened goes when it is done: the keyboard carries on in the article. The focus
  // is given back once React has removed the form (a frame callback could run before that, on a
  // slow machine, and find the form still focused), and only when nothing else has it.
  const body = options.body;
  const focusBack = useRef(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const returnFocus = useCallback(() => {
    focusBack.current = true;
    setFocusRequest((n) => n + 1);
  }, []);
  useLayoutEffect(() => {
    if (!focusBack.current) return;
    focusBack.current = false;
    if (document.activeElement === document.body || document.activeElement === null) body.current?.focus({ preventScroll: true });
  }, [focusRequest, body]);

  const passageWritten = useCallback(
    async (acted: number, result: ApiResult<Passage>, fields?: PassageFields) => {
      setBusy(false);
      await reloadPassages();
      if (!result.ok) return setError(result.error.message);
      setError(null);
      if (fields?.color) setColor(fields.color);
      // A newer selection (and the form the analyst may have opened for it) is left alone.
      if (clearIfStill(acted)) {
        setMode('buttons');
        returnFocus();
      }
      onWritten(result.value);
      onChanged();
    },
    [reloadPassages, clearIfStill, returnFocus, onWritten, onChanged],
  );

  const highlight = useCallback(
    async (fields: PassageFields) => {
      if (!selection || busy) return;
      const acted = mark();
      setBusy(true);
      const result = existing
        ? await updatePassage(existing.id, fields)
        : await createPassage(clipping.id, selection, { ...fields, color: fields.color ?? color });
      await passageWritten(acted, result, fields);
    },
    [selection, busy, existing, clipping.id, color, mark, passageWritten],
  );

  const link = useCallback(
    async (choice: EntityChoice) => {
      if (!selection || busy) return;
      const acted = mark();
      setBusy(true);
      if (existing) {
        await passageWritten(acted, await linkPassage(existing.id, choice));
      } else {
        const result = await createLinkedPassage(clipping.id, selection, { color }, choice);
        await passageWritten(acted, result);
        if (result.unlinked) onNotice({ kind: 'error', message: result.unlinked });
      }
      void reloadSuggestions();
    },
    [selection, busy, existing, clipping.id, color, mark, passageWritten, reloadSuggestions, onNotice],
  );

  /** Cites the selection in the open note: the passage over exactly this span, else a new one. */
  const cite = useCallback(async () => {
    if (!selection || busy) return;
    let passageId = existing?.id;
    if (!passageId) {
      setBusy(true);
      const created = await createPassage(clipping.id, selection, { color });
      setBusy(false);
      if (!created.ok) return setError(created.error.message);
      passageId = created.value.id;
      onChanged();
    }
    const failure = await citeInNote(passageId);
    if (failure) setError(failure);
  }, [selection, busy, existing, clipping.id, color, onChanged]);

  /** Selecting evidence for a relation: the passage over this span (made if need be) goes back to the card's form. */
  const useAsEvidence = useCallback(async () => {
    if (!selection || busy) return;
    setBusy(true);
    const result = existing ? { ok: true as const, value: existing } : await createPassage(clipping.id, selection, { color });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    const passage = result.value;
    if (!existing) onChanged();
    clear();
    finishEvidencePick({
      id: passage.id,
      clippingId: passage.clippingId,
      clippingTitle: passage.clippingTitle,
      exact: passage.exact,
      anchorStatus: passage.anchorStatus,
    });
  }, [selection, busy, existing, clipping.id, color, onChanged, clear]);

  const cancel = useCallback(() => {
    setMode('buttons');
    setError(null);
    // Give the selection back, so the analyst can choose another action for it.
    const range = selection && map?.rangeOf(selection.start, selection.end);
    if (range) {
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    }
    returnFocus();
  }, [selection, map, returnFocus]);

  const changeMode = useCallback((next: ToolbarMode) => {
    setError(null);
    setMode(next);
  }, []);

  /** While a form is open, the selection it acts on stays painted. */
  const pending = mode !== 'buttons' ? selection : null;
  return { selection, readSelection, existing, pending, mode, color, busy, error, highlight, link, cite, useAsEvidence, cancel, changeMode };
}
