// Bulk import in small batches: each batch is one 'clippings.importFiles' call (one transaction in
// the core), so progress moves a batch at a time, Cancel stops after the batch in flight, and
// everything already done stays imported. The next batch is read while the core stores this one.
import { useCallback, useRef, useState } from 'react';
import { PAGE_IMPORT_BATCH, nextBatchLength } from '../../../../shared/import-batches';
import { orderPicked, reasonToSkip, type PickedFile } from './fileTypes';
import { readBatch, sendBatch, type FileOutcome, type ReadFile } from './importBatch';

export type { FileOutcome } from './importBatch';

export interface ImportRun {
  /** Files in this run, including those refused before sending. */
  total: number;
  outcomes: FileOutcome[];
  /** The files being imported now (one batch); empty when finished. */
  current: string[];
  cancelling: boolean;
  finished: boolean;
  /** Files left untried (not sent) because the user cancelled. */
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

  /** Takes the next batch off the queue and starts reading it; null when the queue is empty. */
  const takeBatch = useCallback((): Batch | null => {
    const sizes = queue.current.slice(0, PAGE_IMPORT_BATCH.files).map((picked) => picked.file.size);
    const files = queue.current.splice(0, nextBatchLength(sizes, PAGE_IMPORT_BATCH));
    return files.length > 0 ? { files, read: readBatch(files) } : null;
  }, []);

  const drain = useCallback(async () => {
    draining.current = true;
    let refreshedAt = performance.now();
    let pending = takeBatch();
    while (pending) {
      const batch = pending;
      setRun((r) => r && { ...r, current: batch.files.map((picked) => picked.path) });
      const read = await batch.read;
      // Read the next batch while the core stores this one; after Cancel, read nothing more.
      pending = cancelRequested.current ? null : takeBatch();
      outcomes.current.push(...(await sendBatch(batch.files, read)));
      const done = outcomes.current.slice();
      setRun((r) => r && { ...r, outcomes: done });
      if (performance.now() - refreshedAt > REFRESH_EVERY_MS) {
        refreshedAt = performance.now();
        onLibraryChanged();
      }
      if (cancelRequested.current) break;
      // Files picked while this batch was stored join the run.
      pending ??= takeBatch();
    }
    // A batch read but not sent is as untried as the files still queued.
    const notTried = queue.current.length + (pending?.files.length ?? 0);
    queue.current = [];
    cancelRequested.current = false;
    draining.current = false;
    setRun((r) => r && { ...r, current: [], cancelling: false, finished: true, notTried });
    onLibraryChanged();
  }, [onLibraryChanged, takeBatch]);

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
          : { total: files.length, outcomes: done, current: [], cancelling: false, finished: accepted.length === 0, notTried: 0 },
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

interface Batch {
  files: PickedFile[];
  read: Promise<ReadFile[]>;
}
