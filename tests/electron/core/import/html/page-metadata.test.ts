import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readDeclaredMetadata } from '../../../../../electron/core/import/html/page-metadata';

function declared(head: string, body = '<p>Text.</p>') {
  return readDeclaredMetadata(parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document);
}

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readDeclaredMetadata', () => {
  it('reads the article node of a JSON-LD @graph, resolving the publisher by @id', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'Border Monitor' },
        { '@type': 'VideoObject', datePublished: '2020-01-01' },
        {
          '@type': ['NewsArticle'],
          datePublished: '2019-04-30T23:39:00-04:00',
          publisher: { '@id': '#org' },
          author: [{ '@type': 'Person', name: 'Jane Doe' }, 'Omar Said'],
        },
      ],
    };
    expect(declared(ld(graph))).toEqual({ publishedAt: '2019-04-30', outlet: 'Border Monitor', byline: 'Jane Doe, Omar Said' });
  });

  it('reads JSON-LD arrays and CDATA-wrapped blocks, and skips a broken block', () => {
    const block = `<script type="application/ld+json"><![CDATA[ ${JSON.stringify([{ '@type': 'BlogPosting', datePublished: '2016-05-08', author: { name: 'A. Writer' } }])} ]]></script>`;
    expect(declared(`<script type="application/ld+json">{ not json</script>${block}`)).toMatchObject({ publishedAt: '2016-05-08', byline: 'A. Writer' });
  });

  it('reads article:* and Open Graph meta, leaving out profile URLs', () => {
    const head =
      '<meta property="article:published_time" content="2015-07-10 09:53:00 -0400"><meta property="og:site_name" content="The Post">' +
      '<meta property="article:author" content="https://facebook.com/someone"><meta name="author" content="Sam Reporter">';
    expect(declared(head)).toEqual({ publishedAt: '2015-07-10', outlet: 'The Post', byline: 'Sam Reporter' });
  });

  it("prefers the Article scope's itemprop date to a video's", () => {
    const body =
      '<div itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="datePublished" content="2015-03-12T13:11:07Z"></div>' +
      '<div itemscope itemtype="https://schema.org/Article"><meta itemprop="datePublished" content="2015-03-11T19:46:14Z">' +
      '<span itemprop="author" itemscope><span itemprop="name">Gillian Mohney</span></span></div>';
    expect(declared('', body)).toMatchObject({ publishedAt: '2015-03-11', byline: 'Gillian Mohney' });
  });

  it('reads Parse.ly, Dublin Core and the common date names', () => {
    const parsely = `<meta name="parsely-page" content='${JSON.stringify({ pub_date: '2015-04-16T20:02:01Z', authors: ['Dan Goodin'] })}'>`;
    expect(declared(parsely)).toMatchObject({ publishedAt: '2015-04-16', byline: 'Dan Goodin' });
    expect(declared('<meta name="parsely-pub-date" content="2024-04-20T04:20:00.000Z"><meta name="parsely-author" content="P. Author">')).toMatchObject({
      publishedAt: '2024-04-20',
      byline: 'P. Author',
    });
    expect(
      declared('<meta name="DC.Date.Issued" content="2014-12-15"><meta name="DC.creator" content="Kooman, F."><meta name="DC.publisher" content="IETF">'),
    ).toEqual({
      publishedAt: '2014-12-15',
      outlet: 'IETF',
      byline: 'Kooman, F.',
    });
    expect(declared('<meta name="publishdate" content="05/29/2007 09:49:00">').publishedAt).toBe('2007-05-29');
    expect(declared('<meta name="sailthru.date" content="2018-07-24">').publishedAt).toBe('2018-07-24');
    expect(declared('<meta name="pdate" content="20170113">').publishedAt).toBe('2017-01-13');
  });

  it('reads <time pubdate> and the hAtom "published" class, but not an infobox card', () => {
    expect(declared('', '<time pubdate datetime="2013-09-29">Sunday</time>').publishedAt).toBe('2013-09-29');
    expect(declared('', '<div class="hentry"><abbr class="published" title="2015-03-10T08:05:41-07:00">March 10</abbr></div>').publishedAt).toBe('2015-03-10');
    expect(declared('', '<table class="infobox vcard"><tr><td><span class="bday published">1998-02-28</span></td></tr></table>').publishedAt).toBeNull();
  });

  it('states nothing when the page declares nothing usable', () => {
    expect(declared('<meta name="date" content="soon"><meta property="og:site_name" content="   ">', '<time datetime="2016-11-15">1 day ago</time>')).toEqual({
      publishedAt: null,
      outlet: null,
      byline: null,
    });
  });
});
