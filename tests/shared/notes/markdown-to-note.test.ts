// Markdown import: exact Lexical JSON for a small document, the title rule, [[Name]] mentions, and
// the inline and block forms people write.
import { describe, expect, it } from 'vitest';
import { markdownToNote, type MentionTarget } from '../../../shared/notes/markdown-to-note';
import type { SerializedNode } from '../../../shared/notes/note-format';

const t = (text: string, format = 0) => ({ type: 'text', version: 1, text, format, style: '', mode: 'normal', detail: 0 });
const element = { direction: null, format: '', indent: 0, version: 1 };
const p = (...children: unknown[]) => ({
  ...element,
  type: 'paragraph',
  textFormat: (children[0] as { format?: number } | undefined)?.format ?? 0,
  textStyle: '',
  children,
});
const br = { type: 'linebreak', version: 1 };

const omar: MentionTarget = { entityId: 'card-omar', name: 'Omar al-Shishani', entityType: 'person' };
const resolve = (name: string) => (name === 'Omar al-Shishani' || name === 'Abu Omar' ? omar : null);

const blocks = (markdown: string) => markdownToNote(markdown, { resolveMention: resolve }).content.root.children;

describe('markdownToNote', () => {
  it('turns a small brief into the exact JSON Lexical writes', () => {
    const markdown = [
      '# Menagh brief',
      '',
      'The **airbase** fell to [[Abu Omar]] and *others*.',
      'See [the report](https://example.org/r "Report").',
      '',
      '> Rebels claimed',
      '> the base.',
      '',
      '- [x] check grades',
      '- [ ] ask [[Nobody Known]]',
      '',
      '1. first',
      '   - nested',
      '2. second',
      '',
      '---',
    ].join('\n');
    const note = markdownToNote(markdown, { fileName: 'brief.md', resolveMention: resolve });
    expect(note.title).toBe('Menagh brief');
    expect(note.content).toEqual({
      root: {
        ...element,
        type: 'root',
        children: [
          { ...element, type: 'heading', tag: 'h1', children: [t('Menagh brief')] },
          p(
            t('The '),
            t('airbase', 1),
            t(' fell to '),
            { type: 'entity-mention', version: 1, entityId: 'card-omar', name: 'Omar al-Shishani', entityType: 'person' },
            t(' and '),
            t('others', 2),
            t('.'),
            br,
            t('See '),
            { ...element, type: 'link', url: 'https://example.org/r', rel: null, target: null, title: 'Report', children: [t('the report')] },
            t('.'),
          ),
          { ...element, type: 'quote', children: [t('Rebels claimed'), br, t('the base.')] },
          {
            ...element,
            type: 'list',
            listType: 'check',
            start: 1,
            tag: 'ul',
            children: [
              { ...element, type: 'listitem', value: 1, checked: true, children: [t('check grades')] },
              { ...element, type: 'listitem', value: 2, checked: false, children: [t('ask Nobody Known')] },
            ],
          },
          {
            ...element,
            type: 'list',
            listType: 'number',
            start: 1,
            tag: 'ol',
            children: [
              { ...element, type: 'listitem', value: 1, children: [t('first')] },
              {
                ...element,
                type: 'listitem',
                value: 2,
                children: [
                  {
                    ...element,
                    type: 'list',
                    listType: 'bullet',
                    start: 1,
                    tag: 'ul',
                    children: [{ ...element, type: 'listitem', value: 1, indent: 1, children: [t('nested')] }],
                  },
                ],
              },
              { ...element, type: 'listitem', value: 2, children: [t('second')] },
            ],
          },
          { type: 'horizontalrule', version: 1 },
        ],
      },
    });
  });

  it('takes the title from the first # heading, else from the file name without its extension', () => {
    expect(markdownToNote('## Sub\n\n# Main\n\n# Later', { fileName: 'x.md' }).title).toBe('Main');
    expect(markdownToNote('# **Bold** [[Abu Omar]]', { resolveMention: resolve }).title).toBe('Bold Omar al-Shishani');
    expect(markdownToNote('No heading here.', { fileName: '/notes/2014/Raqqa notes.v2.md' }).title).toBe('Raqqa notes.v2');
    expect(markdownToNote('Text', { fileName: 'C:\\briefs\\Sahel.markdown' }).title).toBe('Sahel');
    expect(markdownToNote('Setext title\n===', { fileName: 'f.md' }).title).toBe('Setext title');
  });

  it('gives an empty file one empty paragraph, as an empty note has', () => {
    expect(markdownToNote('', { fileName: 'empty.md' })).toEqual({ title: 'empty', content: { root: { ...element, type: 'root', children: [p()] } } });
  });

  it('keeps [[Name]] as its text when no card has that name, and shows the alias of [[Name|alias]]', () => {
    expect(blocks('[[Unknown Person]] and [[Nobody|someone]] and [[Omar al-Shishani#Early life|him]]')).toEqual([
      p(t('Unknown Person and someone and '), { type: 'entity-mention', version: 1, entityId: 'card-omar', name: 'Omar al-Shishani', entityType: 'person' }),
    ]);
    expect(blocks('[[ ]] and [[unclosed')).toEqual([p(t('[[ ]] and [[unclosed'))]);
  });

  it('reads emphasis, strikethrough, code and escapes as CommonMark does', () => {
    const formats = (markdown: string) =>
      (blocks(markdown)[0] as { children: Array<{ text: string; format: number }> }).children.map((n) => [n.text, n.format]);
    expect(formats('***both*** and __bold__ and _it_ and ~~gone~~')).toEqual([
      ['both', 3],
      [' and ', 0],
      ['bold', 1],
      [' and ', 0],
      ['it', 2],
      [' and ', 0],
      ['gone', 4],
    ]);
    expect(formats('a `**not bold**` b')).toEqual([
      ['a ', 0],
      ['**not bold**', 16],
      [' b', 0],
    ]);
    expect(formats('snake_case_name, 2 * 3 * 4, \\*literal\\*')).toEqual([['snake_case_name, 2 * 3 * 4, *literal*', 0]]);
    expect(formats('**bold *and italic* inside**')).toEqual([
      ['bold ', 1],
      ['and italic', 3],
      [' inside', 1],
    ]);
    expect(formats('**unclosed and *closed*')).toEqual([
      ['**unclosed and ', 0],
      ['closed', 2],
    ]);
  });

  it('keeps only links that open the web or mail; others keep their text', () => {
    const [node] = blocks('[a](javascript:alert(1)) [b](notes/other.md) <https://x.org/a> ![map](https://x.org/m.png) [c](<https://x.org/a b>)');
    const children = (node as { children: SerializedNode[] }).children;
    expect(children.map((n) => (n.type === 'link' ? `link:${String(n.url)}` : (n as { text: string }).text))).toEqual([
      'a b ',
      'link:https://x.org/a',
      ' map ',
      'link:https://x.org/a b',
    ]);
  });

  it('reads headings of every level, line breaks, fenced code and nested bullet lists', () => {
    const heads = blocks('# one\n## two\n### three\n#### four\n##### five\n###### six ##\n####### seven');
    expect(heads.map((h) => (h as { tag?: string }).tag ?? h.type)).toEqual(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'paragraph']);
    expect(blocks('line one  \nline two\\\nline three')).toEqual([p(t('line one'), br, t('line two'), br, t('line three'))]);
    expect(blocks('```\nlet x = 1;\n\n  y\n```')).toEqual([p(t('let x = 1;', 16), br, br, t('  y', 16))]);
    const [list] = blocks('* a\n  * b\n    * c\n* d');
    expect(JSON.stringify(list)).toBe(JSON.stringify(markdownToNote('- a\n  - b\n    - c\n- d').content.root.children[0]));
    const items = (list as unknown as { children: Array<{ value: number; children: SerializedNode[] }> }).children;
    expect(items.map((item) => [item.value, item.children[0]!.type])).toEqual([
      [1, 'text'],
      [2, 'list'],
      [2, 'text'],
    ]);
  });

  it('starts a numbered list at its first number, and does not take a year at a line start for one', () => {
    const [list] = blocks('3. three\n4. four');
    expect(list).toMatchObject({ listType: 'number', start: 3, children: [{ value: 3 }, { value: 4 }] });
    expect(blocks('It happened in\n2014. Then more.')).toEqual([p(t('It happened in'), br, t('2014. Then more.'))]);
  });
});
