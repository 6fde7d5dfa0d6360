// @vitest-environment jsdom
import { act, createElement } from 'react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SwitcherItem } from '../../../../shared/search/types';
import { installFakeCore, type PendingCall } from '../../api/fake-core';
import { settle, useMountedRoot } from '../../api/render-hook';

let calls: PendingCall[];
let QuickSwitcher: typeof import('../../../../renderer/src/features/search/QuickSwitcher').QuickSwitcher;
let recent: typeof import('../../../../renderer/src/lib/recentItems');

beforeAll(async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
  Element.prototype.scrollIntoView ??= () => undefined;
  calls = installFakeCore();
  ({ QuickSwitcher } = await import('../../../../renderer/src/features/search/QuickSwitcher'));
  recent = await import('../../../../renderer/src/lib/recentItems');
});

const mounted = useMountedRoot();
const host = () => mounted.host();
beforeEach(() => {
  calls.length = 0;
  localStorage.clear();
  recent.setRecentLibrary('lib-1');
});

const item = (kind: SwitcherItem['kind'], id: string, title = id): SwitcherItem => ({ kind, id, title, detail: '', clippingId: null });

async function show(onOpen = vi.fn(), onClose = vi.fn()) {
  await act(async () => mounted.root().render(createElement(QuickSwitcher, { onOpen, onClose })));
  return { onOpen, onClose, box: host().querySelector<HTMLInputElement>('[role="combobox"]')! };
}

async function typeInto(box: HTMLInputElement, text: string) {
  await act(async () => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setValue.call(box, text);
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function press(box: HTMLInputElement, key: string) {
  await act(async () => void box.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
}

const rows = () =>
  [...host().querySelectorAll('[role="option"]')].map(
    (row) => row.querySelector('.switcher-title')!.textContent + '|' + row.querySelector('.switcher-kind')!.textContent,
  );

describe('QuickSwitcher', () => {
  it('is a dialog with a listbox; an empty box shows the items opened last first, then the core’s recently changed', async () => {
    recent.rememberRecent(item('card', 'k1', 'Abu Bakr al-Baghdadi'));
    recent.rememberRecent(item('clipping', 'c1', 'Convoy seen'));
    const { box } = await show();
    expect(host().querySelector('dialog')!.getAttribute('aria-labelledby')).toBe('switcher-title');
    expect(host().querySelector('[role="listbox"]')).not.toBeNull();
    expect(calls[0]).toMatchObject({ method: 'search.switcher', input: { query: '' } });
    calls[0]!.answer({ ok: true, value: [item('note', 'n1', 'Brief'), item('card', 'k1', 'Abu Bakr al-Baghdadi')] });
    await settle();
    expect(rows()).toEqual(['Convoy seen|Clipping', 'Abu Bakr al-Baghdadi|Card', 'Brief|Note']);
    expect(document.activeElement).toBe(box);
  });

  it('moves with the arrows and opens the chosen row with Enter', async () => {
    const { box, onOpen, onClose } = await show();
    await typeInto(box, 'bag');
    const asked = calls.find((c) => c.input.query === 'bag')!;
    asked.answer({ ok: true, value: [item('clipping', 'c1'), item('card', 'k1'), item('event', 'e1')] });
    await settle();
    await press(box, 'ArrowDown');
    await press(box, 'ArrowDown');
    await press(box, 'ArrowUp');
    expect(box.getAttribute('aria-activedescendant')).toBe('switcher-option-1');
    expect(host().querySelector('#switcher-option-1')!.getAttribute('aria-selected')).toBe('true');
    await press(box, 'Enter');
    expect(onClose).toHaveBeenCalled();
    expect(onOpen).toHaveBeenCalledWith(item('card', 'k1'));
  });

  it('never shows the answer to an older keystroke over a newer one', async () => {
    const { box } = await show();
    await typeInto(box, 'b');
    await typeInto(box, 'ba');
    const older = calls.find((c) => c.input.query === 'b')!;
    const newer = calls.find((c) => c.input.query === 'ba')!;
    newer.answer({ ok: true, value: [item('card', 'new')] });
    await settle();
    older.answer({ ok: true, value: [item('card', 'old')] });
    await settle();
    expect(rows()).toEqual(['new|Card']);
  });
});
