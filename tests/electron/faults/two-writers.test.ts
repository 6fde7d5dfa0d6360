// Two processes writing one library at once: a command-line import of one folder, and a process
// that imports another folder (sharing texts with the first) while saving a note in a loop. Every
// file ends stored or reported as a duplicate, every save succeeds, and the library checks clean.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ImportReport } from '../../../electron/cli/commands/import';
import { startWriter, type WriterLine } from '../../faults/children/writer-protocol';
import { checkLibrary } from '../../faults/library-check';
import { writeArticles } from '../../faults/text-files';
import { runCli } from '../../helpers/cli-process';
import { makeTempDir } from '../../helpers/temp-library';

const CLI_FILES = 400;
const WRITER_FILES = 400;
const SHARED = 150; // the writer's first SHARED files repeat texts of the command line's files

describe('two writers on one library', () => {
  it('stores every file once or reports it a duplicate, and saves every note, with no error', async () => {
    const dir = makeTempDir('notebook-two-writers');
    const library = join(dir, 'library.sqlite');
    const cliSeeds = Array.from({ length: CLI_FILES }, (_, i) => 1000 + i);
    const writerSeeds = Array.from({ length: WRITER_FILES }, (_, i) => (i < SHARED ? 1000 + i * 2 : 5000 + i));
    writeArticles(join(dir, 'cli'), 'cli', cliSeeds);
    const writerFiles = writeArticles(join(dir, 'writer'), 'writer', writerSeeds);

    const writer = startWriter({ library, files: writerFiles, saves: 0, untilStdinCloses: true, importAfterOthers: true });
    onTestFinished(() => void writer.child.kill('SIGKILL'));
    expect(await writer.ready, 'the writer opened the library').not.toBe('');
    const cli = await runCli(['import', join(dir, 'cli'), '--library', library, '--json']);
    writer.child.stdin!.end();
    const writerExit = await writer.exited;

    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    const reports = JSON.parse(cli.stdout) as ImportReport[];
    expect(reports.filter((report) => !report.ok)).toEqual([]);
    expect(reports).toHaveLength(CLI_FILES);

    const failed = writer.lines.filter((line): line is Extract<WriterLine, { kind: 'failed' }> => line.kind === 'failed');
    expect(failed).toEqual([]);
    expect(writerExit.code, writerExit.stderr).toBe(0);
    const imported = writer.lines.filter((line) => line.kind === 'imported');
    expect(imported).toHaveLength(WRITER_FILES);
    const saves = writer.lines.filter((line) => line.kind === 'saved');
    expect(saves.length, 'the writer saved while the import ran').toBeGreaterThan(1);

    // Each distinct text is stored exactly once; every other file names the clipping it duplicates.
    const distinctTexts = new Set([...cliSeeds, ...writerSeeds]).size;
    const db = new Database(library, { readonly: true });
    const clippings = db.prepare('SELECT count(*) FROM clippings').pluck().get();
    db.close();
    expect(clippings).toBe(distinctTexts);
    const stored = reports.filter((r) => r.id !== null).length + imported.filter((l) => l.kind === 'imported' && l.id !== null).length;
    expect(stored).toBe(distinctTexts);

    expect(checkLibrary(library, writer.lines)).toEqual([]);
  });
});
