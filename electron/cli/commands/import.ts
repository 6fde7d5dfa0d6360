// import <file…>: each file is tried; one bad file never stops the rest.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { createClient } from '../../../shared/client';
import { MAX_FILE_BYTES, formatBytes } from '../../../shared/limits';
import type { Core } from '../../core/core';
import { filesToImport } from '../folder-files';
import { line } from '../terminal-text';

/** One line of `import --json`: this shape is parsed by scripts outside the repo. */
export interface ImportReport {
  path: string;
  ok: boolean;
  id: string | null;
  title: string | null;
  duplicateOf: string | null;
  nearDuplicateOf: string | null;
  error: string | null;
}

/** Each file, and every file inside each folder (recursively, hidden files skipped), in order. */
export async function importPaths(core: Core, paths: readonly string[]): Promise<ImportReport[]> {
  const reports: ImportReport[] = [];
  for (const path of paths) {
    for (const file of filesToImport(path)) {
      const skipped = { path: file.path, ok: false, id: null, title: null, duplicateOf: null, nearDuplicateOf: null, error: file.skipped };
      reports.push(file.skipped === null ? await importOne(core, file.path) : skipped);
    }
  }
  return reports;
}

async function importOne(core: Core, path: string): Promise<ImportReport> {
  const report: ImportReport = { path, ok: false, id: null, title: null, duplicateOf: null, nearDuplicateOf: null, error: null };
  const problem = checkFile(path);
  if (problem) return { ...report, error: problem };
  const result = await createClient(core.dispatch).call('clippings.importFile', {
    fileName: basename(path),
    contentBase64: readFileSync(path).toString('base64'),
  });
  if (!result.ok) return { ...report, error: result.error.message };
  const { clipping, duplicateOf, nearDuplicateOf } = result.value;
  return { ...report, ok: true, id: clipping?.id ?? null, title: clipping?.title ?? null, duplicateOf, nearDuplicateOf };
}

function checkFile(path: string): string | null {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? `${path}: no such file.` : `${path}: cannot be read (${code}).`;
  }
  if (!stats.isFile()) return `${path} is not a regular file.`;
  if (stats.size > MAX_FILE_BYTES) {
    return `${path} is ${formatBytes(stats.size)}; a file may be at most ${formatBytes(MAX_FILE_BYTES)} (MAX_FILE_BYTES).`;
  }
  return null;
}

/** One line per file, whatever its path, title or error holds (see terminal-text.ts). */
export function describeImport(report: ImportReport): string {
  if (!report.ok) return line`failed     ${report.path}${errorAfterPath(report.path, report.error ?? 'failed for an unknown reason')}`;
  if (report.duplicateOf) return line`duplicate  ${report.path} is already in the library (${report.duplicateOf})`;
  const near = report.nearDuplicateOf ? line`, near-duplicate of ${report.nearDuplicateOf}` : '';
  return line`imported   ${report.path} → ${report.title} (${report.id}` + `${near})`;
}

/** The error as it reads after the full path: most messages already start with the path or the file's name. */
function errorAfterPath(path: string, error: string): string {
  for (const prefix of [path, basename(path)]) {
    if (error.startsWith(prefix) && /^[: ]/.test(error.slice(prefix.length))) return error.slice(prefix.length);
  }
  return `: ${error}`;
}
