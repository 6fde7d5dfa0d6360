// An unexpected error for each file of a batch (here a disk that is full for every new clipping)
// gives one line per failing file on stderr; the stack traces only with --verbose.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli-process';
import { makeTempDir } from '../../helpers/temp-library';

const FULL_DISK = resolve(__dirname, '..', '..', 'helpers', 'full-disk-preload.mjs');
const STACK_LINE = /^\s+at /m;

function batch() {
  const dir = makeTempDir('notebook-cli');
  const files = ['one', 'two', 'three'].map((name) => {
    const path = join(dir, `${name}.txt`);
    writeFileSync(path, `Report ${name}\n\nThe ${name} convoy was seen at dawn.\n`);
    return path;
  });
  return { files, library: join(dir, 'library.sqlite'), env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${FULL_DISK}`.trim() } };
}

describe('CLI error output', () => {
  it('prints one line per failing file and no stack trace', async () => {
    const { files, library, env } = batch();
    const run = await runCli(['import', ...files, '--library', library], { env });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(STACK_LINE);
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(files.length);
    files.forEach((file, i) => {
      expect(lines[i]).toMatch(/^failed {5}/);
      expect(lines[i]).toContain(file);
      expect(lines[i]).toContain('disk is full');
    });
    expect(run.stdout).toBe('0 of 3 files imported.\n');
  });

  it('keeps --json to one document on stdout, and nothing on stderr', async () => {
    const { files, library, env } = batch();
    const run = await runCli(['import', ...files, '--library', library, '--json'], { env });
    expect(run.stderr).toBe('');
    const reports = JSON.parse(run.stdout) as Array<{ ok: boolean; error: string }>;
    expect(reports.map((report) => report.ok)).toEqual([false, false, false]);
    for (const report of reports) expect(report.error).toContain('disk is full');
  });

  it('prints the stack trace of each failure with --verbose, which --help documents', async () => {
    const { files, library, env } = batch();
    const run = await runCli(['import', ...files, '--library', library, '--verbose'], { env });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(STACK_LINE);
    expect(run.stderr.match(/SQLITE_FULL|disk is full/g)?.length).toBeGreaterThanOrEqual(files.length);
    expect(run.stderr.split('\n').filter((line) => line.startsWith('failed     '))).toHaveLength(files.length);
    const help = await runCli(['--help']);
    expect(help.stdout).toMatch(/--verbose\s+\S.*stack trace/);
  });
});
