// What a stored note may hold: the link allow list (against obfuscated schemes) and the depth check.
import { describe, expect, it } from 'vitest';
import { nestsDeeperThan, safeNoteLinkUrl } from '../../../shared/notes/note-safety';
import type { NoteContent } from '../../../shared/notes/note-format';

describe('safeNoteLinkUrl', () => {
  it.each(['https://example.org/a?b=c#d', 'http://example.org', 'mailto:desk@example.org', '  HTTPS://example.org/x '])('keeps %j', (url) => {
    expect(safeNoteLinkUrl(url)).not.toBeNull();
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript&#58;alert(1)',
    '&#x6A;avascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    'relative/path',
    '',
  ])('refuses %j', (url) => {
    expect(safeNoteLinkUrl(url)).toBeNull();
  });

  it('refuses what is not a string', () => {
    expect(safeNoteLinkUrl(undefined)).toBeNull();
    expect(safeNoteLinkUrl({ toString: () => 'https://example.org' })).toBeNull();
  });
});

describe('nestsDeeperThan', () => {
  const chain = (depth: number): NoteContent => {
    let node: Record<string, unknown> = { type: 'text', version: 1, text: 'x' };
    for (let level = 1; level < depth; level++) node = { type: level === depth - 1 ? 'root' : 'quote', children: [node] };
    return { root: node } as unknown as NoteContent;
  };

  it('counts the root as level 1 and every node below it, text included', () => {
    expect(nestsDeeperThan(chain(3), 3)).toBe(false);
    expect(nestsDeeperThan(chain(4), 3)).toBe(true);
  });

  it('walks a million levels without overflowing the stack', () => {
    expect(nestsDeeperThan(chain(1_000_000), 100)).toBe(true);
  });
});
