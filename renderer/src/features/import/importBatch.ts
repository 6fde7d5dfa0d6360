// One batch of a bulk import: its files read as base64, then sent in one 'clippings.importFiles'
// call (one transaction in the core; a bad file is refused alone).
import type { ImportResult } from '../../../../shared/domain';
import type { ApiResult } from '../../../../shared/errors';
import { api } from '../../api/client';
import type { PickedFile } from './fileTypes';
import { readAsBase64 } from './readAsBase64';

export type FileOutcome =
  | { path: string; status: 'imported'; id: string; title: string; nearDuplicateOf: { id: string; title: string } | null }
  | { path: string; status: 'duplicate'; duplicateOf: { id: string; title: string } }
  | { path: string; status: 'failed'; message: string };

/** Per file, its bytes as base64, or why it could not be read (and so is not sent). */
export type ReadFile = { contentBase64: string } | { unreadable: FileOutcome };

/** Reads every file of the batch; never rejects: a file that cannot be read gets its own outcome. */
export function readBatch(files: readonly PickedFile[]): Promise<ReadFile[]> {
  return Promise.all(
    files.map(async ({ file, path }): Promise<ReadFile> => {
      try {
        return { contentBase64: await readAsBase64(file) };
      } catch (error) {
        return { unreadable: { path, status: 'failed', message: `It could not be read (${messageOf(error)}).` } };
      }
    }),
  );
}

/**
 * Sends the files that could be read; answers one outcome per file, in the batch's order. When the
 * call fails as a whole (the door refused it, the notebook stopped answering), each of its files
 * fails with that message and nothing else is affected.
 */
export async function sendBatch(files: readonly PickedFile[], read: readonly ReadFile[]): Promise<FileOutcome[]> {
  const sentIndexes = files.flatMap((_, index) => ('contentBase64' in read[index]! ? [index] : []));
  const inputs = sentIndexes.map((index) => ({ fileName: files[index]!.file.name, contentBase64: (read[index] as { contentBase64: string }).contentBase64 }));
  const results = inputs.length > 0 ? await callImportFiles(inputs) : [];
  const answers = new Map(sentIndexes.map((fileIndex, resultIndex) => [fileIndex, results[resultIndex] ?? missingAnswer()]));
  return Promise.all(
    files.map((picked, index) => {
      const content = read[index]!;
      return 'unreadable' in content ? content.unreadable : outcomeOf(picked.path, answers.get(index)!);
    }),
  );
}

async function callImportFiles(files: Array<{ fileName: string; contentBase64: string }>): Promise<Array<ApiResult<ImportResult>>> {
  let answer: ApiResult<{ results: Array<ApiResult<ImportResult>> }>;
  try {
    answer = await api.call('clippings.importFiles', { files });
  } catch (error) {
    // The Electron door rejects instead of answering when its channel fails.
    answer = { ok: false, error: { code: 'internal', message: `The notebook did not answer (${messageOf(error)}). Try these files again.` } };
  }
  return answer.ok ? answer.value.results : files.map(() => answer as ApiResult<never>);
}

function missingAnswer(): ApiResult<never> {
  return { ok: false, error: { code: 'internal', message: 'The notebook gave no answer for this file. Try it again.' } };
}

async function outcomeOf(path: string, result: ApiResult<ImportResult>): Promise<FileOutcome> {
  if (!result.ok) return { path, status: 'failed', message: result.error.message };
  const { clipping, duplicateOf } = result.value;
  if (clipping) return { path, status: 'imported', id: clipping.id, title: clipping.title, nearDuplicateOf: clipping.nearDuplicateOf };
  // A duplicate is shown by the title of the clipping it repeats, which the answer does not carry.
  const id = duplicateOf ?? '';
  const existing = await api.call('clippings.get', { id }).catch(() => null);
  return { path, status: 'duplicate', duplicateOf: { id, title: existing?.ok ? existing.value.title : id } };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
