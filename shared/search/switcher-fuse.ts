// How the quick switcher ranks its candidates with fuse.js: one definition for the core, which
// ranks a shortlist, and for anyone comparing with plain Fuse.js over every title (the bench).
import type { IFuseOptions } from 'fuse.js';
import type { SearchKind } from './query-syntax';

/** A titled thing the switcher can open: a clipping, a card (with its aliases), a note, an event. */
export interface SwitcherCandidate {
  kind: SearchKind;
  id: string;
  title: string;
  /** A card's other names, joined by " · "; empty for the rest. */
  aliases: string;
  /** Shown beside the title when no alias matched: outlet, card type, "note", "event". */
  detail: string;
}

export const SWITCHER_FUSE_OPTIONS: IFuseOptions<SwitcherCandidate> = {
  keys: [
    { name: 'title', weight: 2 },
    { name: 'aliases', weight: 1 },
  ],
  threshold: 0.4,
  ignoreLocation: true,
  includeMatches: true,
};
