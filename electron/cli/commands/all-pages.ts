// The CLI prints whole lists; the contract pages them. This walks the pages.
import type { Page } from '../../../shared/domain';
import type { ApiResult } from '../../../shared/errors';

const PAGE = 500;

export async function allPages<T>(fetchPage: (offset: number, limit: number) => Promise<ApiResult<Page<T>>>): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await fetchPage(offset, PAGE);
    if (!page.ok) throw new Error(page.error.message);
    all.push(...page.value.items);
    if (page.value.items.length < PAGE || all.length >= page.value.total) return all;
  }
}
