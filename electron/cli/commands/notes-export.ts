// notes export <id> --format md|html|docx|pdf --out FILE: the same notes.export the app downloads,
// written to a file. The file appears whole or not at all: it is written to a temporary file in
// the same folder and renamed over the target, and a folder that is missing or not writable is
// named in the message with what to do.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createClient } from '../../../shared/client';
import { NOTE_EXPORT_FORMATS, type NoteExportFormat } from '../../../shared/domain';
import { openLibraryForCli, printJson } from '../library-session';
import type { CliOptions } from '../args';
import { complain, line, say } from '../terminal-text';

export const NOTES_EXPORT_USAGE = 'notes export needs a note id: notes export <id> --format md|html|docx|pdf --out FILE';

/** The command line's options with --format and --out (args.ts parses them as value options). */
export type NotesExportOptions = CliOptions & { format?: string | undefined; out?: string | undefined };

/** What `notes export --json` prints. */
export interface CliExport {
  path: string;
  format: NoteExportFormat;
  mediaType: string;
  bytes: number;
}

export async function runNotesExport(positionals: readonly string[], options: NotesExportOptions): Promise<number> {
  const fail = (message: string) => {
    complain(line`${message}` + '\n');
    return 1;
  };
  if (positionals.length !== 1) return fail(NOTES_EXPORT_USAGE);
  const format = options.format;
  if (!isExportFormat(format)) {
    return fail(
      format
        ? `Unknown format "${format}": choose one of ${NOTE_EXPORT_FORMATS.join(', ')}.`
        : `--format is required: one of ${NOTE_EXPORT_FORMATS.join(', ')}.`,
    );
  }
  if (!options.out) return fail('--out FILE is required: the file to write the export to.');
  const target = resolve(options.out);
  const folderProblem = checkTarget(target);
  if (folderProblem) return fail(folderProblem);

  const core = openLibraryForCli(options);
  if (!core) return 1;
  const result = await createClient(core.dispatch).call('notes.export', { id: positionals[0]!, format });
  core.close();
  if (!result.ok) return fail(result.error.message);

  const bytes = Buffer.from(result.value.base64, 'base64');
  const writeProblem = writeWhole(target, bytes);
  if (writeProblem) return fail(writeProblem);
  const report: CliExport = { path: target, format, mediaType: result.value.mediaType, bytes: bytes.length };
  if (options.json) printJson(report);
  else say(line`Exported the note to ${target} (${bytes.length} bytes).` + '\n');
  return 0;
}

function isExportFormat(format: string | undefined): format is NoteExportFormat {
  return (NOTE_EXPORT_FORMATS as readonly string[]).includes(format ?? '');
}

/** Why the target cannot be written (before any work is done), or null. */
export function checkTarget(target: string): string | null {
  const folder = dirname(target);
  const folderStats = statOrNull(folder);
  if (!folderStats) return `The folder ${folder} does not exist. Create it, or give --out a file in a folder that exists.`;
  if (!folderStats.isDirectory()) return `${folder} is not a folder, so ${basename(target)} cannot be written there. Give --out a file in a folder.`;
  if (statOrNull(target)?.isDirectory()) return `${target} is a folder. Give --out a file name, such as ${join(target, 'note.md')}.`;
  return null;
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** Writes a temporary file beside the target and renames it into place; on failure nothing is left. */
export function writeWhole(target: string, bytes: Buffer): string | null {
  const folder = dirname(target);
  const temporary = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.part`);
  let descriptor: number | null = null;
  try {
    descriptor = openSync(temporary, 'wx');
    writeSync(descriptor, bytes);
    fsyncSync(descriptor);
    closeSync(descriptor);
    descriptor = null;
    renameSync(temporary, target);
    return null;
  } catch (error) {
    if (descriptor !== null) closeSync(descriptor);
    try {
      unlinkSync(temporary);
    } catch {
      // It was never created, or is already gone.
    }
    return describeWriteError(error, folder, target);
  }
}

function describeWriteError(error: unknown, folder: string, target: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return `The folder ${folder} is not writable (${code}), so nothing was exported. Choose a folder you can write to, or change its permissions.`;
  }
  if (code === 'ENOSPC') return `The disk holding ${folder} is full, so nothing was exported. Free some space and try again.`;
  return `${target} could not be written (${code ?? (error instanceof Error ? error.message : String(error))}), so nothing was exported.`;
}
