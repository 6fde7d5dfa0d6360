// The published date, outlet and byline a page declares about itself, for when Readability finds
// none: JSON-LD, Open Graph and article:* meta, schema.org microdata (itemprop), Parse.ly, Dublin
// Core, the common date meta names, <time pubdate> and the microformat "published" class. Sources
// are tried from the most to the least specific; read before Readability, which removes scripts.
import { statedDay } from '../../../../shared/stated-date';
import { readJsonLd } from './json-ld';

export interface DeclaredMetadata {
  publishedAt: string | null;
  outlet: string | null;
  byline: string | null;
}

// Meta names and properties, compared in lower case.
const DATE_META = [
  ['article:published_time', 'article:published', 'article:publicationdate', 'og:published_time', 'og:article:published_time'],
  ['parsely-pub-date'],
  ['dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dc.date.created', 'dcterms.created'],
  ['date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'published_date', 'sailthru.date', 'pdate'],
];
const OUTLET_META = ['og:site_name', 'dc.publisher', 'dcterms.publisher', 'publisher', 'application-name'];
const BYLINE_META = ['parsely-author', 'author', 'article:author', 'dc.creator', 'dcterms.creator', 'sailthru.author'];
const ARTICLE_SCOPE = /schema\.org\/(?:\w*Article|BlogPosting|Report|Review)\b/iu;
const LONGEST_NAME = 200;

export function readDeclaredMetadata(document: Document): DeclaredMetadata {
  const meta = metaValues(document);
  const jsonLd = readJsonLd(document);
  const parsely = parselyPage(meta);
  return {
    publishedAt: firstDay([
      jsonLd?.datePublished,
      ...DATE_META[0]!.flatMap((name) => meta.get(name) ?? []),
      ...microdataDates(document),
      parsely?.pubDate,
      ...DATE_META.slice(1).flatMap((names) => names.flatMap((name) => meta.get(name) ?? [])),
      ...publishedTimes(document),
    ]),
    outlet: firstName([jsonLd?.publisher, ...OUTLET_META.flatMap((name) => meta.get(name) ?? [])]),
    byline: firstName([
      namesOf(jsonLd?.authors ?? []),
      namesOf(parsely?.authors ?? []),
      namesOf(microdataAuthors(document)),
      ...BYLINE_META.map((name) => namesOf(meta.get(name) ?? [])),
    ]),
  };
}

/** Every <meta> value by its name, property or itemprop in lower case, in page order. */
function metaValues(document: Document): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const element of Array.from(document.querySelectorAll('meta[content]'))) {
    const content = element.getAttribute('content')!.trim();
    if (content === '') continue;
    for (const attribute of ['name', 'property']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key) values.set(key, [...(values.get(key) ?? []), content]);
    }
  }
  return values;
}

/** Parse.ly's parsely-page meta: a JSON object with pub_date and author(s). */
function parselyPage(meta: Map<string, string[]>): { pubDate: string | null; authors: string[] } | null {
  const raw = meta.get('parsely-page')?.[0];
  if (!raw) return null;
  try {
    const page = JSON.parse(raw) as Record<string, unknown>;
    const authors = [page['authors'], page['author']].flat().filter((name): name is string => typeof name === 'string');
    return { pubDate: typeof page['pub_date'] === 'string' ? page['pub_date'] : null, authors };
  } catch {
    return null;
  }
}

/** itemprop="datePublished", those inside an Article's itemscope first (a page also dates its videos). */
function microdataDates(document: Document): string[] {
  const elements = Array.from(document.querySelectorAll('[itemprop~="datePublished"]'));
  const inArticle = elements.filter((element) => ARTICLE_SCOPE.test(element.closest('[itemscope]')?.getAttribute('itemtype') ?? ''));
  return [...inArticle, ...elements].map(stampOf);
}

/** itemprop="author": its itemprop="name" inside, else its content or text (never a title tooltip). */
function microdataAuthors(document: Document): string[] {
  return Array.from(document.querySelectorAll('[itemprop~="author"]')).map((element) => {
    const named = element.querySelector('[itemprop~="name"]') ?? element;
    return named.getAttribute('content')?.trim() || (named.textContent ?? '').trim();
  });
}

/**
 * <time pubdate> and the hAtom / microformats2 "published" class, except inside a card or an event
 * (an infobox's "published" is the date of what the article is about).
 */
function publishedTimes(document: Document): string[] {
  return Array.from(document.querySelectorAll('time[pubdate], .published, .dt-published'))
    .filter((element) => element.closest('.vcard, .vevent, .h-card, .h-event') === null)
    .map(stampOf);
}

/** What an element states: its content, datetime or title attribute, else its text. */
function stampOf(element: Element): string {
  for (const attribute of ['content', 'datetime', 'title']) {
    const value = element.getAttribute(attribute)?.trim();
    if (value) return value;
  }
  return element.textContent?.trim() ?? '';
}

function firstDay(candidates: (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    const day = statedDay(candidate);
    if (day !== null) return day;
  }
  return null;
}

function firstName(candidates: (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    const name = candidate?.replace(/\s+/gu, ' ').trim();
    if (name && name.length <= LONGEST_NAME && !/^https?:\/\//iu.test(name)) return name;
  }
  return null;
}

/** Several authors' names as one byline, without URLs (article:author is often a profile link). */
function namesOf(names: string[]): string | null {
  const kept = [...new Set(names.map((name) => name.replace(/\s+/gu, ' ').trim()).filter((name) => name !== '' && !/^https?:\/\//iu.test(name)))];
  return kept.length > 0 ? kept.join(', ') : null;
}
