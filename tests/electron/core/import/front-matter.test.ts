import { describe, expect, it } from 'vitest';
import { MAX_FRONT_MATTER_CHARS, splitFrontMatter } from '../../../../electron/core/import/front-matter';

const BODY = '# Crossing seized\n\nFighters took the crossing at dawn, officials said.\n';

describe('splitFrontMatter', () => {
  it('reads an Obsidian Web Clipper note: wiki-link authors, a tag list, published before created', () => {
    const text = [
      '---',
      'title: "Crossing seized"',
      'source: "https://news.example/crossing"',
      'author:',
      '  - "[[Jane Doe]]"',
      '  - "[[omar-said|Omar Said]]"',
      'published: 2019-04-30T23:39:00-04:00',
      'created: 2024-01-02',
      'description: "Fighters took the crossing."',
      'tags:',
      '  - "clippings"',
      '  - "#syria"',
      '---',
      BODY,
    ].join('\n');
    expect(splitFrontMatter(text)).toEqual({
      fields: {
        title: 'Crossing seized',
        url: 'https://news.example/crossing',
        byline: 'Jane Doe, Omar Said',
        outlet: null,
        publishedAt: '2019-04-30',
        tags: ['clippings', 'syria'],
      },
      body: BODY,
      warning: null,
    });
  });

  it('reads MarkDownload-style keys: url, a string author, date, comma-separated tags', () => {
    const text = `---\ntitle: Crossing seized\nurl: https://news.example/c\nauthor: Jane Doe\ndate: 2014-07-02\ntags: syria, border , \n---\n${BODY}`;
    expect(splitFrontMatter(text).fields).toEqual({
      title: 'Crossing seized',
      url: 'https://news.example/c',
      byline: 'Jane Doe',
      outlet: null,
      publishedAt: '2014-07-02',
      tags: ['syria', 'border'],
    });
  });

  it('leaves text without front matter, or with a Markdown rule on its first line, as it is', () => {
    expect(splitFrontMatter(BODY)).toEqual({ fields: null, body: BODY, warning: null });
    const rule = '---\nA paragraph under a rule.\n---\nMore text.';
    expect(splitFrontMatter(rule)).toEqual({ fields: null, body: rule, warning: null });
  });

  it('keeps malformed front matter as text, with a warning saying so', () => {
    const text = `---\ntitle: "unclosed\ntags: [a, b\n---\n${BODY}`;
    const split = splitFrontMatter(text);
    expect(split.fields).toBeNull();
    expect(split.body).toBe(text);
    expect(split.warning).toMatch(/^The front matter could not be read \(.+\), so it was kept as text\.$/);
  });

  it('refuses alias bombs and custom tags without running anything', () => {
    const bomb = `---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n${BODY}`;
    expect(splitFrontMatter(bomb)).toMatchObject({ fields: null, body: bomb });
    expect(splitFrontMatter(bomb).warning).toMatch(/could not be read/);
    const custom = `---\ntitle: !!js/function "function () { return 1 }"\n---\n${BODY}`;
    // An unknown tag is not resolved: the value stays the string it is written as.
    expect(splitFrontMatter(custom).fields?.title).toBe('function () { return 1 }');
  });

  it('keeps front matter over the size cap as text, with a warning', () => {
    const text = `---\ntitle: Big\nnotes: "${'x'.repeat(MAX_FRONT_MATTER_CHARS)}"\n---\n${BODY}`;
    expect(splitFrontMatter(text)).toMatchObject({ fields: null, body: text, warning: expect.stringMatching(/longer than 64 KB/) });
  });
});
