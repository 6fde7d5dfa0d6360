// @vitest-environment jsdom
// The passage form reports, beside its values, only the fields changed since it opened: an existing
// passage is saved with those, so a copy that a later write changed cannot put its other fields back.
import { act, createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PassageForm, type PassageFormValues } from '../../../../renderer/src/features/reader/PassageForm';
import { useMountedRoot } from '../../api/render-hook';

const mounted = useMountedRoot();
const host = () => mounted.host();

async function show(initial: PassageFormValues, onSave = vi.fn()) {
  const render = (values: PassageFormValues) =>
    mounted.root().render(createElement(PassageForm, { initial: values, focus: 'comment', saveLabel: 'Save', onSave, onCancel: vi.fn() }));
  await act(async () => render(initial));
  return { onSave, rerender: (values: PassageFormValues) => act(async () => render(values)) };
}

async function typeComment(text: string) {
  const box = host().querySelector('textarea')!;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(box, text);
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function saveWithCtrlEnter() {
  const box = host().querySelector('textarea')!;
  await act(async () => void box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true })));
}

describe('PassageForm', () => {
  it('reports only the comment when only the comment was written', async () => {
    const { onSave } = await show({ color: 'yellow', label: 'claim', comment: null });
    await typeComment('Both unnamed.');
    await saveWithCtrlEnter();
    expect(onSave).toHaveBeenCalledWith({ color: 'yellow', label: 'claim', comment: 'Both unnamed.' }, { comment: 'Both unnamed.' });
  });

  it('compares with what it opened on, not with a copy the passage became meanwhile', async () => {
    const { onSave, rerender } = await show({ color: 'yellow', label: 'claim', comment: null });
    // The passage was recoloured while the form was open: the form keeps its own state, and saving
    // the comment must not send the colour it opened with.
    await rerender({ color: 'green', label: 'claim', comment: null });
    await typeComment('Both unnamed.');
    await saveWithCtrlEnter();
    expect(onSave.mock.calls[0]![1]).toEqual({ comment: 'Both unnamed.' });
  });

  it('reports a picked colour and a cleared label', async () => {
    const { onSave } = await show({ color: 'yellow', label: 'claim', comment: 'Kept.' });
    await act(async () => host().querySelector<HTMLButtonElement>('[role="radio"][aria-label="Green"]')!.click());
    const label = host().querySelector('input')!;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(label, '  ');
      label.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await saveWithCtrlEnter();
    expect(onSave.mock.calls[0]![1]).toEqual({ color: 'green', label: null });
  });
});
