// import <file…>: each file is tried; one bad file never stops the rest.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { createClient } from '../../../shared/client';
import { CLI_IMPORT_BATCH, startsNewBatch } from '../../../shared/import-batches';
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

interface PendingFile {
  report: ImportReport;
  bytes: Buffer;
}

/**
 * Batches sent before the oldest one sent has answered: while the core stores one, the parse workers
 * always have the next ones to work on (with one, they sat idle whenever a batch's parse ended
 * before the store of the one before).
 */
export const BATCHES_AHEAD = 2;

/**
 * Each file, and every file inside each folder (recursively, hidden files skipped), in order. Files
 * go in batches (never splitting a file), each batch one transaction: a report is final only once
 * the batch holding its file has committed. Later batches are sent before the earlier ones have
 * answered, so that their files are parsed while the core stores an earlier one (the core stores
 * batches in the order they came); never more than BATCHES_AHEAD + 1 batches are held at once.
 */
export async function importPaths(core: Core, paths: readonly string[]): Promise<ImportReport[]> {
  const client = createClient(core.dispatch);
  const reports: ImportReport[] = [];
  let batch: PendingFile[] = [];
  let batchBytes = 0;
  const inFlight: Promise<void>[] = [];
  const send = async (files: PendingFile[]) => {
    inFlight.push(importBatch(client, files));
    if (inFlight.length > BATCHES_AHEAD) await inFlight.shift();
  };
  for (const path of paths) {
    for (const file of filesToImport(path)) {
      const report = emptyReport(file.path);
      reports.push(report);
      const problem = file.skipped ?? checkFile(file.path);
      const bytes = problem === null ? readBytes(report) : null;
      if (problem !== null) report.error = problem;
      if (bytes === null) continue;
      if (startsNewBatch({ files: batch.length, bytes: batchBytes }, bytes.length, CLI_IMPORT_BATCH)) {
        await send(batch);
        batch = [];
        batchBytes = 0;
      }
      batch.push({ report, bytes });
      batchBytes += bytes.length;
    }
  }
  if (batch.length > 0) await send(batch);
  await Promise.all(inFlight);
  return reports;
}

/** Fills in each file's report from its result; when the whole call failed, every file gets its error. */
async function importBatch(client: ReturnType<typeof createClient>, batch: PendingFile[]): Promise<void> {
  const files = batch.map(({ report, bytes }) => ({ fileName: basename(report.path), contentBase64: bytes.toString('base64') }));
  const answer = await client.call('clippings.importFiles', { files });
  batch.forEach(({ report }, index) => {
    const result = answer.ok ? answer.value.results[index]! : answer;
    if (!result.ok) {
      report.error = result.error.message;
      return;
    }
    const { clipping, duplicateOf, nearDuplicateOf } = result.value;
    Object.assign(report, { ok: true, id: clipping?.id ?? null, title: clipping?.title ?? null, duplicateOf, nearDuplicateOf });
  });
}

function emptyReport(path: string): ImportReport {
  return { path, ok: false, id: null, title: null, duplicateOf: null, nearDuplicateOf: null, error: null };
}

/** The file's bytes, or null with the report's error set when it cannot be read after all. */
function readBytes(report: ImportReport): Buffer | null {
  try {
    return readFileSync(report.path);
  } catch (error) {
    report.error = `${report.path}: cannot be read (${(error as NodeJS.ErrnoException).code}).`;
    return null;
  }
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
