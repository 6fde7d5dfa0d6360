// Reads files the user picked and sends each to the core; one bad file never stops the rest.
import { MAX_FILE_BYTES, formatBytes } from '../../../../shared/limits';
import { api } from '../../api/client';

export interface FileImportResult {
  name: string;
  ok: boolean;
  message: string;
}

export async function importFiles(files: readonly File[], onProgress: (done: number) => void): Promise<FileImportResult[]> {
  const results: FileImportResult[] = [];
  for (const file of files) {
    results.push(await importOne(file));
    onProgress(results.length);
  }
  return results;
}

async function importOne(file: File): Promise<FileImportResult> {
  if (file.size > MAX_FILE_BYTES) {
    return {
      name: file.name,
      ok: false,
      message: `${file.name} is ${formatBytes(file.size)}; a file may be at most ${formatBytes(MAX_FILE_BYTES)} (MAX_FILE_BYTES).`,
    };
  }
  const result = await api.call('clippings.importFile', {
    fileName: file.name,
    contentBase64: toBase64(new Uint8Array(await file.arrayBuffer())),
  });
  return result.ok
    ? { name: file.name, ok: true, message: result.value.title }
    : { name: file.name, ok: false, message: result.error.message };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export function summarise(results: readonly FileImportResult[]): { kind: 'info' | 'error'; message: string } {
  const failed = results.filter((r) => !r.ok);
  const imported = results.length - failed.length;
  const head = `Imported ${imported} of ${results.length} ${results.length === 1 ? 'file' : 'files'}.`;
  if (failed.length === 0) return { kind: 'info', message: head };
  return { kind: 'error', message: `${head} ${failed.map((f) => f.message).join(' ')}` };
}
