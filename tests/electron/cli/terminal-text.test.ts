// What the command line prints for a person goes to a terminal, which obeys escape sequences:
// titles and file names must not be able to forge lines, recolour, retitle the window or reorder
// text. JSON output keeps its exact shapes and values.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText, jsonForTerminal } from '../../../electron/cli/terminal-text';
import { runCli } from '../../helpers/cli-process';
import { makeTempDir, openTrackedCore } from '../../helpers/temp-library';

/** Erase the line, go up one, print a fake report; then OSC (window title), C1 CSI, bidi overrides, bell. */
const FORGERY = '\x1b[2K\r\x1b[1Aimported   forged.txt → Forged (0000)';
const HOSTILE = `Report ${FORGERY}\n\x1b]0;owned\x07\u009b31mred\u009d0;t\u009c \u202eevil\u202c \u2066iso\u2069\x07\b\x7f\x00 end`;

/** Anything a terminal would act on: C0 but \n and \t, DEL, C1, bidi overrides and isolates. */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('cleanLine and cleanText', () => {
  it('drop whole escape sequences, control characters and bidi overrides', () => {
    const line = cleanLine(HOSTILE);
    expect(line).not.toMatch(TERMINAL_CONTROL);
    expect(line).not.toContain('\n');
    expect(line).not.toContain('[2K');
    expect(line).not.toContain('owned');
    expect(line).not.toContain('31m');
    expect(line).toContain('Report');
    expect(line).toContain('imported   forged.txt');
    expect(line).toContain('evil');
    expect(line).toMatch(/end$/);
  });

  it('cleanText keeps line breaks and tabs, and turns a carriage return into a line break', () => {
    expect(cleanText('a\tb\nc\r\nd\re\x1b[31mf\u202eg')).toBe('a\tb\nc\nd\nefg');
    expect(cleanLine('a\tb\nc\r\nd\u2028e')).toBe('a b c d e');
    expect(cleanLine('Ordinary — text, “quoted” ✓ 日本語 العربية')).toBe('Ordinary — text, “quoted” ✓ 日本語 العربية');
  });

  it('jsonForTerminal escapes what JSON.stringify leaves raw, and parses back to the same value', () => {
    const value = [{ path: HOSTILE, title: 'C1 \u0085\u009b and \u202e\u2029', n: 1, none: null }];
    const text = jsonForTerminal(value);
    expect(text).not.toMatch(TERMINAL_CONTROL);
    expect(text).not.toMatch(/[\u2028\u2029\u0085]/);
    expect(JSON.parse(text)).toEqual(value);
    for (const escaped of ['\\u001b', '\\u009b', '\\u0085', '\\u202e', '\\u2029', '\\u007f']) expect(text).toContain(escaped);
  });
});

describe('the command line prints hostile names safely', () => {
  it('import, list, show, entities and notes print no control sequence and forge no line; JSON keeps the raw values', async () => {
    const dir = makeTempDir('notebook-cli');
    const library = join(dir, 'library.sqlite');
    const fileName = `brief\n${FORGERY.replace(/\//g, '-')}\x1b]0;owned\x07\u202e.md`;
    writeFileSync(join(dir, fileName), '# An ordinary brief\n\nNothing odd inside.\n');
    const core = openTrackedCore(library);
    const created = await core.dispatch('clippings.create', { text: 'Body text\x1b[31m here.\nSecond line.', title: HOSTILE });
    expect(created.ok).toBe(true);
    const clippingId = (created as { value: { clipping: { id: string } } }).value.clipping.id;
    expect((await core.dispatch('entities.create', { type: 'person', name: `Name ${FORGERY}`, aliases: [`\u202eAlias`] })).ok).toBe(true);
    expect((await core.dispatch('notes.create', { title: `Note ${FORGERY}` })).ok).toBe(true);
    core.close();

    const runs = {
      import: await runCli(['import', join(dir, fileName), '--library', library]),
      list: await runCli(['list', '--library', library]),
      show: await runCli(['show', clippingId, '--library', library]),
      entities: await runCli(['entities', 'list', '--library', library]),
      notes: await runCli(['notes', 'list', '--library', library]),
      missing: await runCli(['import', join(dir, `gone${FORGERY}`), '--library', library]),
      usage: await runCli([`frob${FORGERY}`, '--library', library]),
    };
    for (const [name, run] of Object.entries(runs)) {
      expect(run.stdout + run.stderr, name).not.toMatch(TERMINAL_CONTROL);
      const lines = `${run.stdout}\n${run.stderr}`.split('\n');
      expect(
        lines.filter((line) => /^\s*imported\s+forged/.test(line)),
        name,
      ).toEqual([]);
    }
    expect(runs.import.code).toBe(0);
    expect(runs.import.stdout.split('\n').filter(Boolean)).toHaveLength(2); // one line for the file, one summary
    expect(runs.missing.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(runs.show.stdout).toContain('Body text here.\nSecond line.');

    const json = await runCli(['list', '--library', library, '--json']);
    expect(json.stdout).not.toMatch(TERMINAL_CONTROL);
    // The values themselves are data, kept as stored: JSON escapes them, scripts parse them back.
    const titles = (JSON.parse(json.stdout) as Array<{ title: string }>).map((item) => item.title);
    expect(titles.some((title) => title.includes(FORGERY))).toBe(true);
    const reimport = await runCli(['import', join(dir, fileName), '--library', library, '--json']);
    const [report] = JSON.parse(reimport.stdout) as Array<Record<string, unknown>>;
    expect(Object.keys(report!).sort()).toEqual(['duplicateOf', 'error', 'id', 'nearDuplicateOf', 'ok', 'path', 'title']);
    expect(report!.path).toBe(join(dir, fileName));
  });
});
