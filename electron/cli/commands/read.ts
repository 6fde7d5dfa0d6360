// list and show: read-only views of the library.
import { createClient } from '../../../shared/client';
import type { Clipping, ClippingSummary } from '../../../shared/domain';
import type { Core } from '../../core/core';
import { allPages } from './all-pages';
import { formatGrade } from '../../../shared/grading';
import { cleanText, line } from '../terminal-text';

/** Every clipping outside the Trash, newest first (the CLI prints them all, not a page). */
export function listAll(core: Core): Promise<ClippingSummary[]> {
  const api = createClient(core.dispatch);
  return allPages((offset, limit) => api.call('clippings.list', { offset, limit }));
}

/** `show --json`: this shape is parsed by scripts outside the repo; missing values are null. */
export interface CliClipping {
  id: string;
  title: string;
  text: string;
  outlet: string | null;
  byline: string | null;
  publishedAt: string | null;
  url: string | null;
  lang: string | null;
  sha256: string;
  reliability: string | null;
  credibility: number | null;
  tags: string[];
}

/** `list --json` rows: the same without the text. */
export type CliClippingSummary = Omit<CliClipping, 'text'>;

export function cliSummary(c: ClippingSummary): CliClippingSummary {
  return {
    id: c.id,
    title: c.title,
    outlet: c.outlet,
    byline: c.byline,
    publishedAt: c.publishedAt,
    url: c.url,
    lang: c.lang,
    sha256: c.sha256,
    reliability: c.reliability,
    credibility: c.credibility,
    tags: c.tags,
  };
}

export function cliClipping(c: Clipping): CliClipping {
  const { id, title, ...rest } = cliSummary(c);
  return { id, title, text: c.text, ...rest };
}

export function formatList(items: readonly ClippingSummary[]): string {
  if (items.length === 0) return 'No clippings yet. Add one with: npm run --silent cli -- import FILE\n';
  return items.map((c) => line`${c.id}  ${c.capturedAt.slice(0, 10)}  ${c.title}`).join('\n') + '\n';
}

export function formatClipping(c: Clipping): string {
  const meta = [
    c.outlet && line`Outlet: ${c.outlet}`,
    c.byline && line`By: ${c.byline}`,
    c.publishedAt && line`Published: ${c.publishedAt}`,
    c.url && line`URL: ${c.url}`,
    (c.reliability || c.credibility) && line`Grade: ${formatGrade(c.reliability, c.credibility)}`,
    c.tags.length > 0 && line`Tags: ${c.tags.join(', ')}`,
    line`Captured: ${c.capturedAt}`,
    line`Source: ${c.sourceName ?? 'pasted text'} (${c.importer} ${c.importerVersion})`,
    line`SHA-256: ${c.sha256}`,
  ].filter(Boolean);
  return `${line`${c.title}`}\n${meta.join('\n')}\n\n${cleanText(c.text)}\n`;
}
