// Rows of the Library fetched page by page as they scroll into view, cached by offset.
// Nothing here knows React: the table asks for a range, the cache says when something arrived.
import type { ClippingListQuery } from '../../../../shared/contract';
import type { ClippingSummary, Page } from '../../../../shared/domain';
import type { ApiResult } from '../../../../shared/errors';
import type { IndexRange } from './selection';

/** What the list shows: everything of a 'clippings.list' call except the window into it. */
export type ListQuery = Required<Pick<ClippingListQuery, 'sort' | 'direction' | 'trash' | 'filter'>>;

type FetchPage = (query: ListQuery & { offset: number; limit: number }) => Promise<ApiResult<Page<ClippingSummary>>>;

export const PAGE_SIZE = 100;
/** 'clippings.list' takes at most 500 rows at once. */
const MAX_PAGES_PER_REQUEST = 5;

interface CachedPage {
  rows: ClippingSummary[];
  /** The library revision it was fetched at; older pages stay on screen until replaced. */
  generation: number;
}

export class ClippingPageCache {
  total: number | null = null;
  error: string | null = null;
  /** The library revision this cache last refreshed for (kept by the hook). */
  revision: number;

  private readonly pages = new Map<number, CachedPage>();
  private readonly inFlight = new Map<number, number>();
  private generation = 0;
  private lastRange: IndexRange = [0, 59];

  constructor(
    readonly query: ListQuery,
    private readonly fetchPage: FetchPage,
    private readonly onChange: () => void,
    revision: number,
  ) {
    this.revision = revision;
  }

  rowAt(index: number): ClippingSummary | undefined {
    return this.pages.get(Math.floor(index / PAGE_SIZE))?.rows[index % PAGE_SIZE];
  }

  /** Fetches the pages of [first, last] that are missing or older than the library. */
  ensure(first: number, last: number): void {
    this.lastRange = [first, last];
    const upTo = this.total === null ? last : Math.min(last, this.total - 1);
    const missing: number[] = [];
    for (let page = Math.floor(Math.max(0, first) / PAGE_SIZE); page <= Math.floor(Math.max(0, upTo) / PAGE_SIZE); page++) {
      const cached = this.pages.get(page);
      const fresh = cached !== undefined && cached.generation === this.generation;
      if (!fresh && this.inFlight.get(page) !== this.generation) missing.push(page);
    }
    // Neighbouring pages go in one request.
    let run: number[] = [];
    for (const page of missing) {
      if (run.length > 0 && (page !== run[run.length - 1]! + 1 || run.length === MAX_PAGES_PER_REQUEST)) {
        void this.request(run[0]!, run.length);
        run = [];
      }
      run.push(page);
    }
    if (run.length > 0) void this.request(run[0]!, run.length);
  }

  /** The first fetch, before the table has measured itself. */
  start(): void {
    this.ensure(...this.lastRange);
  }

  /** The library changed: refetch what is on screen, keep showing the old rows meanwhile. */
  invalidate(): void {
    this.generation++;
    this.ensure(...this.lastRange);
  }

  /** The ids of the rows in the ranges, fetching what is not loaded yet (for bulk actions). */
  async idsIn(ranges: readonly IndexRange[]): Promise<ApiResult<string[]>> {
    const ids: string[] = [];
    for (const [first, last] of ranges) {
      let index = first;
      while (index <= last) {
        const row = this.rowAt(index);
        if (row) {
          ids.push(row.id);
          index++;
          continue;
        }
        const offset = Math.floor(index / PAGE_SIZE) * PAGE_SIZE;
        const result = await this.fetchPage({ ...this.query, offset, limit: PAGE_SIZE * MAX_PAGES_PER_REQUEST });
        if (!result.ok) return result;
        this.store(offset / PAGE_SIZE, result.value, this.generation);
        if (result.value.items.length === 0) break; // the list is shorter than the selection: nothing more there
      }
    }
    return { ok: true, value: ids };
  }

  private async request(firstPage: number, count: number): Promise<void> {
    const generation = this.generation;
    for (let page = firstPage; page < firstPage + count; page++) this.inFlight.set(page, generation);
    const result = await this.fetchPage({ ...this.query, offset: firstPage * PAGE_SIZE, limit: count * PAGE_SIZE });
    for (let page = firstPage; page < firstPage + count; page++) if (this.inFlight.get(page) === generation) this.inFlight.delete(page);
    if (!result.ok) {
      this.error = result.error.message;
    } else {
      this.error = null;
      this.store(firstPage, result.value, generation);
    }
    this.onChange();
  }

  private store(firstPage: number, page: Page<ClippingSummary>, generation: number): void {
    if (generation === this.generation || this.total === null) this.total = page.total;
    const pageCount = Math.max(1, Math.ceil(page.limit / PAGE_SIZE));
    for (let i = 0; i < pageCount; i++) {
      const existing = this.pages.get(firstPage + i);
      if (existing && existing.generation > generation) continue; // a newer answer arrived first
      this.pages.set(firstPage + i, { rows: page.items.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE), generation });
    }
  }
}
