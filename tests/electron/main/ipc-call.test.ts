import { describe, expect, it } from 'vitest';
import { answerIpcCall, UntrustedSenderError } from '../../../electron/main/ipc-call';
import type { Dispatch } from '../../../electron/core/dispatch';
import { MAX_REQUEST_BYTES } from '../../../shared/limits';

const OUR_PAGE = { url: 'app://notebook/index.html', isMainFrame: true };

function recordingDispatch() {
  const calls: Array<[string, unknown]> = [];
  const dispatch: Dispatch = async (method, input) => {
    calls.push([method, input]);
    return { ok: true, value: 'answered' };
  };
  return { calls, dispatch };
}

describe('answerIpcCall', () => {
  it("passes our own top frame's call to dispatch", async () => {
    const { calls, dispatch } = recordingDispatch();
    await expect(answerIpcCall(OUR_PAGE, 'library.info', {}, dispatch)).resolves.toEqual({ ok: true, value: 'answered' });
    expect(calls).toEqual([['library.info', {}]]);
  });

  it('refuses an iframe, another origin, or a vanished frame without calling dispatch', async () => {
    const { calls, dispatch } = recordingDispatch();
    for (const frame of [
      { url: 'app://notebook/index.html', isMainFrame: false },
      { url: 'https://example.org/', isMainFrame: true },
      { url: 'file:///etc/passwd', isMainFrame: true },
      null,
    ]) {
      await expect(answerIpcCall(frame, 'library.info', {}, dispatch)).rejects.toBeInstanceOf(UntrustedSenderError);
    }
    expect(calls).toEqual([]);
  });

  it('answers too_large for input over MAX_REQUEST_BYTES, naming the limit', async () => {
    const { calls, dispatch } = recordingDispatch();
    const result = await answerIpcCall(OUR_PAGE, 'clippings.create', { text: 'x'.repeat(MAX_REQUEST_BYTES + 1) }, dispatch);
    expect(result).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(!result.ok && result.error.message).toContain('MAX_REQUEST_BYTES');
    expect(calls).toEqual([]);
  });

  it('hands a non-string method to dispatch as text, which answers unknown_method', async () => {
    const { calls, dispatch } = recordingDispatch();
    await answerIpcCall(OUR_PAGE, 42, {}, dispatch);
    expect(calls[0]![0]).toBe('42');
  });
});
