// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { isDialogOpen, isEditableTarget, isOneKeyShortcut } from '../../../renderer/src/lib/keyTargets';

afterEach(() => {
  document.body.replaceChildren();
});

function element(html: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  document.body.append(holder);
  return holder.querySelector('[data-target]')!;
}

function keyOn(target: HTMLElement, init: KeyboardEventInit = { key: 'n' }): KeyboardEvent {
  let seen: KeyboardEvent | null = null;
  target.addEventListener('keydown', (event) => (seen = event), { once: true });
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  return seen!;
}

describe('isEditableTarget', () => {
  it('counts fields, editable text, text roles and a chip inside a note as editable', () => {
    for (const html of [
      '<input data-target>',
      '<input type="search" data-target>',
      '<textarea data-target></textarea>',
      '<select data-target></select>',
      '<div contenteditable="true" data-target></div>',
      '<div role="textbox" tabindex="0" data-target></div>',
      '<div role="combobox" tabindex="0" data-target></div>',
      // A citation chip: a non-editable island inside the note's editable root.
      '<div contenteditable="true"><span contenteditable="false"><span tabindex="-1" data-target>chip</span></span></div>',
    ]) {
      expect(isEditableTarget(element(html)), html).toBe(true);
    }
  });

  it('leaves buttons, checkboxes, list rows and the page itself to the shortcuts', () => {
    for (const html of ['<button data-target>b</button>', '<input type="checkbox" data-target>', '<li role="option" tabindex="0" data-target>row</li>']) {
      expect(isEditableTarget(element(html)), html).toBe(false);
    }
    expect(isEditableTarget(document.body)).toBe(false);
    expect(isEditableTarget(null)).toBe(false);
  });
});

describe('isOneKeyShortcut', () => {
  it('takes a plain key on a non-editable thing with no dialog open', () => {
    const row = element('<li role="option" tabindex="0" data-target>row</li>');
    row.focus();
    expect(isOneKeyShortcut(keyOn(row))).toBe(true);
    expect(isOneKeyShortcut(keyOn(row, { key: 'n', ctrlKey: true }))).toBe(false);
    expect(isOneKeyShortcut(keyOn(row, { key: 'n', altKey: true }))).toBe(false);
  });

  it('refuses while the focus is in something editable, even when the key comes from elsewhere', () => {
    const box = element('<div role="textbox" tabindex="0" data-target></div>');
    box.focus();
    expect(isOneKeyShortcut(keyOn(box))).toBe(false);
    const button = element('<button data-target>b</button>');
    expect(isOneKeyShortcut(keyOn(button))).toBe(false);
  });

  it('refuses while a dialog is open', () => {
    const row = element('<li role="option" tabindex="0" data-target>row</li>');
    expect(isDialogOpen()).toBe(false);
    element('<div role="dialog" aria-modal="true" data-target></div>');
    expect(isDialogOpen()).toBe(true);
    expect(isOneKeyShortcut(keyOn(row))).toBe(false);
  });
});
