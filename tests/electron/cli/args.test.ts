import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../electron/cli/args';

describe('parseArgs', () => {
  it('accepts options before and after the positional arguments', () => {
    const before = parseArgs(['--library', 'a.sqlite', '--json', 'import', 'x.txt', 'y.md']);
    const after = parseArgs(['import', 'x.txt', '--json', 'y.md', '--library=a.sqlite']);
    for (const parsed of [before, after]) {
      expect(parsed.command).toBe('import');
      expect(parsed.positionals).toEqual(['x.txt', 'y.md']);
      expect(parsed.options.library).toBe('a.sqlite');
      expect(parsed.options.json).toBe(true);
    }
  });

  it('treats everything after -- as positional', () => {
    expect(parseArgs(['import', '--', '--json']).positionals).toEqual(['--json']);
  });

  it('refuses unknown options, missing values and bad ports', () => {
    expect(() => parseArgs(['list', '--frobnicate'])).toThrow(UsageError);
    expect(() => parseArgs(['list', '--library'])).toThrow('--library needs a value.');
    expect(() => parseArgs(['serve', '--port', 'eighty'])).toThrow(/--port must be a number/);
    expect(() => parseArgs(['serve', '--port', '70000'])).toThrow(UsageError);
    expect(() => parseArgs(['list', '--json=yes'])).toThrow('--json takes no value.');
  });

  it('reads --port', () => {
    expect(parseArgs(['serve', '--port', '8123']).options.port).toBe(8123);
  });
});
