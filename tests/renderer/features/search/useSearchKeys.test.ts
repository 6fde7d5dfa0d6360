// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { useSearchKeys } from '../../../../renderer/src/features/search/useSearchKeys';
import { renderHook } from '../../api/render-hook';

afterEach(() => {
  document.body.replaceChildren();
});

function press(target: EventTarget, init: KeyboardEventInit): boolean {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

async function setUp(active: boolean) {
  const box = document.createElement('input');
  const note = document.createElement('textarea');
  const row = document.createElement('div');
  row.tabIndex = 0;
  document.body.append(box, note, row);
  const hook = await renderHook(({ on }: { on: boolean }) => useSearchKeys(on, { current: box }), { on: active });
  return { box, note, row, hook };
}

describe('useSearchKeys', () => {
  it('focuses the box on / and Ctrl+F from the Library, not from an editable field', async () => {
    const { box, note, row, hook } = await setUp(true);
    row.focus();
    expect(press(row, { key: '/' })).toBe(true);
    expect(document.activeElement).toBe(box);
    row.focus();
    expect(press(row, { key: 'f', code: 'KeyF', ctrlKey: true })).toBe(true);
    expect(document.activeElement).toBe(box);
    note.focus();
    expect(press(note, { key: '/' })).toBe(false);
    expect(press(note, { key: 'f', code: 'KeyF', ctrlKey: true })).toBe(false);
    expect(document.activeElement).toBe(note);
    // In the box, "/" is typed and Ctrl+F selects.
    box.focus();
    expect(press(box, { key: '/' })).toBe(false);
    expect(press(box, { key: 'f', code: 'KeyF', ctrlKey: true })).toBe(true);
    hook.unmount();
  });

  it('does nothing while the Library is not shown or a dialog is open', async () => {
    const { row, hook } = await setUp(false);
    expect(press(row, { key: '/' })).toBe(false);
    await hook.rerender({ on: true });
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    document.body.append(dialog);
    expect(press(row, { key: '/' })).toBe(false);
    hook.unmount();
  });
});
