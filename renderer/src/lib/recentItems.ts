// The items the analyst opened last (from the switcher, search results, the Library, cards and
// notes), newest first, kept per library in localStorage so the switcher can offer them when its
// box is empty. Nothing here is needed to open anything: a broken or foreign entry is dropped.
import { SEARCH_KINDS } from '../../../shared/search/query-syntax';
import type { SwitcherItem } from '../../../shared/search/types';

export const MAX_RECENT_ITEMS = 12;
const KEY_PREFIX = 'search.recent.';

/** The library the list belongs to; set by the app once it knows which library is open. */
let libraryId: string | null = null;
/** Opened before the library was known (its info can take a while at start): kept here, stored once it is. */
let unfiled: SwitcherItem[] = [];

export function setRecentLibrary(id: string | null): void {
  libraryId = id;
  if (id === null) return;
  const waiting = unfiled;
  unfiled = [];
  for (const item of waiting.reverse()) rememberRecent(item);
}

function storageKey(): string | null {
  return libraryId === null ? null : `${KEY_PREFIX}${libraryId}`;
}

export function recentItems(): SwitcherItem[] {
  const key = storageKey();
  if (key === null) return unfiled.slice(0, MAX_RECENT_ITEMS);
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(stored) ? stored.filter(isSwitcherItem).slice(0, MAX_RECENT_ITEMS) : [];
  } catch {
    return [];
  }
}

/** Puts an item first (once), dropping the oldest beyond the limit. */
export function rememberRecent(item: SwitcherItem): void {
  const key = storageKey();
  const kept = recentItems().filter((other) => !(other.kind === item.kind && other.id === item.id));
  const next = [{ kind: item.kind, id: item.id, title: item.title, detail: item.detail, clippingId: item.clippingId }, ...kept];
  if (key === null) {
    unfiled = next.slice(0, MAX_RECENT_ITEMS);
    return;
  }
  try {
    localStorage.setItem(key, JSON.stringify(next.slice(0, MAX_RECENT_ITEMS)));
  } catch {
    // A full or blocked storage only costs the recent list.
  }
}

/** Recent items first, then the others that are not among them. */
export function withRecentFirst(recent: readonly SwitcherItem[], others: readonly SwitcherItem[]): SwitcherItem[] {
  const seen = new Set(recent.map((item) => `${item.kind}:${item.id}`));
  return [...recent, ...others.filter((item) => !seen.has(`${item.kind}:${item.id}`))];
}

function isSwitcherItem(value: unknown): value is SwitcherItem {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Record<string, unknown>;
  return (
    (SEARCH_KINDS as readonly unknown[]).includes(item.kind) &&
    typeof item.id === 'string' &&
    typeof item.title === 'string' &&
    typeof item.detail === 'string' &&
    (item.clippingId === null || typeof item.clippingId === 'string')
  );
}
