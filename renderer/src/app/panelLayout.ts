// Which panels around the place are open: the places list (all places), and in the Notebook the notes
// list and the evidence panel. The analyst's choice for a panel holds; a panel left to the app gives
// way, in order, while the note editor would be narrower than EDITOR_MIN_WIDTH.

export type PanelId = 'places' | 'notes' | 'evidence';
export type PanelChoices = Partial<Record<PanelId, 'open' | 'closed'>>;
export type OpenPanels = Record<PanelId, boolean>;

export const EDITOR_MIN_WIDTH = 560;
/** What each panel takes from the editor when open (the places list still shows a rail of keys when collapsed). */
export const PANEL_WIDTHS: Record<PanelId, number> = { places: 200 - 52, notes: 224, evidence: 240 };
/** The rest around the editor: the places rail, the place's side padding, borders. */
const FRAME_WIDTH = 52 + 48 + 4;
/** The order in which panels left to the app give way. */
const GIVE_WAY: readonly PanelId[] = ['evidence', 'places', 'notes'];

export function openPanels(windowWidth: number, choices: PanelChoices): OpenPanels {
  const open: OpenPanels = { places: choices.places !== 'closed', notes: choices.notes !== 'closed', evidence: choices.evidence !== 'closed' };
  let editor = windowWidth - FRAME_WIDTH - GIVE_WAY.reduce((taken, id) => taken + (open[id] ? PANEL_WIDTHS[id] : 0), 0);
  for (const id of GIVE_WAY) {
    if (editor >= EDITOR_MIN_WIDTH) break;
    if (choices[id] || !open[id]) continue;
    open[id] = false;
    editor += PANEL_WIDTHS[id];
  }
  return open;
}

const STORAGE_KEY = 'notebook.panels';

/** The analyst's choices on this device; anything unreadable counts as no choice. */
export function storedPanelChoices(storage: Pick<Storage, 'getItem'> = localStorage): PanelChoices {
  try {
    const value: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}');
    if (typeof value !== 'object' || value === null) return {};
    const choices: PanelChoices = {};
    for (const id of GIVE_WAY) {
      const choice = (value as Record<string, unknown>)[id];
      if (choice === 'open' || choice === 'closed') choices[id] = choice;
    }
    return choices;
  } catch {
    return {};
  }
}

export function storePanelChoices(choices: PanelChoices, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(choices));
}

/** Ctrl/Cmd+Shift+1, 2, 3 toggle the places list, the notes list and the evidence panel, even while writing. */
export function panelForKey(event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'code'>): PanelId | null {
  if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return null;
  return ({ Digit1: 'places', Digit2: 'notes', Digit3: 'evidence' } as const)[event.code as 'Digit1'] ?? null;
}
