// notes list | import <file.md>: the shapes scripts outside the repo parse are exactly
// `[{ id, title, updatedAt }]` and `{ id, title }`. (notes export belongs to notes-export.ts.)
import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { createClient } from '../../../shared/client';
import { formatBytes, MAX_FILE_BYTES } from '../../../shared/limits';
import type { CliOptions } from '../args';
import { openLibraryForCli, printJson } from '../library-session';
import { allPages } from './all-pages';
import { runNotesExport } from './notes-export';
import { complain, line, say } from '../terminal-text';

/** `notes list --json` rows. */
export interface CliNote {
  id: string;
  title: string;
  updatedAt: string;
}

export const NOTES_USAGE = 'notes needs "list", "import <file.md>" or "export <id> --format md|html|docx|pdf --out FILE".';

/** Runs `notes …`; returns the exit code, or null when the arguments are not a notes command. */
export async function runNotes(positionals: readonly string[], options: CliOptions): Promise<number | null> {
  const [sub, ...rest] = positionals;
  if (sub === 'list' && rest.length === 0) return listNotes(options);
  if (sub === 'import' && rest.length === 1) return importNote(rest[0]!, options);
  if (sub === 'export') return runNotesExport(rest, options);
  return null;
}

async function listNotes(options: CliOptions): Promise<number> {
  const core = openLibraryForCli(options);
  if (!core) return 1;
  const api = createClient(core.dispatch);
  try {
    const notes = (await allPages((offset, limit) => api.call('notes.list', { offset, limit, sort: 'updated' }))).map(({ id, title, updatedAt }): CliNote => ({
      id,
      title,
      updatedAt,
    }));
    if (options.json) printJson(notes);
    else say(notes.length === 0 ? 'No notes yet.\n' : notes.map((n) => line`${n.id}  ${n.updatedAt}  ${n.title}`).join('\n') + '\n');
    return 0;
  } finally {
    core.close();
  }
}

async function importNote(path: string, options: CliOptions): Promise<number> {
  const read = readMarkdown(path);
  if (typeof read !== 'string') {
    complain(line`${read.problem}` + '\n');
    return 1;
  }
  const core = openLibraryForCli(options);
  if (!core) return 1;
  const result = await createClient(core.dispatch).call('notes.importMarkdown', { fileName: basename(path), markdown: read });
  core.close();
  if (!result.ok) {
    complain(line`${path}: ${result.error.message}` + '\n');
    return 1;
  }
  const { id, title } = result.value;
  if (options.json) printJson({ id, title });
  else say(line`Imported ${path} as the note “${title}” (${id}).` + '\n');
  return 0;
}

/** The file's text, or why it cannot be imported as a note. */
function readMarkdown(path: string): string | { problem: string } {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? `${path}: no such file. Check the path and try again.` : `${path} cannot be read (${code}).` };
  }
  if (!stats.isFile()) return { problem: `${path} is not a file; give the path of one Markdown file.` };
  if (stats.size > MAX_FILE_BYTES) return { problem: `${path} is ${formatBytes(stats.size)}; a file may be at most ${formatBytes(MAX_FILE_BYTES)}.` };
  const bytes = readFileSync(path);
  if (!isUtf8(bytes))
    return { problem: `${path} is not UTF-8 text, so it was not imported. Save it as UTF-8 (most editors offer this under Save As) and try again.` };
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}
