// Finds the article in a web page: Mozilla Readability on a linkedom document (fast), with the
// page's own metadata (Readability's, else what the page declares: see page-metadata). Pages
// Readability finds no article in fall back to their whole body.
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { statedDay } from '../../../../shared/stated-date';
import { removeLeftovers } from './leftovers';
import { readDeclaredMetadata } from './page-metadata';
import { MAX_ARTICLE_DEPTH, MAX_ARTICLE_ELEMENTS, flatBodyHtml, nestsDeeperThan } from './page-bounds';
import { prefilterArticle } from './prefilter';

export interface ReadArticle {
  /** The article's HTML, not yet sanitised. */
  contentHtml: string;
  title: string | null;
  byline: string | null;
  outlet: string | null;
  publishedAt: string | null;
  lang: string | null;
  url: string | null;
}

export function readArticle(source: string): ReadArticle {
  const html = completeDocument(source);
  const { document } = parseHTML(html);
  const url = pageUrl(html, document);
  const fallbackTitle = cleanLine(document.title) ?? cleanLine(document.querySelector('h1')?.textContent);
  const fallbackLang = cleanLine(document.documentElement?.getAttribute('lang'));
  const base = baseUrl(document, url);
  const declared = readDeclaredMetadata(document);
  if (document.body && nestsDeeperThan(document.body, MAX_ARTICLE_DEPTH)) {
    // Too deep for Readability (and for the sanitiser's tree walks): the text, flat.
    return { contentHtml: flatBodyHtml(document.body), title: fallbackTitle, ...declared, lang: fallbackLang, url };
  }
  const article = parseOrNull(document, base);
  if (article === null) {
    // Readability changes the document it reads, so the body comes from a fresh parse.
    const body = parseHTML(html).document.body;
    return { contentHtml: body?.innerHTML ?? html, title: fallbackTitle, ...declared, lang: fallbackLang, url };
  }
  return {
    contentHtml: article.content,
    // Readability's title exactly (trimmed): its spacing is the page's own.
    title: article.title?.trim() || fallbackTitle,
    byline: cleanLine(article.byline) ?? declared.byline,
    outlet: cleanLine(article.siteName) ?? declared.outlet,
    publishedAt: statedDay(article.publishedTime) ?? declared.publishedAt,
    lang: cleanLine(article.lang) ?? fallbackLang,
    url,
  };
}

function parseOrNull(
  document: Document,
  base: string | null,
): { content: string; title?: string | null; byline?: string | null; siteName?: string | null; publishedTime?: string | null; lang?: string | null } | null {
  try {
    const article = new Readability<Element>(document, { serializer: (node) => node as Element, maxElemsToParse: MAX_ARTICLE_ELEMENTS }).parse();
    if (!article?.content || !article.textContent?.trim()) return null;
    resolveLinks(article.content, base);
    removeLeftovers(article.content);
    prefilterArticle(article.content);
    return { ...article, content: article.content.innerHTML };
  } catch {
    // Readability can trip over unusual markup; the whole body is still worth keeping.
    return null;
  }
}

/**
 * linkedom builds no <head> and <body> for markup that lacks them (a bare fragment, a page cut
 * short); such markup is completed by jsdom's spec parser first (no scripts run, nothing loads).
 */
function completeDocument(html: string): string {
  if (/<body[\s>]/iu.test(html) && /<head[\s>]/iu.test(html)) return html;
  return new JSDOM(html).serialize();
}

/** Where the page came from: its canonical link, og:url, or the "saved from url=" mark browsers write. */
function pageUrl(html: string, document: Document): string | null {
  const candidates = [
    document.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/iu.exec(html.slice(0, 4096))?.[1],
  ];
  for (const candidate of candidates) {
    const url = candidate?.trim();
    if (url && /^https?:\/\/[^\s]+$/iu.test(url)) return url;
  }
  return null;
}

/** The page's <base href> (resolved against its URL), else its URL: what relative links mean. */
function baseUrl(document: Document, url: string | null): string | null {
  const href = document.querySelector('base[href]')?.getAttribute('href')?.trim();
  if (href) {
    try {
      const resolved = new URL(href, url ?? undefined).href;
      if (/^https?:/iu.test(resolved)) return resolved;
    } catch {
      // A relative <base> on a page of unknown address says nothing.
    }
  }
  return url;
}

/** Relative links become absolute when the page's address is known, so inert links show a whole URL. */
function resolveLinks(root: Element, base: string | null): void {
  if (base === null) return;
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    const href = link.getAttribute('href')!.trim();
    if (href === '' || href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/iu.test(href)) continue;
    try {
      link.setAttribute('href', new URL(href, base).href);
    } catch {
      // Left as it is: the sanitiser still judges it.
    }
  }
}

function cleanLine(value: string | null | undefined): string | null {
  const line = value?.replace(/\s+/gu, ' ').trim();
  return line ? line : null;
}
