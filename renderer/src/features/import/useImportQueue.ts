// Bulk import, one file at a time: each file is one 'clippings.importFile' call (one transaction
// in the core), so Cancel can stop between files and everything already done stays imported.
import { useCallback, useRef, useState } from 'react';
import { api } from '../../api/client';
import { orderPicked, reasonToSkip, type PickedFile } from './fileTypes';
import { readAsBase64 } from './readAsBase64';

export type FileOutcome =
  | { path: string; status: 'imported'; id: string; title: string; nearDuplicateOf: { id: string; title: string } | null }
  | { path: string; status: 'duplicate'; duplicateOf: { id: string; title: string } }
  | { path: string; status: 'failed'; message: string };

export interface ImportRun {
  /** Files in this run, including those refused before sending. */
  total: number;
  outcomes: FileOutcome[];
  /** The file being imported now. */
  current: string | null;
  cancelling: boolean;
  finished: boolean;
  /** Files left untried because the user cancelled. */
  notTried: number;
}

/** How often the Library refreshes while files arrive: often enough to see them, not per file. */
const REFRESH_EVERY_MS = 1000;

/**
 * `htmlRefusal` answers why HTML cannot be imported in this library (DOMPurify unusable), or null;
 * such files are refused with that reason instead of being sent.
 */
export function useImportQueue(onLibraryChanged: () => void, htmlRefusal: () => string | null) {
  const [run, setRun] = useState<ImportRun | null>(null);
  const queue = useRef<PickedFile[]>([]);
  const outcomes = useRef<FileOutcome[]>([]);
  const draining = useRef(false);
  const cancelRequested = useRef(false);

  const drain = useCallback(async () => {
    draining.current = true;
    let refreshedAt = performance.now();
    while (queue.current.length > 0 && !cancelRequested.current) {
      const picked = queue.current.shift()!;
      setRun((r) => r && { ...r, current: picked.path });
      outcomes.current.push(await importOne(picked));
      const done = outcomes.current.slice();
      setRun((r) => r && { ...r, outcomes: done });
      if (performance.now() - refreshedAt > REFRESH_EVERY_MS) {
        refreshedAt = performance.now();
        onLibraryChanged();
      }
    }
    const notTried = queue.current.length;
    queue.current = [];
    cancelRequested.current = false;
    draining.current = false;
    setRun((r) => r && { ...r, current: null, cancelling: false, finished: true, notTried });
    onLibraryChanged();
  }, [onLibraryChanged]);

  /** Adds files to the run in progress, or starts a new one; answers how many it took. */
  const importFiles = useCallback(
    (picked: PickedFile[]): number => {
      const files = orderPicked(picked);
      if (files.length === 0) return 0;
      const refused: FileOutcome[] = [];
      const accepted: PickedFile[] = [];
      for (const file of files) {
        const reason = reasonToSkip(file, htmlRefusal());
        if (reason) refused.push({ path: file.path, status: 'failed', message: reason });
        else accepted.push(file);
      }
      // Decided now: by the time React runs the updater, drain() may have started.
      const appending = draining.current;
      if (!appending) outcomes.current = [];
      outcomes.current.push(...refused);
      const done = outcomes.current.slice();
      setRun((r) =>
        appending && r
          ? { ...r, total: r.total + files.length, outcomes: done }
          : { total: files.length, outcomes: done, current: null, cancelling: false, finished: accepted.length === 0, notTried: 0 },
      );
      if (accepted.length > 0) {
        queue.current.push(...accepted);
        if (!draining.current) void drain();
      }
      return files.length;
    },
    [drain, htmlRefusal],
  );

  const cancel = useCallback(() => {
    if (!draining.current) return;
    cancelRequested.current = true;
    setRun((r) => r && { ...r, cancelling: true });
  }, []);

  const dismiss = useCallback(() => {
    if (!draining.current) setRun(null);
  }, []);

  return { run, importFiles, cancel, dismiss };
}

async function importOne(picked: PickedFile): Promise<FileOutcome> {
  const { file, path } = picked;
  let contentBase64: string;
  try {
    contentBase64 = await readAsBase64(file);
  } catch (error) {
    return { path, status: 'failed', message: `It could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
  const result = await api.call('clippings.importFile', { fileName: file.name, contentBase64 });
  if (!result.ok) return { path, status: 'failed', message: result.error.message };
  const { clipping, duplicateOf } = result.value;
  if (clipping) return { path, status: 'imported', id: clipping.id, title: clipping.title, nearDuplicateOf: clipping.nearDuplicateOf };
  const id = duplicateOf ?? '';
  const existing = await api.call('clippings.get', { id });
  return { path, status: 'duplicate', duplicateOf: { id, title: existing.ok ? existing.value.title : id } };
}
