// Hostile note content through the core: script and data links and inline CSS are dropped on every
// way in (save, create, restore, Markdown import), and a note nested too deep is refused, not crashed on.
import { describe, expect, it } from 'vitest';
import type { Note, NoteExport } from '../../../../shared/domain';
import type { NoteContent, SerializedNode } from '../../../../shared/notes/note-format';
import { NOTE_MAX_DEPTH } from '../../../../shared/notes/note-safety';
import { errorOf, openTempCore, valueOf } from '../../../helpers/temp-library';
import { content, makeNote, paragraph, saveNote, says, text } from './note-fixtures';

const link = (url: string, ...children: SerializedNode[]): SerializedNode => ({
  type: 'link',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  url,
  rel: null,
  target: null,
  title: null,
  children,
});

/** The node with some fields set (a style, say), whatever the node's own type says of them. */
const withFields = (node: SerializedNode, fields: Record<string, unknown>): SerializedNode => ({ ...node, ...fields }) as SerializedNode;

const UNSAFE_URLS = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'java\tscript:alert(1)',
  ' \njavascript:alert(1)',
  'javascript&#58;alert(1)',
  '&#106;avascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DaTa:image/svg+xml;base64,PHN2Zz4=',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
];

/** A paragraph with one link per unsafe URL (its text says which), a safe link of each scheme, and styled text. */
function hostileContent(): NoteContent {
  const unsafe = UNSAFE_URLS.map((url, index) => link(url, text(`bad${index}`)));
  const safe = [link('https://example.org/a', text('web')), link('mailto:desk@example.org', text('mail')), link('http://example.org', text('plain web'))];
  const withStyle = withFields(paragraph(withFields(text('red'), { style: 'color: red; background: url(http://evil.example/x)' })), {
    textStyle: 'background:url(http://evil.example/y)',
  });
  return content(paragraph(...unsafe, ...safe), withStyle);
}

/** Every link URL and every non-empty style of the stored content. */
function linksAndStyles(stored: NoteContent) {
  const urls: string[] = [];
  const styles: string[] = [];
  const visit = (node: Record<string, unknown>): void => {
    if (typeof node.url === 'string') urls.push(node.url);
    for (const key of ['style', 'textStyle']) if (typeof node[key] === 'string' && node[key] !== '') styles.push(node[key] as string);
    if (Array.isArray(node.children)) for (const child of node.children) visit(child as Record<string, unknown>);
  };
  visit(stored.root as unknown as Record<string, unknown>);
  return { urls, styles };
}

/** A note nested `depth` levels deep (quotes inside quotes), built without recursion. */
function nestedContent(depth: number): NoteContent {
  let node: SerializedNode = paragraph(text('deep'));
  for (let level = 2; level < depth - 1; level++) node = { type: 'quote', version: 1, direction: null, format: '', indent: 0, children: [node] };
  return content(node);
}

const SAFE_URLS = ['https://example.org/a', 'mailto:desk@example.org', 'http://example.org'];

describe('hostile note content', () => {
  it('notes.save stores unsafe links as their text and drops inline styles; safe links stay as written', async () => {
    const core = openTempCore();
    const note = await makeNote(core, { title: 'Hostile' });
    const saved = await saveNote(core, note, hostileContent());
    expect(linksAndStyles(saved.content)).toEqual({ urls: SAFE_URLS, styles: [] });
    const first = saved.content.root.children[0] as { children: Array<{ type: string; text?: string }> };
    expect(first.children.slice(0, UNSAFE_URLS.length)).toEqual(UNSAFE_URLS.map((_, index) => expect.objectContaining({ type: 'text', text: `bad${index}` })));
    const second = saved.content.root.children[1] as { children: Array<{ text: string; style: string }> };
    expect(second.children[0]).toMatchObject({ text: 'red', style: '' });
  });

  it('notes.create, notes.importMarkdown and notes.restore drop them too', async () => {
    const core = openTempCore();
    const created = await makeNote(core, { title: 'Given', content: hostileContent() });
    expect(linksAndStyles(created.content)).toEqual({ urls: SAFE_URLS, styles: [] });

    const markdown = '[x](javascript:alert(1)) [y](<java\tscript:alert(1)>) [z](https://example.org/z)';
    const imported = valueOf(await core.dispatch('notes.importMarkdown', { fileName: 'x.md', markdown })) as Note;
    expect(linksAndStyles(imported.content).urls).toEqual(['https://example.org/z']);

    // Restoring the first revision cleans it like a save (older libraries may hold such snapshots).
    const later = await saveNote(core, created, says('later'));
    const restored = valueOf(await core.dispatch('notes.restore', { id: created.id, snapshotRevision: 0, revision: later.revision })) as Note;
    expect(linksAndStyles(restored.content)).toEqual({ urls: SAFE_URLS, styles: [] });
  });

  it('the HTML export of such a note carries no script or data link and no inline style', async () => {
    const core = openTempCore();
    const note = await makeNote(core, { title: 'Hostile' });
    await saveNote(core, note, hostileContent());
    const file = valueOf(await core.dispatch('notes.export', { id: note.id, format: 'html' })) as NoteExport;
    const html = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(html).not.toMatch(/javascript|vbscript|data:|evil\.example|style="/iu);
    expect(html).toContain('bad0');
    expect(html).toContain('href="https://example.org/a"');
  });

  it.each([10_000, 100_000])('refuses a note nested %i deep as invalid_input naming the limit, and keeps the stored note', async (depth) => {
    const core = openTempCore();
    const note = await makeNote(core, { title: 'Deep', content: says('kept') });
    const saved = errorOf(await core.dispatch('notes.save', { id: note.id, revision: 0, title: 'Deep', content: nestedContent(depth) }));
    expect(saved).toMatchObject({ code: 'invalid_input', field: 'content' });
    expect(saved.message).toContain(`more than ${NOTE_MAX_DEPTH} levels deep`);
    expect(errorOf(await core.dispatch('notes.create', { title: 'Deep', content: nestedContent(depth) })).code).toBe('invalid_input');
    expect(valueOf(await core.dispatch('notes.get', { id: note.id }))).toMatchObject({ revision: 0, content: says('kept') });
  });

  it('takes a note exactly at the depth limit', async () => {
    const core = openTempCore();
    const note = await makeNote(core, { title: 'Deep' });
    expect(valueOf(await core.dispatch('notes.save', { id: note.id, revision: 0, title: 'Deep', content: nestedContent(NOTE_MAX_DEPTH) }))).toMatchObject({
      revision: 1,
    });
    expect(errorOf(await core.dispatch('notes.save', { id: note.id, revision: 1, title: 'Deep', content: nestedContent(NOTE_MAX_DEPTH + 1) })).code).toBe(
      'invalid_input',
    );
  });
});
