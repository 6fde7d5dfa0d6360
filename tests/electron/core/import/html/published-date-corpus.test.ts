// The published day of every Readability test page (../shared/corpus/readability) that declares
// one in its markup, as read by hand from each page's HTML: JSON-LD, article:published_time,
// itemprop="datePublished", Parse.ly, Dublin Core, the common date meta names, <time pubdate> or
// the hAtom "published" class. The day is the page's own (a date-time with an offset keeps its
// local day). Left out: pages whose only dates are plain <time> elements that nothing marks as the
// publication date (msn, royal-road, yahoo-1, yahoo-2). The rules were built for kinds of markup;
// the figure is printed for two halves (alternate pages) so that a rule fitted to one half shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from '../../../../../electron/core/import/html/decode-html';
import { readArticle } from '../../../../../electron/core/import/html/read-article';
import { corpusPath } from '../../../../helpers/corpus';

const corpus = corpusPath('readability', 'test-pages');

/** [page, the day it states] */
const STATED_DAYS: [string, string][] = [
  ['001', '2013-09-29'],
  ['002', '2015-03-10'],
  ['aclu', '2018-04-05'],
  ['aktualne', '2021-11-01'],
  ['archive-of-our-own', '2017-08-15'],
  ['ars-1', '2015-04-16'],
  ['article-author-tag', '2015-07-10'],
  ['bbc-1', '2015-07-24'],
  ['blogger', '2016-05-08'],
  ['breitbart', '2016-12-22'],
  ['bug-1255978', '2015-09-17'],
  ['citylab-1', '2019-04-30'],
  ['cnet', '2017-01-18'],
  ['cnet-svg-classes', '2017-12-01'],
  ['cnn', '2016-02-01'],
  ['dropbox-blog', '2020-11-11'],
  ['ehow-1', '2007-05-29'],
  ['ehow-2', '2014-05-08'],
  ['engadget', '2017-11-03'],
  ['firefox-nightly-blog', '2020-12-18'],
  ['folha', '2018-12-21'],
  ['gitlab-blog', '2024-06-25'],
  ['gmw', '2017-03-10'],
  ['guardian-1', '2019-01-03'],
  ['heise', '2015-04-08'],
  ['herald-sun-1', '2015-03-13'],
  ['iab-1', '2015-10-15'],
  ['ietf-1', '2014-12-15'],
  ['keep-images', '2015-03-27'],
  ['lazy-image-1', '2019-10-18'],
  ['lazy-image-2', '2013-09-11'],
  ['lemonde-1', '2015-05-04'],
  ['liberation-1', '2015-04-30'],
  ['lifehacker-post-comment-load', '2015-03-09'],
  ['lifehacker-working', '2015-03-09'],
  ['links-in-tables', '2016-12-06'],
  ['medicalnewstoday', '2017-07-27'],
  ['medium-1', '2015-03-17'],
  ['medium-2', '2015-02-24'],
  ['medium-3', '2015-10-15'],
  ['nytimes-1', '2017-01-13'],
  ['nytimes-2', '2016-07-29'],
  ['nytimes-3', '2019-02-21'],
  ['nytimes-4', '2018-09-25'],
  ['nytimes-5', '2019-08-06'],
  ['parsely-metadata', '2024-04-20'],
  ['schema-org-context-object', '2024-12-06'],
  ['seattletimes-1', '2019-04-28'],
  ['spiceworks', '2020-07-10'],
  ['telegraph', '2017-11-16'],
  ['theverge', '2023-06-07'],
  ['toc-missing', '2020-09-21'],
  ['topicseed-1', '2018-06-12'],
  ['tumblr', '2014-09-02'],
  ['v8-blog', '2019-11-21'],
  ['videos-1', '2017-12-15'],
  ['videos-2', '2017-11-24'],
  ['wikia', '2017-02-23'],
  ['wikipedia-2', '2001-10-29'],
  ['wikipedia-3', '2003-02-28'],
  ['wikipedia-4', '2014-03-27'],
  ['wordpress', '2017-03-09'],
  ['yahoo-3', '2015-03-11'],
  ['youth', '2017-03-10'],
];

interface Row {
  page: string;
  stated: string;
  imported: string | null;
}

describe.skipIf(!corpus.exists)('published days of the Readability pages', () => {
  const rows: Row[] = [];

  beforeAll(() => {
    for (const [page, stated] of STATED_DAYS) {
      // The importer's metadata step (importHtmlFile passes it on as it is), without the sanitising.
      const article = readArticle(decodeHtmlBytes(readFileSync(join(corpus.path, page, 'source.html')))!.text);
      rows.push({ page, stated, imported: article.publishedAt });
    }
    const right = (half: Row[]) => `${half.filter((row) => row.imported === row.stated).length}/${half.length}`;
    console.log(
      `Published day right on ${right(rows)} pages (first half ${right(rows.filter((_, index) => index % 2 === 0))}, ` +
        `second half ${right(rows.filter((_, index) => index % 2 === 1))}).`,
    );
    console.table(rows.map((row) => ({ ...row, right: row.imported === row.stated })));
  }, 120_000);

  it('imports the day each page states, on every page', () => {
    expect(rows.filter((row) => row.imported !== row.stated)).toEqual([]);
  });
});
