import { describe, expect, it } from 'vitest';
import { EDITOR_MIN_WIDTH, openPanels, panelForKey, PANEL_WIDTHS, storedPanelChoices, storePanelChoices } from '../../../renderer/src/app/panelLayout';

/** The editor's width the panels leave, as the layout counts it. */
const editorWidth = (windowWidth: number, open: Record<string, boolean>) =>
  windowWidth - 52 - 48 - 4 - (Object.keys(PANEL_WIDTHS) as (keyof typeof PANEL_WIDTHS)[]).reduce((sum, id) => sum + (open[id] ? PANEL_WIDTHS[id] : 0), 0);

describe('openPanels', () => {
  it('opens every panel on a wide window (1280 and up)', () => {
    expect(openPanels(1440, {})).toEqual({ places: true, notes: true, evidence: true });
    expect(openPanels(1280, {})).toEqual({ places: true, notes: true, evidence: true });
  });

  it('collapses the evidence panel, then the places list, then the notes list, until the editor has its width', () => {
    expect(openPanels(1024, {})).toEqual({ places: false, notes: true, evidence: false });
    expect(openPanels(800, {})).toEqual({ places: false, notes: false, evidence: false });
    for (const width of [1024, 1100, 1200, 1280, 1440, 1920]) {
      expect(editorWidth(width, openPanels(width, {}))).toBeGreaterThanOrEqual(EDITOR_MIN_WIDTH);
    }
  });

  it("keeps the analyst's choice and makes room with the others", () => {
    expect(openPanels(1024, { evidence: 'open' })).toEqual({ places: false, notes: false, evidence: true });
    expect(openPanels(1440, { notes: 'closed' })).toEqual({ places: true, notes: false, evidence: true });
    // Chosen open on a narrow window: the choice wins even if the editor gets less.
    expect(openPanels(800, { places: 'open', notes: 'open' })).toEqual({ places: true, notes: true, evidence: false });
  });
});

describe('panel choices in storage', () => {
  it('round-trips, and reads anything else as no choice', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (key: string) => store.get(key) ?? null, setItem: (key: string, value: string) => void store.set(key, value) };
    expect(storedPanelChoices(storage)).toEqual({});
    storePanelChoices({ evidence: 'open', notes: 'closed' }, storage);
    expect(storedPanelChoices(storage)).toEqual({ evidence: 'open', notes: 'closed' });
    store.set('notebook.panels', '{"places":"sideways","notes":"open"}');
    expect(storedPanelChoices(storage)).toEqual({ notes: 'open' });
    store.set('notebook.panels', 'not json');
    expect(storedPanelChoices(storage)).toEqual({});
  });
});

describe('panelForKey', () => {
  const key = (code: string, extra: Partial<KeyboardEvent> = {}) => ({ ctrlKey: true, metaKey: false, shiftKey: true, altKey: false, code, ...extra });
  it('maps Ctrl/Cmd+Shift+1–3 to the panels, and nothing else', () => {
    expect(panelForKey(key('Digit1'))).toBe('places');
    expect(panelForKey(key('Digit2', { ctrlKey: false, metaKey: true }))).toBe('notes');
    expect(panelForKey(key('Digit3'))).toBe('evidence');
    expect(panelForKey(key('Digit4'))).toBeNull();
    expect(panelForKey(key('Digit1', { shiftKey: false }))).toBeNull();
    expect(panelForKey(key('Digit1', { altKey: true }))).toBeNull();
  });
});
