// The parse worker's entry: runs one job at a time as the pool sends them and answers each with
// its document or its error. Started by worker-script.ts, under resource limits set by the pool.
import { getHeapStatistics } from 'node:v8';
import { parentPort, type TransferListItem } from 'node:worker_threads';
import { NotebookError } from '../../../../shared/errors';
import { arrivalKeys } from '../../clippings/text-keys';
import { checkHtmlImportSupport, parseDocument, parsePastedHtml } from '../parse-document';
import type { ParseJob, ParseRequest, ParseResponse, ParseValue } from './messages';

async function run(job: ParseJob): Promise<ParseValue> {
  if (job.kind === 'file') {
    const document = await parseDocument(job.fileName, job.bytes);
    return job.withKeys ? { document, keys: arrivalKeys(document.text, job.bytes), bytes: job.bytes } : document;
  }
  if (job.kind === 'pasted-html') return parsePastedHtml(job.html);
  return checkHtmlImportSupport();
}

/**
 * The shingles and the file's bytes go back transferred, not copied: a 20 MB text has megabytes of
 * shingles, and the bytes came here whole (their buffer is the job's own: see pooled-import.ts).
 */
function transferOf(value: ParseValue): TransferListItem[] {
  return 'keys' in value ? [value.keys.shingles.buffer as ArrayBuffer, value.bytes.buffer as ArrayBuffer] : [];
}

async function answer(request: ParseRequest): Promise<ParseResponse> {
  const id = request.id;
  try {
    const value = await run(request.job);
    return { id, ok: true, value, heapUsedBytes: getHeapStatistics().used_heap_size };
  } catch (error) {
    const apiError =
      error instanceof NotebookError
        ? error.toApiError()
        : { code: 'internal' as const, message: `The import reader failed: ${error instanceof Error ? error.message : String(error)}` };
    return { id, ok: false, error: apiError, heapUsedBytes: getHeapStatistics().used_heap_size };
  }
}

// A library's console output goes to stderr: it must never mix into the CLI's JSON on stdout.
console.log = console.info = console.debug = console.error;

const port = parentPort;
if (port === null) throw new Error('parse-worker.ts runs only as a worker thread.');
// One job at a time, answered in the order they came: the pool may send several ahead, and times
// each from the answer before it.
let previous: Promise<void> = Promise.resolve();
port.on('message', (request: ParseRequest) => {
  previous = previous.then(async () => {
    const response = await answer(request);
    port.postMessage(response, response.ok ? transferOf(response.value) : []);
  });
});
